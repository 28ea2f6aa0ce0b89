/**
 * Compiles the episodes folder at build time into virtual modules, so that `yaml` never reaches the browser:
 *
 * - `virtual:episodes/loaders`: one lazy `import()` per episode slug (small: it sits in the main bundle);
 * - `virtual:episodes/index`: every episode's summary, for the library (its own chunk, no transcripts);
 * - `virtual:episodes/episode/<slug>`: one episode as its page loads it, its lines' timing only (one chunk each);
 * - `virtual:episodes/texts/<slug>-words`: the words of its lines, loaded only where a page was not prerendered.
 *
 * Diagnostics print once per build, and a summary line at its end. A file that cannot be published is left
 * out and the rest of the site is built, so one broken file never takes a site down; with STRICT_EPISODES=1
 * its errors fail `vite build` instead. In dev an episode with errors shows them on its page, and editing a
 * file reloads the page.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { compileFolder, findPeopleDir, type FolderResult } from './compileFolder.ts';
import { escapeHtml } from '../lib/html.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { pageDataOf, textsOf } from './pageData.ts';
import type { Diagnostic, EpisodeData, EpisodeSummary } from './model.ts';
import { episodesDirFromEnv, strictEpisodesFromEnv } from './settings.ts';
import { describeCounts, folderCounts } from './summary.ts';

const PREFIX = 'virtual:episodes/';
const LOADERS = `${PREFIX}loaders`;
const INDEX = `${PREFIX}index`;
const EPISODE = `${PREFIX}episode/`;
const TEXTS = `${PREFIX}texts/`;
/** Its chunk is then named `<slug>-words-<hash>.js`, told apart from the page's `<slug>-<hash>.js`. */
const textsId = (slug: string) => `${TEXTS}${slug}-words`;

export const EPISODES_PLUGIN = 'transcript-player:episodes';

/** What other plugins read from this one, through Vite's plugin `api` (transcript search indexes the episodes). */
export interface EpisodesApi {
  /** The published episodes, newest first, compiled once per build (in dev: again after a file changes). */
  episodes(): readonly EpisodeData[];
}

export interface EpisodesPluginOptions {
  /** The folder of episode files; default: `$EPISODES_DIR` or `episodes`. */
  dir?: string;
  /** Guests' files; default: found beside or inside the episodes folder (see `findPeopleDir`). */
  peopleDir?: string;
  /** Fail the build on a file that cannot be published; default: `$STRICT_EPISODES`. */
  strict?: boolean;
}

