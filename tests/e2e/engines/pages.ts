/**
 * What the cross-engine journeys read and do on the app's pages, through nothing but `Driver.evaluate` and
 * CSS selectors, so that every engine answers the same questions the same way.
 *
 * `readEpisode` takes one snapshot of the episode page (the active line and where it sits in the transcript,
 * the chapter, "Back to now", the alert, the fake player), for `expect.poll` to wait on. Elements that are
 * found by their words (a line by its clock, a button by its name) are marked with a `data-engine-target`
 * attribute and then clicked by that selector, so each engine's own click is used.
 */
import type { Driver } from './driver.ts';
import { expect } from './fixtures.ts';

export const SEED = '/episodes/s12e06-preparing-for-data-science-interview';
export const SEED_VIDEO = 'NnZjlMowkWA';
export const LUKE_SECTION = 'Interviewer Research: personality signals and communication matching';
/** Luke's turn at 30:26 (one `sec` split into three paragraphs), then Alexey's reply. */
export const LUKE_TURN = [
  '30:26 There are two elements to that.',
  '31:08 The person internally that you work with',
  '32:01 If you don',
  "32:27 But it doesn't mean that I behave like that",
] as const;

export const CUED = 5;
export const PLAYING = 1;
export const PAUSED = 2;

export type Placement = 'inside' | 'partly' | 'above' | 'below';

export interface EpisodeState {
  /** The words of each line marked `aria-current` (its clock, a space, its text). */
  activeLines: string[];
  /** Where the active line sits in the transcript's own scroll area (see tests/e2e/episode.ts). */
  activePlacement: Placement | null;
  activeSection: string | null;
  activeChapter: string | null;
  copyLink: string | null;
  /** The accessible name of "Back to now" while it is shown, else null. */
  backToNow: string | null;
  alert: string | null;
  watchOnYouTube: string | null;
  iframes: number;
  /** The fake player's state once the app has the player and has heard all its events, else null. */
  settledState: number | null;
  player: { time: number; reportedTime: number; state: number; start: unknown } | null;
  players: Array<{ destroyed: boolean }>;
  seeks: number[];
  transcriptScrollTop: number;
  pageScrollY: number;
  pageScrollWidth: number;
  innerWidth: number;
  /** The words of the focused element, or its tag when it has none. */
  focused: string | null;
  focusedIsLine: boolean;
  dialogOpen: boolean;
}

/** One snapshot of the episode page (self-contained: it runs in the page). */
export function readEpisode(tab: Driver): Promise<EpisodeState> {
  return tab.evaluate(() => {
    const words = (element: Element | null | undefined) =>
      element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    const shown = (element: Element | null) => !!element && element.getClientRects().length > 0;
    const scroller = document.querySelector('.transcript-scroll');
    const active = [...document.querySelectorAll('[data-line][aria-current="true"]')];

    let activePlacement: Placement | null = null;
    const line = active[0];
    if (scroller && line) {
      const box = scroller.getBoundingClientRect();
      const own = line.getBoundingClientRect();
      const stuck = [...scroller.querySelectorAll('.section-header')]
        .map((header) => header.getBoundingClientRect())
        .find((header) => Math.abs(header.top - box.top) < 2 && header.height > 0);
      const top = stuck ? stuck.bottom : box.top;
      if (own.bottom <= top + 1) activePlacement = 'above';
      else if (own.top >= box.bottom - 1) activePlacement = 'below';
      else if (own.top >= top - 1 && own.bottom <= box.bottom + 1) activePlacement = 'inside';
      else {
        const tall = own.height > box.bottom - top;
        activePlacement = tall && own.top >= top - 1 && own.bottom >= box.bottom ? 'inside' : 'partly';
      }
    }

    const buttons = [...document.querySelectorAll('button')];
    const copyLink = buttons.map((button) => words(button)!).find((name) => name.startsWith('Copy link at'));
    const backToNow = document.querySelector('.back-to-now');
    const alert = document.querySelector('[role="alert"]');
    const fake = (window as unknown as { __fakeYouTube?: FakeInPage }).__fakeYouTube;
    const current = fake?.current() ?? null;
    const focused = document.activeElement;
    const early = (window as { __earlyPlayer?: { claimed?: boolean } }).__earlyPlayer;
    return {
      activeLines: active.map((element) => words(element)!),
      activePlacement,
      activeSection: words(document.querySelector('h3[aria-current="true"] .section-title')),
      activeChapter: words(document.querySelector('nav[aria-label="Chapters"] button[aria-current="true"]')),
      copyLink: copyLink ?? null,
      backToNow: shown(backToNow) ? backToNow!.getAttribute('aria-label') : null,
      alert: shown(alert) ? words(alert) : null,
      watchOnYouTube: alert?.querySelector('a')?.getAttribute('href') ?? null,
      iframes: document.querySelectorAll('iframe').length,
      // Heard by the app: the player has reached it (the ready mark, and the app has taken the page's early
      // player, which marks its ready before the app runs), and none of its events is on the way.
      settledState:
        fake &&
        fake.pending() === 0 &&
        performance.getEntriesByName('transcript-player:player-ready').length > 0 &&
        (!early || early.claimed === true)
          ? (current?.state ?? null)
          : null,
      player: current && {
        time: current.time,
        reportedTime: current.reportedTime,
        state: current.state,
        start: current.playerVars.start,
      },
      players: fake?.players() ?? [],
      seeks: (fake?.calls ?? []).filter((call) => call.method === 'seekTo').map((call) => Number(call.args[0])),
      transcriptScrollTop: scroller?.scrollTop ?? 0,
      pageScrollY: window.scrollY,
      pageScrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      focused: focused && focused !== document.body ? words(focused) || focused.tagName : null,
      focusedIsLine: !!focused?.matches('[data-line]'),
      dialogOpen: !!document.querySelector('dialog[open]'),
    };
  }, null);
}

