/**
 * Writes each episode's transcript files (files.ts) beside its page, from the compiled episodes that the
 * episodes plugin shares through its `api`:
 *
 * - `vite build`: emitted as assets at `episodes/<slug><suffix>` in the output folder, the same relative place
 *   as the pages, so they are served under `BASE_PATH` exactly as the pages are. Only episodes with a
 *   transcript get them.
 * - `vite` (dev): the same paths, under the base, are answered by a middleware that runs before Vite's own
 *   (which would otherwise serve `episodes/<slug>.md`, the episode's source file), made from the episodes as
 *   compiled at that moment, so an edited file's downloads change with its page.
 */
import type { Plugin, ResolvedConfig } from 'vite';
import type { EpisodeData } from '../episodes/model.ts';
import { EPISODES_PLUGIN, type EpisodesApi } from '../episodes/vitePlugin.ts';
import { EXPORT_FORMATS, exportFiles, parseExportFile } from './files.ts';
import { FORMATTERS, hasExports } from './formats.ts';

function publishedEpisodes(config: ResolvedConfig): readonly EpisodeData[] {
  const api = config.plugins.find((plugin) => plugin.name === EPISODES_PLUGIN)?.api as EpisodesApi | undefined;
  if (!api) throw new Error(`transcript files: the ${EPISODES_PLUGIN} plugin is missing`);
  return api.episodes();
}

/** Text types say their charset: every file is UTF-8, and a browser shown one must not guess. */
const contentType = (type: string) => (type.startsWith('text/') ? `${type}; charset=utf-8` : type);

export function exportsPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'transcript-player:exports',
    configResolved(resolved) {
      config = resolved;
    },

    generateBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const episodes = publishedEpisodes(config).filter(hasExports);
      for (const episode of episodes) {
        for (const file of exportFiles(episode.slug)) {
          this.emitFile({ type: 'asset', fileName: file.file, source: FORMATTERS[file.suffix](episode) });
        }
      }
      config.logger.info(
        `Transcript files: ${EXPORT_FORMATS.length} for each of ${episodes.length} episode${episodes.length === 1 ? '' : 's'} with a transcript.`,
      );
    },

    configureServer(server) {
      // A server in middleware mode is another tool's (the prerender step's), which serves no browser.
      if (server.config.server.middlewareMode) return;
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://dev').pathname;
        if (!path.startsWith(config.base)) return next();
        let file: string;
        try {
          file = decodeURIComponent(path.slice(config.base.length));
        } catch {
          return next(); // a malformed %-escape: not one of ours
        }
        const wanted = parseExportFile(file);
        const episode = wanted && publishedEpisodes(config).find((e) => e.slug === wanted.slug);
        if (!wanted || !episode) return next();
        if (!hasExports(episode)) {
          // As in the build, where it has no such file (and not its source file, which Vite would serve).
          response.statusCode = 404;
          response.end();
          return;
        }
        const format = EXPORT_FORMATS.find((f) => f.suffix === wanted.suffix)!;
        const body = FORMATTERS[wanted.suffix](episode);
        response.statusCode = 200;
        response.setHeader('Content-Type', contentType(format.type));
        response.setHeader('Cache-Control', 'no-store');
        response.end(request.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
