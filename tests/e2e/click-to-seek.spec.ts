/** Journey 2: clicking a line (or a chapter) takes the video there, and the highlight goes there at once. */
import {
  expectActiveLineInView,
  LUKE_SECTION,
  LUKE_TURN,
  openEpisode,
  PLAYING,
  playerState,
  recordActiveLines,
  SEED,
} from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

/** Like the real player, the fake keeps reporting the old time for a few frames after a seek. */
test.use({ youtube: { api: 'serve', options: { seekLatency: 6 } } });

const seekTargets = async (fake: { calls(method: string): Promise<Array<{ args: unknown[] }>> }) =>
  (await fake.calls('seekTo')).map((call) => call.args[0]);

test('clicking a line seeks the player to its start and plays; the highlight moves at once and stays', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake);
  const seen = await recordActiveLines(page);
  const line = episode.line(LUKE_TURN[0].clock, LUKE_TURN[0].text);

  await line.click();
  // Before the player has moved at all, the clicked line is the active one.
  await expect(line).toHaveAttribute('aria-current', 'true');
  expect((await fake.current())?.reportedTime, 'the player still reports the old time').toBe(0);
  expect(await seekTargets(fake)).toEqual([1826]);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await expect(episode.activeChapter).toHaveAccessibleName(`30:26 ${LUKE_SECTION}`);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 30:26');

  // The player catches up (stale readings first), then plays on.
  await fake.advance(3);
  expect((await fake.current())?.reportedTime).toBeGreaterThan(1826);
  await expect(line).toHaveAttribute('aria-current', 'true');
  await expect(episode.copyLinkAt).toHaveAccessibleName(/^Copy link at 30:2[78]$/);
  expect(await seen.lines(), 'the highlight never flashed back to where the player was').toEqual(['30:26']);
  await expectActiveLineInView(page);
});

test('clicking a line while another plays jumps there without flashing back', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(145, 5);
  await expect(episode.activeLine).toHaveAccessibleName(/^2:20 Pleasure to be here/);

  const seen = await recordActiveLines(page);
  const reply = episode.line(LUKE_TURN[3].clock, LUKE_TURN[3].text);
  await reply.click();
  await expect(reply).toHaveAttribute('aria-current', 'true');
  expect(await seekTargets(fake)).toEqual([1947]);
  await fake.advance(4);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await expect(reply).toHaveAttribute('aria-current', 'true');
  expect(await seen.lines()).toEqual(['32:27']);
  expect((await fake.current())?.reportedTime).toBeGreaterThan(1947);
});

test('clicking a later paragraph of a turn highlights that paragraph, not the first one', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake);
  const seen = await recordActiveLines(page);

  for (const paragraph of [LUKE_TURN[1], LUKE_TURN[2]]) {
    const line = episode.line(paragraph.clock, paragraph.text);
    await line.click();
    await expect(line).toHaveAttribute('aria-current', 'true');
    const target = (await seekTargets(fake)).at(-1) as number;
    const [minutes, seconds] = paragraph.clock.split(':').map(Number) as [number, number];
    expect(Math.floor(target), 'the seek goes to the paragraph’s own start').toBe(minutes * 60 + seconds);
    await fake.advance(2);
    await expect(line).toHaveAttribute('aria-current', 'true');
  }
  expect(await seen.lines()).toEqual(['31:08', '32:01']);
});

test('clicking a chapter seeks to its start and the transcript follows', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake);
  const chapter = episode.chapter('38:35', 'Message Preparation: elevator pitches and STAR storytelling');

  await chapter.click();
  await expect(chapter).toHaveAttribute('aria-current', 'true');
  await expect(episode.activeSection).toHaveText(/^Message Preparation: elevator pitches and STAR storytelling/);
  await expect(episode.activeLine).toHaveAccessibleName(/^38:35 /);
  expect(await seekTargets(fake)).toEqual([2315]);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await expectActiveLineInView(page);
});

test('"Next chapter" and "Previous chapter" step through chapters; previous restarts a chapter under way', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  const next = page.getByRole('button', { name: 'Next chapter' });
  const previous = page.getByRole('button', { name: 'Previous chapter' });

  await next.click();
  await expect(episode.activeChapter).toHaveAccessibleName(/^38:35 Message Preparation/);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await previous.click(); // right at a chapter's start: the chapter before
  await expect(episode.activeChapter).toHaveAccessibleName(`30:26 ${LUKE_SECTION}`);
  await fake.advance(10); // the seek lands (after the fake's latency), then playback runs on
  expect((await fake.current())?.reportedTime).toBeGreaterThan(1830);
  await previous.click(); // seconds in: back to this chapter's start
  await expect(episode.activeChapter).toHaveAccessibleName(`30:26 ${LUKE_SECTION}`);
  await expect(episode.activeLine).toHaveAccessibleName(/^30:26 There are two/);
  expect(await seekTargets(fake)).toEqual([2315, 1826, 1826]);
});
