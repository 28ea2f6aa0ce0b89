/**
 * The cross-engine suite's Playwright Test fixtures: each project names its `engine`; each worker launches
 * that engine once; each test gets a fresh tab (`tab`, a `Driver`) whose fake YouTube is set up by
 * `openWith`, and fails at its end when the page threw an uncaught error or tried to reach another host.
 */
import { test as base, expect } from '@playwright/test';
import { launch, type Driver, type Engine, type EngineBrowser } from './driver.ts';
import { ERRORS_KEY, SETUP_PATH } from './server.ts';

export interface YouTubeSetup {
  /** `serve`: the fake API answers; `fail`: the API script cannot load (offline, blocked). */
  api: 'serve' | 'fail';
  /** The fake's options (duration, errorCode, neverReady, seekLatency). */
  options?: Record<string, unknown>;
}

interface WorkerFixtures {
  engine: Engine;
  engineBrowser: EngineBrowser;
}

interface TestFixtures {
  tab: Driver;
  /** Sets what the fake YouTube does in this tab's pages from now on (default: serves the API). */
  youtube(setup: YouTubeSetup): Promise<void>;
}

/** The port of the suite's own server (tests/e2e/engines/server.ts), set by the config. */
export const enginesBaseURL = () => `http://127.0.0.1:${process.env.ENGINES_PORT}`;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],

  engineBrowser: [
    async ({ engine }, use) => {
      const browser = await launch(engine);
      await use(browser);
      await browser.close();
    },
    // Firefox takes 20–30 s to start on a busy two-core machine.
    { scope: 'worker', timeout: 120_000 },
  ],

  tab: async ({ engine, engineBrowser }, use, testInfo) => {
    const tab = await openTab(engine, engineBrowser);
    await use(tab);
    try {
      if (testInfo.status !== testInfo.expectedStatus)
        await tab.screenshot(testInfo.outputPath('failure.png')).catch(() => undefined);
      const errors = await tab
        .evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[], ERRORS_KEY)
        .catch(() => [] as string[]);
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(tab.blockedRequests(), 'requests to hosts other than 127.0.0.1').toEqual([]);
    } finally {
      await tab.close();
    }
  },

  youtube: async ({ tab }, use) => {
    await use(async (setup) => {
      await tab.goto(`${SETUP_PATH}?youtube=${encodeURIComponent(JSON.stringify(setup))}`);
    });
  },
});

/** How long opening a tab may take before it is given up and opened afresh, once. */
const OPEN_TAB_MS = 30_000;

/**
 * A new tab on the setup page. WebKitWebDriver once left a new session (or its first page) hanging on a busy
 * machine, until the test's time ran out before the test began: an attempt that takes too long is closed
 * whenever it answers, and a second one made in its place.
 */
async function openTab(engine: Engine, browser: EngineBrowser, attemptsLeft = 1): Promise<Driver> {
  const opening = browser.newDriver(enginesBaseURL()).then(async (tab) => {
    await tab.goto(`${SETUP_PATH}?youtube=${encodeURIComponent(JSON.stringify({ api: 'serve' }))}`);
    return tab;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), OPEN_TAB_MS)));
  const first = await Promise.race([opening, late]).finally(() => clearTimeout(timer));
  if (first !== 'late') return first;
  opening.then((tab) => tab.close()).catch(() => undefined);
  if (attemptsLeft === 0) throw new Error(`a new ${engine} tab did not open in ${OPEN_TAB_MS} ms`);
  return openTab(engine, browser, attemptsLeft - 1);
}

export { expect };
