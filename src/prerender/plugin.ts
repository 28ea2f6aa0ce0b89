/**
 * Prerendering: after `vite build` has written the site, every page (the library, each episode) is rendered
 * to HTML with the app's own components and written into its page file, so the transcript is on screen as
 * soon as the HTML is parsed, like a static page, and readable without script. The browser's copy of the app
 * then hydrates that HTML instead of building the page again (src/app/main.tsx).
 *
 * The pages are rendered by a Vite server in middleware mode, loaded from the same config file as the build
 * (same episodes folder, same base path), and closed at the end.
 *
 * Each page's head (title, description, canonical address, link previews, JSON-LD, its transcript files: see
 * src/pages/head.ts) is written here too, from the compiled episodes, and with `SITE_URL` set the build's
 * `sitemap.xml` and `robots.txt` beside the pages.
 *
 * Last of all, every HTML file of the build (the prerendered pages and the fallback page, `404.html`) gets its
 * Content-Security-Policy (csp.ts), here because only now is each page's HTML final, so its hashes are right.
 * The dev server has no policy: Vite's client and React's refresh run inline scripts there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { EARLY_CLICKS_SCRIPT } from '../app/earlyClicks.ts';
import { EARLY_SEARCH_SCRIPT } from '../search/earlySearchScript.ts';
import { PAGE_CODE_ID } from '../app/pageCode.ts';
import type { EpisodeData } from '../episodes/model.ts';
import { siteUrlFromEnv, SITE_URL_VARIABLE } from '../episodes/settings.ts';
import { EPISODES_PLUGIN, type EpisodesApi } from '../episodes/vitePlugin.ts';
import { exportFiles } from '../exports/files.ts';
import { escapeHtml } from '../lib/html.ts';
import { EARLY_PLAYER_SCRIPT } from '../player/earlyPlayer.ts';
import { absoluteUrl, episodeHead, libraryHead, withHead, type HeadTag, type Site } from '../pages/head.ts';
import { robotsTxt, sitemapEntries, sitemapXml } from '../pages/sitemap.ts';
import { afterCharset, withPolicy } from './csp.ts';
import { withParserYields } from './parserYields.ts';
import type * as RenderPage from './renderPage.tsx';

type Renderer = typeof RenderPage;

export interface PrerenderOptions {
  /** The site's origin for absolute addresses (canonical, previews, sitemap); default: `$SITE_URL`. */
  siteUrl?: string;
}

