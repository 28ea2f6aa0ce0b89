/**
 * The player starts before the app (src/player/earlyPlayer.ts): the prerendered page asks for YouTube's API
 * and makes the player while the app's code is still on its way; the app takes that same player over when it
 * runs. Here the app's scripts are held back until the test lets them through, to see the page without them.
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
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

/** Holds every script of the site's own back until the returned function is called. */
async function holdAppScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const taken = (page: Page) => page.evaluate(() => window.__earlyPlayer?.claimed === true);

test('with ?t=1826 the player is made and cued there before the app runs, and the app drives that player', async ({
  page,
  fake,
}) => {
  const release = await holdAppScripts(page);
  await page.goto(`${SEED}?t=1826`, { waitUntil: 'commit' });
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
  const release = await holdAppScripts(page);
  await page.goto(`${SEED}?t=30:26`, { waitUntil: 'commit' });
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
