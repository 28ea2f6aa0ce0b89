/**
 * Prerendering: after `vite build` has written the site, every page (the library, each episode) is rendered
 * to HTML with the app's own components and written into its page file, so the transcript is on screen as
 * soon as the HTML is parsed, like a static page, and readable without script. The browser's copy of the app
 * then hydrates that HTML instead of building the page again (src/app/main.tsx).
 *
 * The pages are rendered by a Vite server in middleware mode, loaded from the same config file as the build
 * (same episodes folder, same base path), and closed at the end.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { EARLY_CLICKS_SCRIPT } from '../app/earlyClicks.ts';
import { escapeHtml } from '../episodes/vitePlugin.ts';
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
        for (const path of renderer.pagePaths()) {
          const file = join(outDir, path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}.html`);
          const markup = await renderer.renderPage(path);
          let html = withAppPreloads(
            fillRoot(readFileSync(file, 'utf8'), path, withParserYields(markup)),
            appPreloads(bundle, config.base),
          );
          if (path === '/') html = withPreloads(html, libraryPreloads(bundle, config.base));
          writeFileSync(file, html);
        }
      } finally {
        await server.close();
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

const preload = (base: string, file: string) =>
  `<link rel="modulepreload" crossorigin href="${escapeHtml(base + file)}" />`;

/**
 * The app's code, which the small entry imports once the page is painted (src/app/main.tsx): fetched with
 * the page, beside the entry, so evaluating it waits for nothing but the paint.
 */
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

/** Right after the entry script, so the app's code is requested before the page's data. */
function withAppPreloads(html: string, links: string[]): string {
  return html.replace(/(<script type="module"[^>]*><\/script>)/, (script) => `${script}\n    ${links.join('\n    ')}`);
}

/** The library's code, styles and episode list: fetched with the page, not after the app asks for them. */
function libraryPreloads(bundle: Rollup.OutputBundle, base: string): string[] {
  const links: string[] = [];
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk') continue;
    const id = file.facadeModuleId ?? '';
    if (!id.endsWith('/src/app/LibraryRoute.tsx') && id !== '\0virtual:episodes/index') continue;
    links.push(preload(base, file.fileName));
    for (const css of file.viteMetadata?.importedCss ?? [])
      links.push(`<link rel="stylesheet" crossorigin href="${escapeHtml(base + css)}" />`);
  }
  return links;
}

function withPreloads(html: string, links: string[]): string {
  return html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
}
