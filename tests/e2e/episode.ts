/**
 * What the journeys share about the episode page: the test episodes, locators that follow the page's
 * accessibility contract, and measurements of the transcript's own scroll area.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, FakeYouTube } from './harness.ts';

export const SEED_SLUG = 's12e06-preparing-for-data-science-interview';
export const SEED = `/episodes/${SEED_SLUG}`;
export const SEED_TITLE = 'Master ML & Data Science Technical Interviews: Recruiter-Proven Stages, Prep & Resources';
export const SEED_VIDEO = 'NnZjlMowkWA';
export const NO_VIDEO = '/episodes/no-video';
export const XSS = '/episodes/xss';

/** Luke's turn at 30:26 is one `sec` split into three paragraphs (the last two estimated), then Alexey. */
export const LUKE_TURN = [
  { clock: '30:26', text: 'There are two elements to that.' },
  { clock: '31:08', text: 'The person internally that you work with' },
  { clock: '32:01', text: "If you don't match" },
  { clock: '32:27', text: "But it doesn't mean that I behave like that" },
] as const;
export const LUKE_SECTION = 'Interviewer Research: personality signals and communication matching';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The accessible name of a line: its clock, then its words. */
export const lineName = (clock: string, text = '') => new RegExp(`^${escape(clock)} ${escape(text)}`);

/** The parts of the episode page the journeys look at, found the way assistive technology finds them. */
export function episodePage(page: Page) {
  const transcript = page.getByRole('region', { name: 'Transcript' });
  const chapters = page.getByRole('navigation', { name: 'Chapters' });
  return {
    transcript,
    /** The transcript's own scroll area. */
    scroller: page.locator('.transcript-scroll'),
    line: (clock: string, text = '') => transcript.getByRole('button', { name: lineName(clock, text) }),
    lines: transcript.getByRole('button', { name: /^\d+:\d\d/ }),
    activeLine: transcript.locator('[role="button"][aria-current="true"]'),
    activeSection: transcript.locator('h3[aria-current="true"]'),
    chapters,
    chapter: (clock: string, title: string) => chapters.getByRole('button', { name: `${clock} ${title}` }),
    activeChapter: chapters.locator('button[aria-current="true"]'),
    copyLinkAt: page.getByRole('button', { name: /^Copy link at/ }),
    backToNow: page.getByRole('button', { name: /Back to now/ }),
    notice: page.getByRole('status').filter({ hasText: /copied|Could not copy/ }),
  };
}

/** Opens an episode and waits until the fake player is ready (cued): from then on the page drives it. */
export async function openEpisode(page: Page, fake: FakeYouTube, path = SEED) {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await expect.poll(() => fake.settledState(), { message: 'the player is ready' }).toBe(CUED);
  return episodePage(page);
}

/** Opens a link in a new page of the same context (offline, with its own fake player), once its player is ready. */
export async function openInNewPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const fake = FakeYouTube.of(page);
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await expect.poll(() => fake.settledState(), { message: "the new page's player is ready" }).toBe(CUED);
  return { page, fake, episode: episodePage(page) };
}

/** The player's state, once the page has heard about it (poll it). */
export function playerState(fake: FakeYouTube) {
  return fake.settledState();
}

export const PLAYING = 1;
export const PAUSED = 2;
export const CUED = 5;

export type Placement = 'inside' | 'partly' | 'above' | 'below';

/**
 * Where an element sits in the transcript's scroll area: wholly `inside` the part a reader sees (below the
 * sticky section header; a paragraph taller than that part counts when it starts there), `partly` visible,
 * or out of sight `above` or `below` (entirely hidden under the sticky header counts as above).
 */
