/**
 * Search inside an episode (the `/` field above the transcript): time from the last key of a query, typed key
 * by key, to the end of the frame that paints its result (the count final and a mark of it in view); and,
 * in separate runs in the bare browser, the long tasks while typing.
 *
 * Two queries: one with many matches (a word said everywhere, and every keystroke on the way matches
 * thousands: "t", "th") and one with few (a phrase said twice), whose current match is usually out of view,
 * so painting it includes the scroll that brings it in. The number of matches the page must count is worked
 * out here with the app's own index (src/search/episodeSearch.ts), as inputs.ts compiles the episodes with
 * the app's own compiler.
 *
 * Each query starts from a closed field: `/` opens it, the query is typed, the page settles (marks published
 * in chunks, src/search/markHub.ts), Escape closes it and the page settles again.
 */
import type { Browser, Page } from '@playwright/test';
import { speakerNames } from '../../src/episodes/layout.ts';
import { timingOf } from '../../src/episodes/pageData.ts';
import { createEpisodeIndex, searchTargets } from '../../src/search/episodeSearch.ts';
import { foldQuery } from '../../src/search/fold.ts';
import type { BareBrowser, BarePage } from './bareBrowser.ts';
import { offlineContext, withTimeout } from './browser.ts';
import type { EpisodeInput } from './inputs.ts';
import { episodeProbe, PLAYER_CUED_AND_TAKEN, waitForPlayerCued } from './measureLoad.ts';
import {
  armEpisodeMatchesProbe,
  installLoadProbe,
  recordLongTasks,
  settleDom,
  type LoadWindow,
  type LongTaskEntry,
  type MatchesProbeArgs,
  type SearchPaintTimes,
  type SearchProbeWindow,
} from './pageScripts.ts';
import { typeKeys, typeKeysBare } from './typing.ts';

export interface EpisodeQuery {
  id: 'many' | 'few';
  text: string;
}

/** "the": 603 matches at 4,000 lines, 2,382 at 15,000; "machine learning": 2 in each. */
export const EPISODE_QUERIES: readonly EpisodeQuery[] = [
  { id: 'many', text: 'the' },
  { id: 'few', text: 'machine learning' },
];

/** How many matches the app finds for `text` in the episode: its own targets and index, in Node. */
export function expectedMatches(input: EpisodeInput, text: string): number {
  const { lines, sections, speakers } = input.episode;
  const targets = searchTargets(
    timingOf(lines),
    sections,
    speakerNames(speakers),
    lines.map((line) => line.text),
  );
  return createEpisodeIndex(targets).find(text).length;
}

export interface QueryTiming {
  id: EpisodeQuery['id'];
  times: SearchPaintTimes;
}

/** Settled: nothing in the transcript changed for 10 frames (at most 10 s). */
const SETTLE = { selector: '.transcript-scroll', quietFrames: 10, timeoutMs: 10_000 };
/** Between opening the field and the first key, as a reader takes a moment. */
const BEFORE_TYPING_MS = 300;

const probeArgs = (input: EpisodeInput, query: EpisodeQuery): MatchesProbeArgs => ({
  folded: foldQuery(query.text),
  matches: expectedMatches(input, query.text),
});

async function timeQuery(page: Page, input: EpisodeInput, query: EpisodeQuery): Promise<SearchPaintTimes> {
  await page.keyboard.press('/');
  await page.locator('#transcript-search').waitFor({ state: 'visible' });
  await page.waitForTimeout(BEFORE_TYPING_MS);
  await page.evaluate(armEpisodeMatchesProbe, probeArgs(input, query));
  await typeKeys(page, query.text);
  const times = await withTimeout(
    page.evaluate(() => (window as unknown as SearchProbeWindow).__benchSearch),
    30_000,
    async () => {
      const count = await page.locator('#transcript-search-count').textContent();
      return `"${query.text}": the matches were never painted (the count says "${count}")`;
    },
  );
  await page.evaluate(settleDom, SETTLE);
  await page.keyboard.press('Escape');
  await page.evaluate(settleDom, SETTLE);
  return times;
}

/**
 * One page load of the episode, then `repeats` rounds of every query in EPISODE_QUERIES. The page is loaded
 * with the load probe (to know when every line is in) and waits for the player, as a reader's would be.
 */
export async function searchEpisode(
  browser: Browser,
  origin: string,
  input: EpisodeInput,
  repeats: number,
): Promise<{ timings: QueryTiming[]; blocked: string[] }> {
  const { context, blocked } = await offlineContext(browser, input.episode.duration + 120);
  try {
    await context.addInitScript(installLoadProbe, episodeProbe(input));
    const page = await context.newPage();
    await page.goto(`${origin}/episodes/${input.episode.slug}`, { waitUntil: 'commit' });
    await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
    await waitForPlayerCued(page);
    await page.waitForTimeout(300);
    const timings: QueryTiming[] = [];
    for (let round = 0; round < repeats; round++) {
      for (const query of EPISODE_QUERIES) timings.push({ id: query.id, times: await timeQuery(page, input, query) });
    }
    return { timings, blocked };
  } finally {
    await context.close();
  }
}

export interface TypingLongTasks {
  id: EpisodeQuery['id'];
  /** Long tasks from the query's first key until the page has settled. */
  tasks: LongTaskEntry[];
}

const evaluateIn = <T>(page: BarePage, fn: (args: never) => unknown, args: unknown) =>
  page.evaluate<T>(`(${fn.toString()})(${JSON.stringify(args)})`);

/**
 * The long tasks while typing each query once, in the bare browser (bareBrowser.ts): no DevTools network
 * agent and no probe checking frames, only the `PerformanceObserver('longtask')` installed before the app.
 */
export async function typeInEpisodeBare(
  bare: BareBrowser,
  origin: string,
  input: EpisodeInput,
): Promise<TypingLongTasks[]> {
  const page = await bare.newPage(input.episode.duration + 120, [`(${recordLongTasks.toString()})()`]);
  try {
    await page.goto(`${origin}/episodes/${input.episode.slug}`, 'window.__benchLongTasks');
    await page.waitFor(PLAYER_CUED_AND_TAKEN);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result: TypingLongTasks[] = [];
    for (const query of EPISODE_QUERIES) {
      await page.press('/');
      await page.waitFor(`document.activeElement?.id === 'transcript-search'`);
      await new Promise((resolve) => setTimeout(resolve, BEFORE_TYPING_MS));
      const from = await page.evaluate<number>('performance.now()');
      await typeKeysBare(page, query.text);
      await evaluateIn(page, settleDom, SETTLE);
      const tasks = await page.evaluate<LongTaskEntry[]>('window.__benchLongTasks');
      result.push({ id: query.id, tasks: tasks.filter((task) => task.start >= from) });
      await page.press('Escape');
      await evaluateIn(page, settleDom, SETTLE);
    }
    return result;
  } finally {
    await bare.closePage(page);
  }
}

/** The inputs whose search is measured: the two the budgets name (the seed and 1,000 lines are no harder). */
export const SEARCH_INPUTS: readonly string[] = ['lines-4000', 'lines-15000'];
