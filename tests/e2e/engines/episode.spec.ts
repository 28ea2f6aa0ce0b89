/**
 * The episode page's core journeys in every engine: opening at `?t=` (desktop and phone width), the highlight
 * following playback, clicking a line or a chapter to seek.
 */
import { DESKTOP, PHONE } from './driver.ts';
import { expect, test } from './fixtures.ts';
import {
  advance,
  clickButton,
  clickLine,
  CUED,
  expectActive,
  fakeSetTime,
  LUKE_SECTION,
  LUKE_TURN,
  openEpisode,
  play,
  PLAYING,
  pollEpisode,
  readEpisode,
  SEED,
} from './pages.ts';

for (const [device, size] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`?t=1826 on a ${device} opens at 30:26: that line highlighted and in view, the video cued there`, async ({
    tab,
  }) => {
    const viewport = await tab.setViewport(size);
    // WebKit's window stops at about 447 px: still a phone's layout (the breakpoint is 50rem).
    expect(viewport.width).toBeLessThanOrEqual(device === 'phone' ? 450 : size.width);
    await openEpisode(tab, `${SEED}?t=1826`);

    await expectActive(tab, LUKE_TURN[0], 'after opening at ?t=1826');
    const opened = await readEpisode(tab);
    expect(opened.activeChapter).toBe(`30:26 ${LUKE_SECTION}`);
    expect(opened.copyLink).toBe('Copy link at 30:26');
    expect(opened.player).toMatchObject({ start: 1826, time: 1826, state: CUED });
    expect(opened.pageScrollWidth, 'nothing scrolls sideways').toBeLessThanOrEqual(opened.innerWidth);

    // One play starts there, with no second seek.
    await play(tab);
    await advance(tab, 2);
    expect((await readEpisode(tab)).player?.time).toBe(1828);
    for (const seek of (await readEpisode(tab)).seeks) expect(seek).toBe(1826);
    await expectActive(tab, LUKE_TURN[0]);
  });
}

test("the highlight, section and chapter follow playback through Luke's turn, the page itself still", async ({
  tab,
}) => {
  await openEpisode(tab, `${SEED}?t=1815`);
  await play(tab);
  await advance(tab, 11, 1); // 1826
  await expectActive(tab, LUKE_TURN[0]);
  const atTurn = await readEpisode(tab);
  expect(atTurn.activeSection).toBe(LUKE_SECTION);
  expect(atTurn.activeChapter).toBe(`30:26 ${LUKE_SECTION}`);

  await advance(tab, 43, 4); // 1869
  await expectActive(tab, LUKE_TURN[1]);
  await advance(tab, 53, 4); // 1922
  await expectActive(tab, LUKE_TURN[2]);
  await advance(tab, 26, 2); // 1948
  await expectActive(tab, LUKE_TURN[3]);
  await pollEpisode(tab, (state) => state.copyLink).toBe('Copy link at 32:28');
  expect((await readEpisode(tab)).pageScrollY, 'following scrolls the transcript, not the page').toBe(0);
});

test('a far jump on YouTube’s own progress bar takes the highlight there, in view', async ({ tab }) => {
  await openEpisode(tab);
  await play(tab);
  await advance(tab, 150, 5);
  await expectActive(tab, '2:29 Exactly. Yeah');
  for (const [time, clock] of [
    [1830, '30:26 '],
    [3030, '50:23 '],
    [200, '3:12 '],
  ] as const) {
    await fakeSetTime(tab, time);
    await advance(tab, 1);
    await expectActive(tab, clock, `after the jump to ${time} s`);
  }
});

test('clicking a line seeks there and plays; the highlight moves at once and stays', async ({ tab, youtube }) => {
  // Like the real player, the fake reports the old time for a few frames after a seek.
  await youtube({ api: 'serve', options: { seekLatency: 6 } });
  await openEpisode(tab);

  await clickLine(tab, LUKE_TURN[3]);
  const clicked = await readEpisode(tab);
  expect(clicked.activeLines.map((line) => line.slice(0, LUKE_TURN[3].length))).toEqual([LUKE_TURN[3]]);
  expect(clicked.seeks).toEqual([1947]);
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);

  await advance(tab, 3);
  const caughtUp = await readEpisode(tab);
  expect(caughtUp.player?.reportedTime).toBeGreaterThan(1947);
  await expectActive(tab, LUKE_TURN[3]);
  await pollEpisode(tab, (state) => state.copyLink).toMatch(/^Copy link at 32:(28|29)$/);
});

test('clicking a chapter seeks to its start and the transcript follows', async ({ tab }) => {
  await openEpisode(tab);
  await clickButton(tab, '38:35 Message Preparation');
  await pollEpisode(tab, (state) => state.activeChapter).toMatch(/^38:35 Message Preparation/);
  await expectActive(tab, '38:35 ');
  expect((await readEpisode(tab)).seeks).toEqual([2315]);
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);
});