export function placement(element: Locator): Promise<Placement> {
  return element.evaluate((node) => {
    const scroller = node.closest('.transcript-scroll')!;
    const box = scroller.getBoundingClientRect();
    const own = node.getBoundingClientRect();
    // A section header stuck to the top of the scroll area hides what is under it.
    const stuck = [...scroller.querySelectorAll('.section-header')]
      .map((header) => header.getBoundingClientRect())
      .find((header) => Math.abs(header.top - box.top) < 2 && header.height > 0);
    const top = stuck ? stuck.bottom : box.top;
    if (own.bottom <= top + 1) return 'above';
    if (own.top >= box.bottom - 1) return 'below';
    if (own.top >= top - 1 && own.bottom <= box.bottom + 1) return 'inside';
    // A paragraph taller than what can be seen is in view when it starts in view and fills the rest.
    const tall = own.height > box.bottom - top;
    return tall && own.top >= top - 1 && own.bottom >= box.bottom ? 'inside' : 'partly';
  });
}

/** The first line wholly visible in the transcript, as a locator by its accessible name. */
export async function firstLineInView(page: Page): Promise<Locator> {
  const found = await page.locator('.transcript-scroll').evaluate((scroller) => {
    const box = scroller.getBoundingClientRect();
    for (const line of scroller.querySelectorAll<HTMLElement>('[data-line]')) {
      const own = line.getBoundingClientRect();
      // Below any sticky header (a generous 80px) and above the bottom edge.
      if (own.top >= box.top + 80 && own.bottom <= box.bottom)
        return {
          clock: line.querySelector('.line-time')!.textContent!,
          text: line.querySelector('.line-text')!.textContent!,
        };
    }
    return null;
  });
  if (!found) throw new Error('no transcript line is wholly in view');
  return episodePage(page).line(found.clock, found.text.slice(0, 40));
}

/** The active line is wholly visible in the transcript (polled: following scrolls smoothly). */
export async function expectActiveLineInView(page: Page, when = '') {
  const { activeLine } = episodePage(page);
  await expect(activeLine).toHaveCount(1);
  const line = (await activeLine.textContent())?.slice(0, 60);
  await expect
    .poll(() => placement(activeLine), { message: `the active line (${line}…) is in view ${when}` })
    .toBe('inside');
}

/**
 * Plays from 30:26 (the page opened at `?t=1826`, playing) through Luke's turn to 32:27, in advances of `step`
 * seconds, and after each line change expects that line active and `inView` (a check of where it sits).
 */
export async function playThroughLukesTurn(
  page: Page,
  fake: FakeYouTube,
  step: number,
  inView: (page: Page, when: string) => Promise<void>,
) {
  const { activeLine } = episodePage(page);
  for (const [index, seconds] of [
    [1, 42],
    [2, 53],
    [3, 26],
  ] as const) {
    await fake.advance(seconds, step);
    await expect(activeLine).toHaveAccessibleName(lineName(LUKE_TURN[index].clock, LUKE_TURN[index].text));
    await inView(page, `at ${LUKE_TURN[index].clock}`);
  }
}

/** Waits until the transcript has stopped scrolling (smooth scrolls take a few frames) and returns scrollTop. */
export async function settledScrollTop(page: Page): Promise<number> {
  return page.locator('.transcript-scroll').evaluate(async (scroller) => {
    let last = -1;
    let still = 0;
    while (still < 10) {
      await new Promise(requestAnimationFrame);
      still = scroller.scrollTop === last ? still + 1 : 0;
      last = scroller.scrollTop;
    }
    return last;
  });
}

/**
 * Starts writing down, in the page, every line that becomes the active one (its clock), so a test can check
 * the order the highlight went through and that it never flashed elsewhere.
 */
export async function recordActiveLines(page: Page) {
  await page.evaluate(() => {
    const log: string[] = [];
    const scope = window as unknown as { __activeLines: string[] };
    scope.__activeLines = log;
    const transcript = document.querySelector('.transcript')!;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as HTMLElement;
        if (target.matches('[data-line][aria-current="true"]'))
          log.push(target.querySelector('.line-time')?.textContent ?? '?');
      }
    }).observe(transcript, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  });
  return {
    /** The clocks of the lines that became active, in order, since recording started. */
    lines: () => page.evaluate(() => [...(window as unknown as { __activeLines: string[] }).__activeLines]),
  };
}
