/**
 * Prerendering: after `vite build` has written the site, every page (the library, each episode) is rendered
 * to HTML with the app's own components and written into its page file, so the transcript is on screen as
 * soon as the HTML is parsed, like a static page, and readable without script. The browser's copy of the app
 * then hydrates that HTML instead of building the page again (src/app/main.tsx).
 *
 * The pages are rendered by a Vite server in middleware mode, loaded from the same config file as the build
 * (same episodes folder, same base path), and closed at the end.
 *
 * Last of all, every HTML file of the build (the prerendered pages and the fallback page, `404.html`) gets its
 * Content-Security-Policy (csp.ts), here because only now is each page's HTML final, so its hashes are right.
 * The dev server has no policy: Vite's client and React's refresh run inline scripts there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { EARLY_CLICKS_SCRIPT } from '../app/earlyClicks.ts';
import { PAGE_CODE_ID } from '../app/pageCode.ts';
import { escapeHtml } from '../episodes/vitePlugin.ts';
import { withPolicy } from './csp.ts';
import { withParserYields } from './parserYields.ts';
import type * as RenderPage from './renderPage.tsx';

type Renderer = typeof RenderPage;

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'transcript-player:prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? config.build.outDir;
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
        for (const path of renderer.pagePaths()) {
          const file = join(outDir, path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}.html`);
          const markup = await renderer.renderPage(path);
          let html = fillRoot(withInlineStyles(readFileSync(file, 'utf8'), styles), path, withParserYields(markup));
          if (path === '/') html = withStylesheets(html, libraryStyles(bundle, config.base));
          const code = [
            ...appPreloads(bundle, config.base),
            ...(path === '/' ? libraryPreloads(bundle, config.base) : []),
          ];
          writeFileSync(file, withCodeTemplate(html, code));
        }
      } finally {
        await server.close();
      }
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.html'))) {
        const file = join(outDir, fileName);
        writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
      }
    },
  };
}

function fillRoot(shell: string, path: string, markup: string): string {
  const empty = '<div id="root"></div>';
  if (!shell.includes(empty)) throw new Error(`prerender: the page shell has no ${empty}`);
  // A replacer function: `$&` in the markup is text, not a replacement pattern.
  const root = `<div id="root" data-prerendered="${escapeHtml(path)}">${markup}</div>`;
  return shell.replace(empty, () => `${root}\n    <script>${EARLY_CLICKS_SCRIPT}</script>`);
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

/** The app's code, which the small entry imports once the page is painted (src/app/main.tsx). */
function appPreloads(bundle: Rollup.OutputBundle, base: string): string[] {
  const start = Object.values(bundle).find(
    (file) => file.type === 'chunk' && (file.facadeModuleId ?? '').endsWith('/src/app/start.tsx'),
  );
  if (start?.type !== 'chunk') throw new Error('prerender: the build has no chunk for src/app/start.tsx');
  const entries = new Set(
    Object.values(bundle).flatMap((file) => (file.type === 'chunk' && file.isEntry ? [file.fileName] : [])),
  );
  return [start.fileName, ...start.imports.filter((file) => !entries.has(file))].map((file) => preload(base, file));
}

/** The library's chunks: its code and the episode list. */
const libraryChunks = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter(
    (file): file is Rollup.OutputChunk =>
      file.type === 'chunk' &&
      ((file.facadeModuleId ?? '').endsWith('/src/app/LibraryRoute.tsx') ||
        file.facadeModuleId === '\0virtual:episodes/index'),
  );

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
function withCodeTemplate(html: string, links: string[]): string {
  const linked = html.match(/<link rel="modulepreload"[^>]*>/g) ?? [];
  const rest = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  const template = `<template id="${PAGE_CODE_ID}">${[...links, ...linked].join('')}</template>`;
  return rest.replace('</head>', () => `  ${template}\n  </head>`);
}
