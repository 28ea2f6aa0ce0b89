/**
 * Load: from navigation start until the transcript is on screen and clickable, for the app and for the
 * static floor page with the same text, measured the same way (the probe in pageScripts.ts) in fresh
 * contexts (cold cache, new renderer process each time). Runs alternate app/floor so that a change in
 * machine load affects both alike.
 *
 * The vanilla reference (reference.ts: the floor's page plus a hand-written player) is loaded the same way,
 * and for it and the app the same load also gives "player ready": the time of the User Timing mark each
 * page makes once the player's onReady has reached its code (PLAYER_READY_MARK), read in the page after the
 * probe has resolved. Then, outside the timed part, the JS heap once the fake player is cued, after forcing
 * garbage collection through CDP.
 *
 * Long tasks are recorded in separate loads in the bare browser (bareBrowser.ts), where DevTools adds no work
 * of its own to the page's main thread: from navigation until the player is ready, then while the
 * transcript's scroll area is scrolled from top to bottom in steps.
 */
import type { Browser, Page } from '@playwright/test';
import { offlineContext } from './browser.ts';
import type { EpisodeInput } from './inputs.ts';
import type { BareBrowser } from './bareBrowser.ts';
import { PLAYER_READY_MARK } from './reference.ts';
import {
  installLoadProbe,
  markTime,
  recordLongTasks,
  scrollTranscript,
  type BenchWindow,
  type LoadProbeArgs,
  type LoadTimes,
  type LoadWindow,
  type LongTaskEntry,
} from './pageScripts.ts';

export interface HeapSample {
  /** V8's used JS heap (Runtime.getHeapUsage usedSize), bytes. */
  used: number;
  /** Blink's C++ heap (DOM and other embedder objects), bytes, when this Chromium reports it. */
  embedder?: number;
}

export interface LoadRun {
  times: LoadTimes;
  /** ms from navigation start to the player-ready mark (app and vanilla reference). */
  playerReady?: number;
  heap?: HeapSample;
  blocked: string[];
}

export const SCROLL_STEPS = 40;

/** Loaded: every line of the episode is in the DOM, and the first one is there and enabled. */
export const episodeProbe = (input: EpisodeInput): LoadProbeArgs => ({
  all: '[data-line]',
  count: input.episode.lines.length,
  first: '[data-line="0"]',
});

/** Opens `path` in a fresh context and waits for the probe's condition; the page stays open for `then`. */
async function load<T>(
  browser: Browser,
  origin: string,
  path: string,
  input: EpisodeInput,
  then: (page: Page, times: LoadTimes) => Promise<T>,
): Promise<{ times: LoadTimes; blocked: string[]; result: T }> {
  const { context, blocked } = await offlineContext(browser, input.episode.duration + 120);
  try {
    await context.addInitScript(installLoadProbe, episodeProbe(input));
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'commit' });
    const times = await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
    const result = await then(page, times);
    return { times, blocked, result };
  } finally {
    await context.close();
  }
}

export async function heapAfterGc(page: Page): Promise<HeapSample> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first pass can leave garbage that only the second finds (weak references, finalizers).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return {
      used: usage.usedSize,
      ...(usage.embedderHeapUsedSize !== undefined && { embedder: usage.embedderHeapUsedSize }),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * The page's player is cued (5), marked ready, and in the app's hands: the app has loaded everything it
 * loads. Neither the fake's state nor the mark is enough: the prerendered page makes the player, and marks it
 * ready, before the app runs (src/player/earlyPlayer.ts), so both can come while a long page is still
 * arriving. The early player says when the app has claimed it; a page without one (the vanilla reference) has
 * nothing more to wait for.
 */
export const PLAYER_CUED_AND_TAKEN = `window.__fakeYouTube?.current()?.state === 5 && performance.getEntriesByName(${JSON.stringify(PLAYER_READY_MARK)}).length > 0 && (window.__earlyPlayer === undefined || window.__earlyPlayer.claimed === true)`;

export async function waitForPlayerCued(page: Page): Promise<void> {
  // A function, not the expression's text: the page's CSP refuses evaluating a string.
  await page.waitForFunction(
    (mark) => {
      const early = (window as unknown as { __earlyPlayer?: { claimed?: boolean } }).__earlyPlayer;
      return (
        (window as unknown as BenchWindow).__fakeYouTube?.current()?.state === 5 &&
        performance.getEntriesByName(mark).length > 0 &&
        (early === undefined || early.claimed === true)
      );
    },
    PLAYER_READY_MARK,
    { polling: 50, timeout: 30_000 },
  );
}

/** The player-ready mark's time, then the heap once the fake player is cued and 300 ms have passed. */
async function playerReadyAndHeap(page: Page): Promise<{ playerReady: number; heap: HeapSample }> {
  const playerReady = await page.evaluate(markTime, { name: PLAYER_READY_MARK, timeoutMs: 30_000 });
  await waitForPlayerCued(page);
  await page.waitForTimeout(300);
  return { playerReady, heap: await heapAfterGc(page) };
}

/** A page with a player (the app's, or the vanilla reference's at `path`): load, player ready, heap. */
async function loadWithPlayer(browser: Browser, origin: string, path: string, input: EpisodeInput): Promise<LoadRun> {
  const { times, blocked, result } = await load(browser, origin, path, input, playerReadyAndHeap);
  return { times, blocked, ...result };
}

export const loadApp = (browser: Browser, origin: string, input: EpisodeInput): Promise<LoadRun> =>
  loadWithPlayer(browser, origin, `/episodes/${input.episode.slug}`, input);

/** The vanilla reference page at `path` (reference.ts), measured as the app is. */
export const loadReference = loadWithPlayer;

export async function loadFloor(browser: Browser, origin: string, path: string, input: EpisodeInput): Promise<LoadRun> {
  const { times, blocked } = await load(browser, origin, path, input, async () => undefined);
  return { times, blocked };
}

export interface LongTaskRun {
  /** Long tasks from navigation until the player is ready, and 300 ms more. */
  load: LongTaskEntry[];
  /** Long tasks while the transcript's scroll area is scrolled from top to bottom. */
  scroll: LongTaskEntry[];
}

/**
 * Loads the episode page in the bare browser (see bareBrowser.ts: no DevTools network agent), waits for the
 * player, then scrolls the transcript from top to bottom, recording long tasks throughout.
 */
export async function loadAndScrollBare(bare: BareBrowser, origin: string, input: EpisodeInput): Promise<LongTaskRun> {
  const page = await bare.newPage(input.episode.duration + 120, [`(${recordLongTasks.toString()})()`]);
  try {
    await page.goto(`${origin}/episodes/${input.episode.slug}`, 'window.__benchLongTasks');
    await page.waitFor(PLAYER_CUED_AND_TAKEN);
    const lines = await page.evaluate<number>(`document.querySelectorAll('${episodeProbe(input).all}').length`);
    if (lines !== input.episode.lines.length) throw new Error(`${lines} of ${input.episode.lines.length} lines shown`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scrollStart = await page.evaluate<number>(`(${scrollTranscript.toString()})(${SCROLL_STEPS})`);
    const tasks = await page.evaluate<LongTaskEntry[]>('window.__benchLongTasks');
    return { load: tasks.filter((t) => t.start < scrollStart), scroll: tasks.filter((t) => t.start >= scrollStart) };
  } finally {
    await bare.closePage(page);
  }
}