export function prerenderPlugin(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'transcript-player:prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(output, bundle) {
      const outDir = output.dir ?? config.build.outDir;
      const site: Site = { base: config.base, url: options.siteUrl ?? siteUrlFromEnv() };
      const episodes = compiledEpisodes(config);
      const { createServer } = await import('vite');
      const server = await createServer({
        configFile: config.configFile ?? false,
        root: config.root,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const renderer = (await server.ssrLoadModule('/src/prerender/renderPage.tsx')) as Renderer;
        const styles = entryStyles(bundle, config.base, outDir);
        // The same on every page.
        const app = appPreloads(bundle, config.base);
        const live = livePreloads(bundle, config.base);
        for (const path of renderer.pagePaths()) {
          const file = join(outDir, path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}.html`);
          const markup = await renderer.renderPage(path);
          let shell = withHead(readFileSync(file, 'utf8'), headFor(path, site, episodes));
          if (episodeAt(path, episodes)?.youtubeId) shell = withEarlyPlayer(shell);
          let html = fillRoot(withInlineStyles(shell, styles), path, withParserYields(markup));
          if (path === '/') html = withStylesheets(html, libraryStyles(bundle, config.base));
          const code = [...app, ...(path === '/' ? libraryPreloads(bundle, config.base) : [])];
          writeFileSync(file, withCodeTemplate(html, code, live));
        }
      } finally {
        await server.close();
      }
      writeSiteFiles(outDir, site, episodes, config);
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.html'))) {
        const file = join(outDir, fileName);
        writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
      }
    },
  };
}

function compiledEpisodes(config: ResolvedConfig): readonly EpisodeData[] {
  const api = config.plugins.find((plugin) => plugin.name === EPISODES_PLUGIN)?.api as EpisodesApi | undefined;
  if (!api) throw new Error(`prerender: the ${EPISODES_PLUGIN} plugin is missing`);
  return api.episodes();
}

/** The episode of an episode page's path (undefined for the library). */
function episodeAt(path: string, episodes: readonly EpisodeData[]): EpisodeData | undefined {
  if (path === '/') return undefined;
  const slug = decodeURIComponent(path.slice('/episodes/'.length));
  const episode = episodes.find((e) => e.slug === slug);
  if (!episode) throw new Error(`prerender: no compiled episode for ${path}`);
  return episode;
}

/** The head of the page at an app path: the library's, or its episode's with the episode's transcript files. */
function headFor(path: string, site: Site, episodes: readonly EpisodeData[]): HeadTag[] {
  const episode = episodeAt(path, episodes);
  if (!episode) return libraryHead(site);
  return episodeHead(episode, site, episode.lineCount > 0 ? exportFiles(episode.slug) : []);
}

/**
 * The early player's script (src/player/earlyPlayer.ts) first in the head, after `<meta charset>` (and so
 * after the policy, withPolicy): it asks for YouTube's API before the browser has parsed the page's styles
 * or asked for the app's code, which would otherwise go first.
 */
function withEarlyPlayer(shell: string): string {
  return afterCharset(
    shell,
    `<script>${EARLY_PLAYER_SCRIPT}</script>`,
    'prerender: the page shell has no <meta charset>',
  );
}

/**
 * `sitemap.xml` and `robots.txt` with `SITE_URL`; without it, one line saying what it would add (nothing that
 * needs the site's address is written without it).
 */
function writeSiteFiles(outDir: string, site: Site, episodes: readonly EpisodeData[], config: ResolvedConfig) {
  if (!site.url) {
    config.logger.warn(
      `Link previews: ${SITE_URL_VARIABLE} is not set, so the pages have no canonical address or og:url, and no sitemap.xml or robots.txt is written (titles, descriptions and images are). Fix: build with the site's address, ${SITE_URL_VARIABLE}=https://podcast.example.org npm run build`,
    );
    return;
  }
  const url = site.url;
  writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(sitemapEntries({ ...site, url }, episodes)));
  writeFileSync(join(outDir, 'robots.txt'), robotsTxt(absoluteUrl(site, '/sitemap.xml')!));
  config.logger.info(
    `Link previews: pages addressed at ${absoluteUrl(site, '/')}; sitemap.xml and robots.txt written.`,
  );
}

function fillRoot(shell: string, path: string, markup: string): string {
  const empty = '<div id="root"></div>';
  if (!shell.includes(empty)) throw new Error(`prerender: the page shell has no ${empty}`);
  // A replacer function: `$&` in the markup is text, not a replacement pattern.
  const root = `<div id="root" data-prerendered="${escapeHtml(path)}">${markup}</div>`;
  return shell.replace(empty, () => `${root}\n    <script>${EARLY_CLICKS_SCRIPT}${EARLY_SEARCH_SCRIPT}</script>`);
}

/** The app's own stylesheet link in the page shell, and the same styles as a `<style>` element. */
interface InlineStyle {
  link: string;
  style: string;
}

function entryStyles(bundle: Rollup.OutputBundle, base: string, outDir: string): InlineStyle[] {
  return Object.values(bundle).flatMap((file) =>
    file.type === 'chunk' && file.isEntry
      ? [...(file.viteMetadata?.importedCss ?? [])].map((css) => {
          const text = readFileSync(join(outDir, css), 'utf8');
          if (/<\/style/i.test(text))
            throw new Error(`prerender: ${css} contains "</style", which would end its <style>`);
          return {
            link: `<link rel="stylesheet" crossorigin href="${escapeHtml(base + css)}">`,
            style: `<style>${text}</style>`,
          };
        })
      : [],
  );
}

