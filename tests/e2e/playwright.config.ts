import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.E2E_PORT ?? 4173);
/** A second build of the same site served under a sub-path, as on GitHub Pages. */
export const SUBPATH_PORT = port + 1;
export const SUBPATH = '/podcast/';

/** Builds the site from the test episodes (the seed and a few made for the journeys) and serves it. */
function site(outDir: string, serverPort: number, basePath?: string) {
  return {
    command: `npx vite build --outDir ${outDir} --emptyOutDir --logLevel error && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${serverPort} --strictPort`,
    cwd: root,
    env: { EPISODES_DIR: 'tests/e2e/episodes', ...(basePath && { BASE_PATH: basePath }) },
    url: `http://127.0.0.1:${serverPort}${basePath ?? '/'}`,
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

/** Browser journeys against the production build (`vite preview`), in headless Chromium, offline. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Per port, so that two runs on one machine (E2E_PORT=…) neither share a server nor overwrite each other's files.
  outputDir: join(root, 'test-results', `e2e-${port}`),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [site(`test-results/site-${port}`, port), site(`test-results/site-${port}-subpath`, SUBPATH_PORT, SUBPATH)],
});
