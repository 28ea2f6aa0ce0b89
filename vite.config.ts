/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { episodesPlugin } from './src/episodes/vitePlugin.ts';
import { exportsPlugin } from './src/exports/exportsPlugin.ts';
import { prerenderPlugin } from './src/prerender/plugin.ts';
import { transcriptSearchPlugin } from './src/search/pagefindPlugin.ts';

/**
 * Static hosts answer unknown paths with `404.html`: making it the app itself lets deep links such as
 * `/episodes/<slug>` load (GitHub Pages, Netlify, S3 and most others).
 */
function spaFallback(): Plugin {
  return {
    name: 'transcript-player:spa-fallback',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}

/** `BASE_PATH=/podcast/ npm run build` builds the site to be served under a sub-path. */
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/';

export default defineConfig({
  base,
  // The transcript-search index is made from the prerendered pages: its plugin comes after the prerender step's.
  plugins: [react(), episodesPlugin(), exportsPlugin(), spaFallback(), prerenderPlugin(), transcriptSearchPlugin()],
  resolve: {
    // youtube-player logs through `debug`, silent in production: a no-op keeps its ~3 KB out of the bundle.
    alias: { debug: fileURLToPath(new URL('./src/player/silentDebug.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Every browser the app supports has modulepreload: Vite's polyfill for it would be code before the data.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          // Whole pages render in jsdom; leave room for a busy machine.
          testTimeout: 20_000,
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
