/**
 * When YouTube cannot play, in every engine: the API script does not load, or the video fails with one of
 * YouTube's error codes. The page says so, offers YouTube itself, and the transcript stays usable.
 */
import type { Driver } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { clickLine, LUKE_TURN, pollEpisode, readEpisode, SEED, SEED_VIDEO } from './pages.ts';

/** Clicking lines still marks the moment, and the page's keys still answer without a player. */
async function expectTranscriptStillWorks(tab: Driver) {
  for (const line of [LUKE_TURN[3], LUKE_TURN[1]]) {
    await clickLine(tab, line);
    await pollEpisode(tab, (state) => state.activeLines.map((words) => words.slice(0, line.length))).toEqual([line]);
    await pollEpisode(tab, (state) => state.copyLink).toBe(`Copy link at ${line.slice(0, 5)}`);
  }
  await tab.press('k');
  await tab.press('n');
  await pollEpisode(tab, (state) => state.activeChapter).toMatch(/^38:35 Message Preparation/);
}

test('the API cannot load: the video area says so, links to YouTube, and the transcript works', async ({
  tab,
  youtube,
}) => {
  await youtube({ api: 'fail' });
  await tab.goto(`${SEED}?t=1826`);
  await pollEpisode(tab, (state) => state.alert).toMatch(/YouTube player could not load/i);
  const shown = await readEpisode(tab);
  expect(shown.watchOnYouTube).toBe(`https://www.youtube.com/watch?v=${SEED_VIDEO}&t=1826s`);
  expect(shown.iframes).toBe(0);
  expect(shown.activeLines[0]).toMatch(/^30:26 There are two/);
  expect(await tab.evaluate(() => 'YT' in window, null), 'no YouTube API in the page').toBe(false);
  await expectTranscriptStillWorks(tab);
});

test('the video fails (error 150): a clear message replaces it, and the transcript works', async ({ tab, youtube }) => {
  await youtube({ api: 'serve', options: { errorCode: 150 } });
  await tab.goto(SEED);
  await pollEpisode(tab, (state) => state.alert).toMatch(/owner does not allow it to be played outside YouTube/i);
  await pollEpisode(tab, (state) => state.players.map((player) => player.destroyed)).toEqual([true]);
  const shown = await readEpisode(tab);
  expect(shown.alert).not.toMatch(/undefined|null|NaN/);
  expect(shown.iframes).toBe(0);
  expect(shown.watchOnYouTube).toBe(`https://www.youtube.com/watch?v=${SEED_VIDEO}`);
  await expectTranscriptStillWorks(tab);
});