interface FakeInPage {
  current(): { time: number; reportedTime: number; state: number; playerVars: Record<string, unknown> } | null;
  pending(): number;
  players(): Array<{ destroyed: boolean }>;
  calls: Array<{ method: string; args: unknown[] }>;
  advance(seconds: number): boolean;
  setTime(seconds: number): void;
  userPlay(): void;
  fail(code: number): void;
}

/**
 * How long a condition may take to come true: generous, because the slower engines on a busy two-core machine
 * take seconds to load and hydrate a page. Polling returns as soon as it is true.
 */
export const CONDITION_TIMEOUT = 20_000;

/** Polls one part of the episode page until it matches. */
export function pollEpisode<T>(tab: Driver, pick: (state: EpisodeState) => T, message?: string) {
  return expect.poll(async () => pick(await readEpisode(tab)), { message, timeout: CONDITION_TIMEOUT });
}

/** Opens an episode and waits until the fake player is ready (cued). */
export async function openEpisode(tab: Driver, path = SEED) {
  await tab.goto(path);
  await pollEpisode(tab, (state) => state.settledState, 'the player is ready').toBe(CUED);
}

/** Plays `seconds` of video, one animation frame per step, so the app's clock sees every step. */
export async function advance(tab: Driver, seconds: number, step = 0.25) {
  await tab.evaluate(
    async ({ seconds, step }) => {
      const fake = (window as unknown as { __fakeYouTube: FakeInPage }).__fakeYouTube;
      for (let done = 0; done < seconds - 1e-9; done += step) {
        fake.advance(Math.min(step, seconds - done));
        await new Promise(requestAnimationFrame);
      }
    },
    { seconds, step },
  );
}

/** The fake's own controls, as the viewer using YouTube's: a far jump on its progress bar, an error. */
export function fakeSetTime(tab: Driver, seconds: number) {
  return tab.evaluate((s) => (window as unknown as { __fakeYouTube: FakeInPage }).__fakeYouTube.setTime(s), seconds);
}
export function fakeFail(tab: Driver, code: number) {
  return tab.evaluate((c) => (window as unknown as { __fakeYouTube: FakeInPage }).__fakeYouTube.fail(c), code);
}

/** Presses K and waits until the player plays. */
export async function play(tab: Driver) {
  await tab.press('k');
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);
}

/**
 * Marks the first element matching `selector` whose words start with `startsWith` and returns a selector for
 * it, waiting for it to be there (a part of the page whose code loads after the page's: the resume offer, the
 * passage bar); fails when there is none within CONDITION_TIMEOUT.
 */
export async function find(tab: Driver, selector: string, startsWith: string): Promise<string> {
  const mark = () =>
    tab.evaluate(
      ({ selector, startsWith }) => {
        for (const old of document.querySelectorAll('[data-engine-target]')) old.removeAttribute('data-engine-target');
        const element = [...document.querySelectorAll(selector)].find((candidate) =>
          (
            candidate.getAttribute('aria-label') ?? (candidate.textContent ?? '').replace(/\s+/g, ' ').trim()
          ).startsWith(startsWith),
        );
        element?.setAttribute('data-engine-target', '');
        return !!element;
      },
      { selector, startsWith },
    );
  await expect
    .poll(mark, { message: `an element ${selector} named "${startsWith}…"`, timeout: CONDITION_TIMEOUT })
    .toBe(true);
  return '[data-engine-target]';
}

export const lineSelector = '.transcript [data-line]';

/** Clicks the transcript line whose words start with `words` (its clock, then its text). */
export async function clickLine(tab: Driver, words: string) {
  await tab.click(await find(tab, lineSelector, words));
}

export async function clickButton(tab: Driver, name: string) {
  await tab.click(await find(tab, 'button', name));
}

/** The active line is the one expected, and wholly in view in the transcript. */
export async function expectActive(tab: Driver, startsWith: string, when = '') {
  await pollEpisode(tab, (state) => state.activeLines.map((line) => line.slice(0, startsWith.length))).toEqual([
    startsWith,
  ]);
  await pollEpisode(tab, (state) => state.activePlacement, `the active line (${startsWith}) is in view ${when}`).toBe(
    'inside',
  );
}

/** Waits until the transcript has stopped scrolling (ten still frames) and returns its scrollTop. */
export function settledScrollTop(tab: Driver): Promise<number> {
  return tab.evaluate(async () => {
    const scroller = document.querySelector('.transcript-scroll')!;
    let last = -1;
    let still = 0;
    while (still < 10) {
      await new Promise(requestAnimationFrame);
      still = scroller.scrollTop === last ? still + 1 : 0;
      last = scroller.scrollTop;
    }
    return last;
  }, null);
}
