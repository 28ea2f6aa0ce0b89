/** Journey 1: the transcript follows playback, whoever starts it. */
import {
  expectActiveLineInView,
  lineName,
  LUKE_SECTION,
  LUKE_TURN,
  openEpisode,
  PAUSED,
  PLAYING,
  playerState,
  recordActiveLines,
  SEED,
} from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const FIRST_SECTION = 'Guest Introduction: Luke Whipps & Neural AI';

test('K and Space play and pause, and the highlight, section header and chapter follow the time', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake);

  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);

  await fake.advance(101, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('1:41', "This week, we'll talk about"));
  await expect(episode.activeSection).toHaveText(new RegExp(`^${FIRST_SECTION}`));
  await expect(episode.activeChapter).toHaveAccessibleName(`1:41 ${FIRST_SECTION}`);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 1:41');
  await expectActiveLineInView(page);

  await fake.advance(39, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('2:20', 'Pleasure to be here'));
  await expect(episode.activeChapter).toHaveAccessibleName(`1:41 ${FIRST_SECTION}`);

  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PAUSED);

  // Space toggles too while focus is on no control (here: nothing focused).
  await page.keyboard.press(' ');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(43, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('3:03', 'What have you been up to'));
  await expect(episode.activeSection).toHaveText(/^Recruitment Career Overview: ML focus, startups, Germany/);
  await expect(episode.activeChapter).toHaveAccessibleName(
    '3:03 Recruitment Career Overview: ML focus, startups, Germany',
  );
  await expect(episode.activeSection).toHaveCount(1);
  await expect(episode.activeChapter).toHaveCount(1);
  await expectActiveLineInView(page);

  await page.keyboard.press(' ');
  await expect.poll(() => playerState(fake)).toBe(PAUSED);
});

test("YouTube's own play and pause controls drive the highlight, and K knows what they did", async ({ page, fake }) => {
  const episode = await openEpisode(page, fake);

  await fake.userPlay();
  await fake.advance(150, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('2:29', 'Exactly. Yeah'));
  await expectActiveLineInView(page);

  // The page heard that YouTube is playing, so K pauses.
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PAUSED);

  await fake.userPlay();
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.userPause();
  await expect.poll(() => playerState(fake)).toBe(PAUSED);
  // ...and after YouTube's own pause, K plays.
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(40, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('3:03', 'What have you been up to'));
});

test("Luke's three paragraphs at 30:26 are highlighted in turn, then Alexey's reply at 32:27", async ({
  page,
  fake,
}) => {
  // Opened just before the turn (far jumps have a test of their own below).
  const episode = await openEpisode(page, fake, `${SEED}?t=1815`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(1);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('29:55', 'I’m just trying to understand'));
  await expect(episode.activeChapter).toHaveAccessibleName(/^28:06 Intro Interview Prep/);
  await expectActiveLineInView(page);
  const seen = await recordActiveLines(page);

  await fake.advance(10, 2); // 1826
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[0].clock, LUKE_TURN[0].text));
  await expect(episode.activeSection).toHaveText(new RegExp(`^${LUKE_SECTION}`));
  await expect(episode.activeChapter).toHaveAccessibleName(`30:26 ${LUKE_SECTION}`);
  await expectActiveLineInView(page);

  await fake.advance(41, 4); // 1867: still the first paragraph
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[0].clock, LUKE_TURN[0].text));

  await fake.advance(2); // 1869
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[1].clock, LUKE_TURN[1].text));
  await expectActiveLineInView(page);

  await fake.advance(53, 4); // 1922
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[2].clock, LUKE_TURN[2].text));
  await expectActiveLineInView(page);

  await fake.advance(26, 2); // 1948
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[3].clock, LUKE_TURN[3].text));
  await expect(episode.activeSection).toHaveText(new RegExp(`^${LUKE_SECTION}`));
  await expectActiveLineInView(page);

  expect(await seen.lines(), 'every line that was highlighted, in order').toEqual(LUKE_TURN.map((l) => l.clock));
  // Following scrolls the transcript's own area, never the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the active line stays in view while a long stretch plays', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=2300`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  // Eight minutes, checked every 45 seconds: the highlight moves through dozens of lines and sections.
  let previous = '';
  let moves = 0;
  for (let check = 0; check < 10; check++) {
    await fake.advance(45, 5);
    await expectActiveLineInView(page, `after ${(check + 1) * 45} s`);
    const name = (await episode.activeLine.textContent()) ?? '';
    if (name !== previous) moves++;
    previous = name;
  }
  expect(moves, 'the highlight moved on through the stretch').toBeGreaterThan(7);
});

test("when the viewer drags YouTube's own progress bar far away, the transcript follows there", async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(150, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('2:29', 'Exactly. Yeah'));
  await expectActiveLineInView(page);

  for (const [time, clock] of [
    [1830, '30:26 '],
    [3030, '50:23 '],
    [200, '3:12 '],
  ] as const) {
    await fake.setTime(time);
    await fake.advance(1);
    await expect(episode.activeLine).toHaveAccessibleName(new RegExp(`^${clock}`));
    await expectActiveLineInView(page);
  }
});
