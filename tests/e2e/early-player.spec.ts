/**
 * The player starts before the app (src/player/earlyPlayer.ts): the prerendered page asks for YouTube's API
 * and makes the player while the app's code is still on its way, and from the player's onReady its script is
 * the page's controls (a click on a line seeks there and plays, `k` plays or pauses); the app takes that same
 * player over when it runs. Here the app's scripts are held back until the test lets them through, to see the
 * page without them.
 */
import type { Page } from '@playwright/test';
import {
  episodePage,
  expectActiveLineInView,
  lineName,
  LUKE_TURN,
  openEpisode,
  PLAYING,
  playerState,
  SEED,
  SEED_TITLE,
  SEED_VIDEO,
} from './episode.ts';
import { expect, holdAppScripts, LEAN_TRACE, test, type FakeYouTube } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const taken = (page: Page) => page.evaluate(() => window.__earlyPlayer?.claimed === true);

/** The early player is ready and its controls are live. */
const live = (page: Page) => page.evaluate(() => window.__earlyPlayer?.live === true);

const readyMarks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('transcript-player:player-ready', 'mark').length);

/** What the page asked of the player, oldest first, as `[method, ...args]`. */
const asked = async (fake: FakeYouTube) => (await fake.calls()).map(({ method, args }) => [method, ...args]);

/** Opens `path` with the app's scripts held back, to see the page without them; the function lets them through. */
async function openWithoutApp(page: Page, path = SEED): Promise<() => void> {
  const release = await holdAppScripts(page);
  await page.goto(path, { waitUntil: 'commit' });
  return release;
}

/** Once the app has made again the last early click it had to (a task after it took the clicks over). */
async function afterClickReplay(page: Page) {
  await expect.poll(() => page.evaluate(() => window.__earlyClicks === null)).toBe(true);
  await page.evaluate(() => new Promise((done) => setTimeout(done)));
}

test("the page asks for YouTube's API first, at high priority, before its own styles and code", async ({
  page,
  request,
}) => {
  const html = await (await request.get(SEED)).text();
  const early = html.search(/<script>[^<]*__earlyPlayer/);
  expect(early, 'the early script, governed by the policy before it').toBeGreaterThan(
    html.search(/<meta http-equiv="Content-Security-Policy"/),
  );
  for (const later of [/<style>/, /<script type="module"/, /<link rel="modulepreload"/])
    expect(early, String(later)).toBeLessThan(html.search(later));

  await page.goto(SEED);
  const api = page.locator('script[src*="//www.youtube.com/iframe_api"]');
  expect(await api.evaluate((script: HTMLScriptElement) => script.fetchPriority)).toBe('high');
});

test('before the app runs, k plays and a click on a line seeks there and plays; the app then shows it, nothing done twice', async ({
  page,
  fake,
}) => {
  const release = await openWithoutApp(page);
  const episode = episodePage(page);
  await expect.poll(() => live(page), 'the early player is ready').toBe(true);
  expect(await readyMarks(page), 'marked ready by the early script').toBe(1);

  await page.keyboard.press('k');
  await expect.poll(async () => (await fake.current())?.state).toBe(PLAYING);
  const [, , spoken] = LUKE_TURN;
  await episode.line(spoken.clock, spoken.text).click();
  await expect.poll(() => fake.current()).toMatchObject({ time: 32 * 60 + 1, state: PLAYING });
  expect(await asked(fake)).toEqual([['playVideo'], ['seekTo', 1921, true], ['playVideo']]);
  expect(await taken(page), 'the app has not run').toBe(false);

  release();
  await expect.poll(() => fake.settledState()).toBe(PLAYING);
  await expect(episode.activeLine).toHaveAccessibleName(lineName(spoken.clock, spoken.text));
  await afterClickReplay(page);
  expect(await readyMarks(page), 'the app made no second mark').toBe(1);
  // The app knows the video is playing: its clock follows it to the next line.
  await fake.setTime(32 * 60 + 27.5);
  await fake.advance(0.5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[3].clock, LUKE_TURN[3].text));
  expect(await asked(fake), 'no seek or play made again').toEqual([
    ['playVideo'],
    ['seekTo', 1921, true],
    ['playVideo'],
  ]);

  // From now on the app alone answers: one seek and one play for a click.
  await episode.line(LUKE_TURN[0].clock, LUKE_TURN[0].text).click();
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[0].clock, LUKE_TURN[0].text));
  await expect
    .poll(() => asked(fake))
    .toEqual([['playVideo'], ['seekTo', 1921, true], ['playVideo'], ['seekTo', 1826, true], ['playVideo']]);
});

