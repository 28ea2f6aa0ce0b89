/**
 * The reader takes over in every engine: scrolling the transcript (the wheel, or PageDown from a focused
 * line) pauses following, and "Back to now" points the way back and resumes it.
 */
import type { Driver } from './driver.ts';
import { expect, test } from './fixtures.ts';
import {
  advance,
  clickButton,
  expectActive,
  LUKE_TURN,
  openEpisode,
  play,
  pollEpisode,
  readEpisode,
  SEED,
  settledScrollTop,
} from './pages.ts';

/** Opens the seed at Luke's turn and plays it, following. */
async function playAtLukesTurn(tab: Driver) {
  await openEpisode(tab, `${SEED}?t=1826`);
  await play(tab);
  await expectActive(tab, LUKE_TURN[0]);
  expect((await readEpisode(tab)).backToNow).toBeNull();
}

/** Time passes and the highlight moves on, but the transcript stays where the reader put it. */
async function expectNotFollowing(tab: Driver) {
  const before = await settledScrollTop(tab);
  await advance(tab, 50, 5); // 30:26 → 31:16: the next paragraph becomes active
  await pollEpisode(tab, (state) => state.activeLines[0]?.slice(0, LUKE_TURN[1].length)).toBe(LUKE_TURN[1]);
  expect(await settledScrollTop(tab), 'the transcript did not scroll by itself').toBe(before);
  expect((await readEpisode(tab)).activePlacement, 'the active line is out of sight').not.toBe('inside');
}

/** "Back to now" resumes following: the active line comes back into view and stays there. */
async function expectBackToNowResumes(tab: Driver) {
  await clickButton(tab, 'Back to now');
  await pollEpisode(tab, (state) => state.backToNow).toBeNull();
  await expectActive(tab, LUKE_TURN[1], 'after "Back to now"');
  await advance(tab, 54, 6); // 32:10: the third paragraph
  await expectActive(tab, LUKE_TURN[2], 'as playback goes on');
}

test('wheeling down pauses following; "Back to now" says the line is above and brings it back', async ({ tab }) => {
  await playAtLukesTurn(tab);
  await tab.wheel('.transcript-scroll', 2500);
  await pollEpisode(tab, (state) => state.activePlacement).toBe('above');
  await pollEpisode(tab, (state) => state.backToNow).toBe('Back to now, the current line is above');
  await expectNotFollowing(tab);
  await expectBackToNowResumes(tab);
});

test('PageDown while a line has keyboard focus pauses following; "Back to now" brings it back', async ({ tab }) => {
  await playAtLukesTurn(tab);
  // A keyboard reader's focus is on the spoken line (the transcript's one tab stop). Scrollable areas are not
  // focusable in every engine (WebKit's are not), so the line is where PageDown is pressed.
  await tab.evaluate(() => document.querySelector<HTMLElement>('[data-line][aria-current="true"]')!.focus(), null);
  expect((await readEpisode(tab)).focusedIsLine).toBe(true);
  const start = await settledScrollTop(tab);
  for (let press = 0; press < 3; press++) await tab.press('PageDown');
  expect(await settledScrollTop(tab), 'PageDown scrolled the transcript').toBeGreaterThan(start);
  await pollEpisode(tab, (state) => state.activePlacement).toBe('above');
  await pollEpisode(tab, (state) => state.backToNow).toBe('Back to now, the current line is above');
  await expectNotFollowing(tab);
  await expectBackToNowResumes(tab);
});
