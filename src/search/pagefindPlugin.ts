/**
 * Transcript search's index (Pagefind), made from the episode pages as the site serves them:
 *
 * - `vite build`: once the prerender step has written every page (its `writeBundle` runs before this one:
 *   same `enforce`, earlier in the config, and this hook is ordered `post`), each episode with a transcript
 *   is indexed from its page file and the index is written to `<outDir>/pagefind/`, static files that any
 *   host serves and `npm run preview` too.
 * - `vite` (dev): the index is built in memory on the first request for `<base>pagefind/…`, from the episode
 *   pages rendered as the prerender step renders them, and built again after an episode file changes. Its
 *   middleware runs before Vite's own, so Vite never transforms Pagefind's scripts.
 *
 * Index URLs are app paths (`/episodes/<slug>`), without the deployment's base: the browser adds it (Pagefind's
 * `baseUrl`), as for the pages' own links, so one index serves any `BASE_PATH`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import type { EpisodeData } from '../episodes/model.ts';
import { EPISODES_PLUGIN, type EpisodesApi } from '../episodes/vitePlugin.ts';
import type * as RenderPage from '../prerender/renderPage.tsx';
import { linkSecond } from './lineStarts.ts';
import { buildTranscriptIndex, writeIndexFiles, type PageToIndex } from './pagefindIndex.ts';
import { pageForIndex } from './pagefindPage.ts';

/** The index's folder inside the site. */
export const INDEX_FOLDER = 'pagefind';

const episodePath = (slug: string) => `/episodes/${encodeURIComponent(slug)}`;

/** The episodes that have a transcript (the others have no indexed body: the library's own search finds them). */
function transcribedEpisodes(config: ResolvedConfig): EpisodeData[] {
  const api = config.plugins.find((plugin) => plugin.name === EPISODES_PLUGIN)?.api as EpisodesApi | undefined;
  if (!api) throw new Error(`transcript search: the ${EPISODES_PLUGIN} plugin is missing`);
  return api.episodes().filter((episode) => episode.lines.length > 0);
}

function pageToIndex(episode: EpisodeData, html: string): PageToIndex {
  const starts = episode.lines.map((line) => linkSecond(line.start));
  return { url: episodePath(episode.slug), html: pageForIndex(html, { slug: episode.slug, starts }) };
}

export function transcriptSearchPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'transcript-player:transcript-search',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },

    writeBundle: {
      order: 'post',
      async handler(options) {
        if (config.command !== 'build' || config.build.ssr) return;
        const outDir = options.dir ?? resolve(config.root, config.build.outDir);
        const pages = transcribedEpisodes(config).map((episode) =>
          pageToIndex(episode, readFileSync(join(outDir, 'episodes', `${episode.slug}.html`), 'utf8')),
        );
        const files = await buildTranscriptIndex(pages);
        writeIndexFiles(files, join(outDir, INDEX_FOLDER));
        const kb = files.reduce((sum, file) => sum + file.content.byteLength, 0) / 1024;
        config.logger.info(
          `Transcript search: ${pages.length} episode${pages.length === 1 ? '' : 's'} indexed, ${kb.toFixed(0)} KB in ${INDEX_FOLDER}/.`,
        );
      },
    },

    configureServer(server) {
      // A server in middleware mode is another tool's (the prerender step's), which serves no browser.
      if (server.config.server.middlewareMode) return;
      serveIndexInMemory(server, config);
    },
  };
}

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json' };

function serveIndexInMemory(server: ViteDevServer, config: ResolvedConfig): void {
  const prefix = `${config.base}${INDEX_FOLDER}/`;
  let index: Promise<Map<string, Uint8Array>> | undefined;

  const build = async () => {
    const renderer = (await server.ssrLoadModule('/src/prerender/renderPage.tsx')) as typeof RenderPage;
    const shell = /<html[^>]*>/.exec(readFileSync(join(config.root, 'index.html'), 'utf8'))?.[0] ?? '<html>';
    const pages: PageToIndex[] = [];
    for (const episode of transcribedEpisodes(config)) {
      const markup = await renderer.renderPage(episodePath(episode.slug));
      pages.push(pageToIndex(episode, `<!doctype html>${shell}<body>${markup}</body></html>`));
    }
    const files = await buildTranscriptIndex(pages);
    return new Map(files.map((file) => [file.path, file.content]));
  };

  // The episodes plugin recompiles a changed file; the pages rendered from it are rendered again, too.
  server.watcher.on('all', (_, file) => {
    if (!file.endsWith('.md')) return;
    index = undefined;
    server.environments.ssr?.moduleGraph.invalidateAll();
  });

  server.middlewares.use((request, response, next) => {
    const path = new URL(request.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(prefix)) return next();
    const built = (index ??= build());
    built.then(
      (files) => {
        const file = files.get(decodeURIComponent(path.slice(prefix.length)));
        response.statusCode = file ? 200 : 404;
        response.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-store');
        response.end(file);
      },
      (error: unknown) => {
        if (index === built) index = undefined; // the next request tries again
        config.logger.error(`Transcript search: the index could not be built: ${String(error)}`);
        response.statusCode = 500;
        response.end();
      },
    );
  });
}
