/**
 * The library (`/`) with 500 episodes: time until every card is rendered (the same probe as the episode
 * loads), and the time for the results to update after a word is typed into the search box.
 *
 * Search: the word is entered with one `fill` (one input event, as a paste or autocomplete gives). Timing
 * runs from that input event, caught first (capture listener on window), to the mutation that leaves
 * exactly the expected cards in the list (the word is in the titles of `SEARCH_MATCHES` episodes and nowhere
 * else, see generate.ts); the frame that paints it is recorded too. Between runs the box is cleared and the
 * full list comes back.
 */
import type { Browser, Page } from '@playwright/test';
import { offlineContext, withTimeout } from './browser.ts';
import { LIBRARY_SIZE, SEARCH_MATCHES, SEARCH_WORD } from './generate.ts';
import { installLoadProbe, type LoadTimes, type LoadWindow, type LongTaskEntry } from './pageScripts.ts';

export interface LibraryLoadRun {
  times: LoadTimes;
  longTasks: LongTaskEntry[];
  blocked: string[];
}

export interface SearchRun {
  /** Input event → the DOM holds exactly the matching cards, ms. */
  updated: number;
  /** Input event → the end of the frame that paints them, ms. */
  painted: number;
}

const PROBE = { all: '.episode-card', count: LIBRARY_SIZE, first: '.episode-card a' };

export async function loadLibrary(browser: Browser, origin: string): Promise<LibraryLoadRun> {
  const { context, blocked } = await offlineContext(browser, 3800);
  try {
    await context.addInitScript(installLoadProbe, PROBE);
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    const times = await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
    await page.waitForTimeout(200);
    const longTasks = await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.longTasks);
    return { times, longTasks, blocked };
  } finally {
    await context.close();
  }
}

/** Resolves once the list holds `count` cards after the next input event, with the timings. */
async function armSearchProbe(page: Page, count: number): Promise<SearchRun> {
  const probe = page.evaluate(
    (count) =>
      new Promise<SearchRun>((resolve) => {
        let inputAt = -1;
        const onInput = () => {
          if (inputAt < 0) inputAt = performance.now();
        };
        window.addEventListener('input', onInput, true);
        const observer = new MutationObserver(() => {
          if (inputAt < 0 || document.querySelectorAll('.episode-card').length !== count) return;
          // An empty result would also be "updated": only count it once the expected list is there.
          const updated = performance.now() - inputAt;
          observer.disconnect();
          window.removeEventListener('input', onInput, true);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ updated, painted: performance.now() - inputAt });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
      }),
    count,
  );
  return withTimeout(probe, 30_000, async () => {
    const cards = await page.locator('.episode-card').count();
    return `the library never showed ${count} cards after the search (it shows ${cards})`;
  });
}

export async function searchLibrary(browser: Browser, origin: string, runs: number): Promise<SearchRun[]> {
  const { context } = await offlineContext(browser, 3800);
  try {
    await context.addInitScript(installLoadProbe, PROBE);
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
    const box = page.getByRole('searchbox');
    const results: SearchRun[] = [];
    for (let run = 0; run < runs; run++) {
      await page.waitForTimeout(300); // let the previous update and its idle work settle
      // Armed first (evaluate returns only when resolved, so start it without awaiting).
      const armed = armSearchProbe(page, SEARCH_MATCHES);
      await page.waitForTimeout(50);
      await box.fill(SEARCH_WORD);
      results.push(await armed);
      const cleared = armSearchProbe(page, LIBRARY_SIZE);
      await page.waitForTimeout(50);
      await box.fill('');
      await cleared;
    }
    return results;
  } finally {
    await context.close();
  }
}