/**
 * The app's styles written into the page instead of linked (~3 KB gzip). A linked stylesheet holds back the
 * first paint until it has arrived, and the parser too at the page's first inline script (the yield points);
 * inline, the transcript shows as soon as its HTML is parsed, like a static page. The stylesheet file stays
 * for the pages that are not prerendered (the fallback page).
 */
function withInlineStyles(shell: string, styles: readonly InlineStyle[]): string {
  return styles.reduce((html, { link, style }) => {
    if (!html.includes(link)) throw new Error(`prerender: the page shell has no ${link}`);
    return html.replace(link, () => style);
  }, shell);
}

const preload = (base: string, file: string) =>
  `<link rel="modulepreload" crossorigin href="${escapeHtml(base + file)}" />`;

/** The chunk made for each module (its path from the project's root, or a virtual id); throws on one missing. */
function chunksFor(bundle: Rollup.OutputBundle, modules: readonly string[]): Rollup.OutputChunk[] {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  return modules.map((module) => {
    const chunk = chunks.find((file) =>
      module.startsWith('\0') ? file.facadeModuleId === module : (file.facadeModuleId ?? '').endsWith(module),
    );
    if (!chunk) throw new Error(`prerender: the build has no chunk for ${module}`);
    return chunk;
  });
}

/** The app's code, which the small entry imports once the page is painted (src/app/main.tsx). */
function appPreloads(bundle: Rollup.OutputBundle, base: string): string[] {
  const [start] = chunksFor(bundle, ['/src/app/start.tsx']) as [Rollup.OutputChunk];
  const entries = new Set(
    Object.values(bundle).flatMap((file) => (file.type === 'chunk' && file.isEntry ? [file.fileName] : [])),
  );
  return [start.fileName, ...start.imports.filter((file) => !entries.has(file))].map((file) => preload(base, file));
}

/**
 * The code a page runs from the moment it is live (start.tsx waits for it beside the data: the two lists
 * go together): asked for with the data, not once start.tsx has run, so hydration waits for no further
 * round trip.
 */
const LIVE_MODULES = [
  '/src/transcript/followMode.ts',
  '/src/transcript/CurrentChapter.tsx',
  '/src/share/SelectionShare.tsx',
  '/src/transcript/LineTools.tsx',
];

function livePreloads(bundle: Rollup.OutputBundle, base: string): string[] {
  // With the chunks they import; those the app's code has already are left out where the template is made.
  return chunksFor(bundle, LIVE_MODULES)
    .flatMap((file) => [file.fileName, ...file.imports])
    .map((file) => preload(base, file));
}

/** The library's chunks: its code and the episode list. */
const libraryChunks = (bundle: Rollup.OutputBundle) =>
  chunksFor(bundle, ['/src/app/LibraryRoute.tsx', '\0virtual:episodes/index']);

const libraryPreloads = (bundle: Rollup.OutputBundle, base: string) =>
  libraryChunks(bundle).map((file) => preload(base, file.fileName));

/** The library's styles: linked in the head, since the prerendered cards need them to be painted right. */
const libraryStyles = (bundle: Rollup.OutputBundle, base: string) =>
  libraryChunks(bundle).flatMap((file) =>
    [...(file.viteMetadata?.importedCss ?? [])].map(
      (css) => `<link rel="stylesheet" crossorigin href="${escapeHtml(base + css)}" />`,
    ),
  );

function withStylesheets(html: string, links: string[]): string {
  return html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
}

/**
 * Every preload of the page (the app's code, and the episode's data that the episodes plugin links) goes into
 * an inert template that the entry empties into the head once the document is parsed (src/app/pageCode.ts).
 */
function withCodeTemplate(html: string, links: string[], afterData: string[]): string {
  const linked = html.match(/<link rel="modulepreload"[^>]*>/g) ?? [];
  const rest = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  const template = `<template id="${PAGE_CODE_ID}">${[...new Set([...links, ...linked, ...afterData])].join('')}</template>`;
  return rest.replace('</head>', () => `  ${template}\n  </head>`);
}
