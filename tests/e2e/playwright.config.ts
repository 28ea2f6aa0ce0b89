import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.E2E_PORT ?? 4173);
/** A second build of the same site served under a sub-path, as on GitHub Pages. */
export const SUBPATH_PORT = port + 1;
export const SUBPATH = '/podcast/';
/** The cross-engine suite's server (tests/e2e/engines/server.ts), in front of the first site. */
const ENGINES_PORT = port + 2;
process.env.ENGINES_PORT = String(ENGINES_PORT);
/** A Jekyll site's folder as it is (tests/fixtures/site), built on its own: jekyll-site.spec.ts. */
export const JEKYLL_SITE_PORT = port + 3;

/** The sub-path site's address, as its `SITE_URL` (absolute addresses in its heads, its sitemap). */
export const SUBPATH_SITE_URL = `http://127.0.0.1:${SUBPATH_PORT}`;

/** Builds the site from the test episodes (the seed and a few made for the journeys) and serves it. */
function site(
  outDir: string,
  serverPort: number,
  basePath?: string,
  episodesDir = 'tests/e2e/episodes',
  siteUrl?: string,
) {
  return {
    command: `npx vite build --outDir ${outDir} --emptyOutDir --logLevel error && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${serverPort} --strictPort`,
    cwd: root,
    env: { EPISODES_DIR: episodesDir, ...(basePath && { BASE_PATH: basePath }), ...(siteUrl && { SITE_URL: siteUrl }) },
    url: `http://127.0.0.1:${serverPort}${basePath ?? '/'}`,
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

/** The engines the core journeys (tests/e2e/engines/) run in, each as a project of its own. */
const ENGINES = ['chromium', 'firefox', 'webkit'] as const;

/**
 * Browser journeys against the production build (`vite preview`), offline: every spec in headless Chromium,
 * and the core journeys in tests/e2e/engines/ in Chromium, Firefox and WebKit as well.
 */
export default defineConfig<{ engine: (typeof ENGINES)[number] }>({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Per port, so that two runs on one machine (E2E_PORT=…) neither share a server nor overwrite each other's files.
  outputDir: join(root, 'test-results', `e2e-${port}`),
  timeout: 30_000,
  // A condition may take a busy 2-core machine several seconds to reach: waiting longer costs a passing test nothing.
  expect: { timeout: 10_000 },
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
  projects: [
    { name: 'chromium', testIgnore: 'engines/**' },
    // Drives its engines itself (see engines/driver.ts); slower engines, so more time per journey.
    ...ENGINES.map((engine) => ({
      name: `engine-${engine}`,
      testDir: './engines',
      timeout: 90_000,
      // A failed journey keeps its trace without the screencast, which slows every frame (see LEAN_TRACE).
      use: { engine, trace: { mode: 'retain-on-failure' as const, screenshots: false } },
    })),
  ],
  webServer: [
    site(`test-results/site-${port}`, port),
    site(`test-results/site-${port}-subpath`, SUBPATH_PORT, SUBPATH, undefined, SUBPATH_SITE_URL),
    site(`test-results/site-${port}-jekyll`, JEKYLL_SITE_PORT, undefined, 'tests/fixtures/site/_podcast'),
    {
      command: 'npx tsx tests/e2e/engines/server.ts',
      cwd: root,
      env: { ENGINES_PORT: String(ENGINES_PORT), UPSTREAM_PORT: String(port) },
      url: `http://127.0.0.1:${ENGINES_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