test('before the app runs, sections out of view skip layout; once it has taken the page, every section is laid out', async ({
  page,
}) => {
  const release = await openWithoutApp(page);
  const sections = page.locator('.transcript-section');
  const visibility = () => sections.last().evaluate((section) => getComputedStyle(section).contentVisibility);
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered');
  expect(await visibility(), 'the page as the build wrote it').toBe('auto');
  expect(await sections.count()).toBeGreaterThan(1);

  release();
  await expect.poll(() => taken(page), 'the app took the player').toBe(true);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(await visibility(), 'the live page').toBe('visible');
});

test('`/` and a query typed before the app runs open the search with that query once it does; k in it plays nothing', async ({
  page,
  fake,
}) => {
  const release = await openWithoutApp(page);
  await expect.poll(() => live(page), 'the early player is ready').toBe(true);
  await page.keyboard.press('/');
  await page.keyboard.type('interview k');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  expect(await taken(page), 'the app has not run').toBe(false);

  release();
  const field = page.getByRole('searchbox', { name: 'Search the transcript' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('interview');
  await expect(page.locator('#transcript-search-count')).toHaveText(/^1 of \d+$/);
  // The next key adds to the query.
  await page.keyboard.type('s');
  await expect(field).toHaveValue('interviews');
  expect(await asked(fake), 'k was a letter, not play').toEqual([]);
});

test.describe('a video that refuses to play here', () => {
  test.use({ youtube: { api: 'serve', options: { errorCode: 150 } } });

  test('before the app runs, a click on a line is left to the app, which explains why there is no video', async ({
    page,
    fake,
  }) => {
    const release = await openWithoutApp(page);
    const failed = () => page.evaluate(() => window.__earlyPlayer?.events.some(([name]) => name === 'error'));
    await expect.poll(failed, 'the early player heard the error').toBe(true);
    expect(await live(page)).toBe(false);
    await episodePage(page).line(LUKE_TURN[0].clock, LUKE_TURN[0].text).click();
    expect(await asked(fake)).toEqual([]);

    release();
    await expect(page.getByRole('alert')).toContainText('does not allow it to be played outside YouTube');
    await expect(episodePage(page).activeLine).toHaveAccessibleName(lineName(LUKE_TURN[0].clock, LUKE_TURN[0].text));
  });
});

test('with ?t=1826 the player is made and cued there before the app runs, and the app drives that player', async ({
  page,
  fake,
}) => {
  const release = await openWithoutApp(page, `${SEED}?t=1826`);
  // Module scripts run before DOMContentLoaded: the page waits on them, parsed and on screen.
  await expect.poll(() => fake.players()).toEqual([{ videoId: SEED_VIDEO, destroyed: false, start: 1826 }]);
  await expect(page.locator('.video iframe')).toHaveAttribute('title', SEED_TITLE);
  expect(await taken(page), 'the app has not run').toBe(false);

  release();
  await expect.poll(() => taken(page)).toBe(true);
  await expect.poll(() => fake.settledState()).toBe(5);
  // The same player, not a second one made by the app.
  expect(await fake.players()).toEqual([{ videoId: SEED_VIDEO, destroyed: false, start: 1826 }]);
  await expect(page.locator('iframe')).toHaveCount(1);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.setTime(32 * 60 + 1.5); // 32:01
  await fake.advance(0.5);
  await expect(episodePage(page).activeLine).toHaveAccessibleName(lineName('32:01', LUKE_TURN[2].text));
  await expectActiveLineInView(page);
});

test('a time in another form (?t=30:26) waits for the app to read it, then the player is made there', async ({
  page,
  fake,
}) => {
  const release = await openWithoutApp(page, `${SEED}?t=30:26`);
  // The page is parsed and the API is in (the fake's own object is there), and no player is made at a second
  // the page cannot read.
  await expect(page.locator('[data-early-player]')).toBeAttached();
  await expect.poll(() => page.evaluate(() => typeof window.__fakeYouTube)).toBe('object');
  expect(await fake.players()).toEqual([]);

  release();
  await expect.poll(() => fake.players()).toEqual([{ videoId: SEED_VIDEO, destroyed: false, start: 1826 }]);
  await expect.poll(() => fake.settledState()).toBe(5);
});

test('a time past the episode is clamped to its end before the app runs, as the app clamps it', async ({
  page,
  fake,
}) => {
  await openEpisode(page, fake, `${SEED}?t=99999`);
  const end = Number(await page.locator('[data-early-player]').getAttribute('data-end'));
  expect(end).toBeGreaterThan(3000);
  expect(await fake.players()).toEqual([{ videoId: SEED_VIDEO, destroyed: false, start: Math.floor(end) }]);
});
