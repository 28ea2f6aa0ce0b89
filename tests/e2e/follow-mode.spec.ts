/**
 * Journey 4: the reader takes over the transcript (wheel, keyboard scrolling, selecting text) and following
 * pauses; "Back to now" points the way back and resumes it.
 */
import type { Page } from '@playwright/test';
import {
  episodePage,
  expectActiveLineInView,
  firstLineInView,
  lineName,
  LUKE_TURN,
  openEpisode,
  placement,
  PLAYING,
  playerState,
  SEED,
  settledScrollTop,
} from './episode.ts';
import { expect, LEAN_TRACE, test, type FakeYouTube } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

/** Opens the seed at Luke's turn and plays it, following (the active line in view). */
async function playAtLukesTurn(page: Page, fake: FakeYouTube) {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await expectActiveLineInView(page);
  await expect(episode.backToNow).toBeHidden();
  return episode;
}

/** Time passes and the highlight moves on, but the transcript stays where the reader put it. */
async function expectNotFollowing(page: Page, fake: FakeYouTube) {
  const episode = episodePage(page);
  const before = await settledScrollTop(page);
  await fake.advance(50, 5); // 30:26 → 31:16: the next paragraph becomes active
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[1].clock, LUKE_TURN[1].text));
  expect(await settledScrollTop(page), 'the transcript did not scroll by itself').toBe(before);
  expect(await placement(episode.activeLine), 'the active line is out of sight').not.toBe('inside');
}

/** "Back to now" resumes following: the active line comes back into view and stays there. */
async function expectBackToNowResumes(page: Page, fake: FakeYouTube) {
  const episode = episodePage(page);
  await episode.backToNow.click();
  await expect(episode.backToNow).toBeHidden();
  await expectActiveLineInView(page);
  await fake.advance(54, 6); // 32:10: the third paragraph
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[2].clock, LUKE_TURN[2].text));
  await expectActiveLineInView(page);
}

test('wheeling down pauses following; "Back to now" says the line is above and brings it back', async ({
  page,
  fake,
}) => {
  const episode = await playAtLukesTurn(page, fake);
  await episode.scroller.hover();
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => placement(episode.activeLine)).toBe('above');

  await expect(episode.backToNow).toBeVisible();
  await expect(episode.backToNow).toHaveAccessibleName(/^Back to now ?, the current line is above$/);
  await expect(episode.backToNow.locator('svg.icon-arrow-up')).toHaveCount(1);
  await expectNotFollowing(page, fake);
  await expect(episode.backToNow).toHaveAccessibleName(/^Back to now ?, the current line is above$/);
  await expectBackToNowResumes(page, fake);
});

test('wheeling up pauses following; "Back to now" says the line is below and brings it back', async ({
  page,
  fake,
}) => {
  const episode = await playAtLukesTurn(page, fake);
  await episode.scroller.hover();
  await page.mouse.wheel(0, -2500);
  await expect.poll(() => placement(episode.activeLine)).toBe('below');

  await expect(episode.backToNow).toHaveAccessibleName(/^Back to now ?, the current line is below$/);
  await expect(episode.backToNow.locator('svg.icon-arrow-down')).toHaveCount(1);
  await expectNotFollowing(page, fake);
  await expectBackToNowResumes(page, fake);
});

test('PageDown in the focused scroll area pauses following; "Back to now" brings the line back', async ({
  page,
  fake,
}) => {
  const episode = await playAtLukesTurn(page, fake);
  await episode.scroller.focus();
  await expect(episode.scroller).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect.poll(() => placement(episode.activeLine)).toBe('above');

  await expect(episode.backToNow).toHaveAccessibleName(/^Back to now ?, the current line is above$/);
  await expectNotFollowing(page, fake);
  await expectBackToNowResumes(page, fake);
});

test('PageUp while a transcript line has keyboard focus pauses following too', async ({ page, fake }) => {
  const episode = await playAtLukesTurn(page, fake);
  // A keyboard reader's focus is on the spoken line (the one tabbable line); PageUp scrolls the transcript.
  await episode.activeLine.focus();
  const start = await settledScrollTop(page);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  expect(await settledScrollTop(page), 'PageUp scrolled the transcript').toBeLessThan(start);

  await expect(episode.backToNow).toHaveAccessibleName(/^Back to now ?, the current line is below$/);
  await expectNotFollowing(page, fake);
  await expectBackToNowResumes(page, fake);
});

test('selecting words in a line pauses following and does not jump there', async ({ page, fake }) => {
  const episode = await playAtLukesTurn(page, fake);
  const reply = episode.line(LUKE_TURN[3].clock, LUKE_TURN[3].text);
  const words = reply.locator('.line-text');
  const box = (await words.boundingBox())!;
  // Drag across the first words of Alexey's reply, as a reader selecting text to copy.
  await page.mouse.move(box.x + 4, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 8, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toMatch(/^But it/);

  await expect(episode.backToNow).toBeVisible();
  expect(await fake.calls('seekTo'), 'selecting is reading, not asking to jump').toEqual([]);
  await expect(reply).not.toHaveAttribute('aria-current', 'true');
});

test('clicking a line while following is paused resumes it', async ({ page, fake }) => {
  const episode = await playAtLukesTurn(page, fake);
  await episode.scroller.hover();
  await page.mouse.wheel(0, 600);
  await expect(episode.backToNow).toBeVisible();

  // A line the wheel brought into view.
  await settledScrollTop(page);
  const target = await firstLineInView(page);
  await expect(target).not.toHaveAttribute('aria-current', 'true');
  await target.click();
  await expect(target).toHaveAttribute('aria-current', 'true');
  await expect(episode.backToNow).toBeHidden();
  await fake.advance(120, 10);
  await expectActiveLineInView(page);
});