export function episodesPlugin(options: EpisodesPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  let dir = '';
  let compiled: FolderResult | undefined;

  const compile = () => (compiled ??= compileFolder(dir, options.peopleDir ? { peopleDir: options.peopleDir } : {}));

  const printDiagnostics = (diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics) {
      const text = formatDiagnostic(d);
      if (d.severity === 'error') config.logger.error(text);
      else if (d.severity === 'warning') config.logger.warn(text);
      else config.logger.info(text);
    }
  };

  return {
    name: EPISODES_PLUGIN,
    api: { episodes: () => compile().episodes } satisfies EpisodesApi,

    config() {
      // Name the summaries chunk for what it is (episode chunks are already named after their slug).
      const chunkFileNames = (chunk: { facadeModuleId: string | null }) =>
        chunk.facadeModuleId === `\0${INDEX}` ? 'assets/episode-index-[hash].js' : 'assets/[name]-[hash].js';
      return { build: { rollupOptions: { output: { chunkFileNames } } } };
    },

    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? episodesDirFromEnv());
    },

    buildStart() {
      compiled = undefined;
      const result = compile();
      // A server in middleware mode is another tool's (the prerender step's): the build has printed these.
      if (config.command === 'build' || !config.server.middlewareMode) printDiagnostics(result.diagnostics);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0 && config.command === 'build' && (options.strict ?? strictEpisodesFromEnv())) {
        this.error(
          `${errors.length} episode error(s) (STRICT_EPISODES is set); fix them and build again:\n${errors.map(formatDiagnostic).join('\n')}`,
        );
      }
    },

    closeBundle() {
      if (config.command !== 'build' || !compiled) return;
      const counts = folderCounts(compiled);
      const leftOut =
        counts.broken > 0
          ? ' Files with errors (listed above) are left out; STRICT_EPISODES=1 makes them fail the build.'
          : '';
      const line = `Episodes: ${describeCounts(counts, 'built')}.${leftOut}`;
      if (counts.broken > 0) config.logger.warn(line);
      else config.logger.info(line);
    },

    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },

    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(1);
      const { episodes, diagnostics } = compile();
      if (name === LOADERS) {
        const entries = (idOf: (slug: string) => string) =>
          episodes.map((e) => `${JSON.stringify(e.slug)}: () => import(${JSON.stringify(idOf(e.slug))})`).join(',\n');
        const broken = config.command === 'serve' ? brokenEpisodes(diagnostics, dir) : {};
        return [
          `export const loaders = {${entries((slug) => EPISODE + slug)}};`,
          `export const textLoaders = {${entries(textsId)}};`,
          `export const broken = ${JSON.stringify(broken)};\n`,
        ].join('\n');
      }
      if (name === INDEX) return jsonModule(episodes.map(summarise));
      if (name.startsWith(EPISODE)) {
        const episode = episodes.find((e) => e.slug === name.slice(EPISODE.length));
        return episode ? jsonModule(pageDataOf(episode)) : undefined;
      }
      if (name.startsWith(TEXTS)) {
        const episode = episodes.find((e) => textsId(e.slug) === name);
        return episode ? jsonModule(textsOf(episode)) : undefined;
      }
      return undefined;
    },

    // Each episode gets its own page, `episodes/<slug>.html` (static hosts serve it for /episodes/<slug>),
    // with a preload of its data chunk, so the transcript's data downloads beside the app's code instead of
    // after it (on a prerendered page, both once the page has been parsed: see src/app/pageCode.ts). Its head
    // (title, description, link previews) is the prerender step's (src/pages/head.ts).
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const shell = bundle['index.html'];
        if (shell?.type !== 'asset' || !compiled) return;
        const html = String(shell.source);
        for (const episode of compiled.episodes) {
          const chunk = Object.values(bundle).find(
            (file) => file.type === 'chunk' && file.facadeModuleId === `\0${EPISODE}${episode.slug}`,
          );
          if (!chunk) continue;
          this.emitFile({
            type: 'asset',
            fileName: `episodes/${episode.slug}.html`,
            source: withDataPreload(html, `${config.base}${chunk.fileName}`),
          });
        }
      },
    },

    configureServer(server) {
      const peopleDir = findPeopleDir(dir, options.peopleDir);
      const watched = [dir, ...(peopleDir ? [peopleDir] : [])];
      server.watcher.add(watched);
      const onChange = (file: string) => {
        if (!file.endsWith('.md') || !watched.some((folder) => file.startsWith(folder + sep))) return;
        const before = new Set(compiled?.diagnostics.map(formatDiagnostic));
        compiled = undefined;
        printDiagnostics(compile().diagnostics.filter((d) => !before.has(formatDiagnostic(d))));
        reload(server);
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

function reload(server: ViteDevServer): void {
  for (const module of server.moduleGraph.idToModuleMap.values()) {
    if (module.id?.startsWith(`\0${PREFIX}`)) server.moduleGraph.invalidateModule(module);
  }
  server.ws.send({ type: 'full-reload' });
}

function withDataPreload(shell: string, dataUrl: string): string {
  // A replacer function: a `$&` in the address must stay text, not become a replacement pattern.
  return shell.replace(
    '</head>',
    () => `  <link rel="modulepreload" crossorigin href="${escapeHtml(dataUrl)}" />\n  </head>`,
  );
}

/**
 * JSON.parse of a string literal is parsed faster by browsers than the same data as a JS object literal. The
 * JSON is written in ASCII alone (other characters as `\uXXXX` escapes, which JSON.parse reads back): one
 * character outside Latin-1 would make the browser keep the whole literal as a two-byte string, twice the
 * memory for as long as the page is open (322 KB instead of 161 KB for the 15,000-line bench episode).
 */
function jsonModule(data: unknown): string {
  const ascii = JSON.stringify(data).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `export default JSON.parse(${JSON.stringify(ascii)});\n`;
}

/** Every field of a summary: a field added to `EpisodeSummary` and not here fails the type check below. */
const SUMMARY_KEYS = [
  'slug',
  'title',
  'shortTitle',
  'season',
  'episode',
  'guests',
  'topics',
  'youtubeId',
  'description',
  'date',
  'duration',
  'lineCount',
  'sectionCount',
] as const satisfies readonly (keyof EpisodeSummary)[];
const everySummaryKey: Exclude<keyof EpisodeSummary, (typeof SUMMARY_KEYS)[number]> extends never ? true : never = true;
void everySummaryKey;

/** An episode without its transcript and notes: what the library's chunk holds. */
function summarise(episode: EpisodeSummary): EpisodeSummary {
  return Object.fromEntries(SUMMARY_KEYS.map((key) => [key, episode[key]])) as unknown as EpisodeSummary;
}

/** Slug → its errors, for files that failed to compile (shown on the episode page in dev). */
function brokenEpisodes(diagnostics: readonly Diagnostic[], dir: string): Record<string, string[]> {
  const broken: Record<string, string[]> = {};
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const file = resolve(d.file);
    if (!file.startsWith(dir + sep)) continue;
    const slug = file.slice(dir.length + 1).replace(/\.md$/, '');
    (broken[slug] ??= []).push(formatDiagnostic(d));
  }
  return broken;
}
