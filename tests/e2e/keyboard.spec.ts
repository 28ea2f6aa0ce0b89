/** Journey 7: everything with the keyboard alone (no mouse is used in this file). */
import type { Locator, Page } from '@playwright/test';
import { episodePage, lineName, openEpisode, PAUSED, placement, PLAYING, playerState, SEED } from './episode.ts';
import { expect, LEAN_TRACE, test, type FakeYouTube } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Presses Tab until a transcript line has focus; returns it. */
async function tabToTranscript(page: Page) {
  const focusedLine = episodePage(page).transcript.locator('[role="button"][data-line]:focus');
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedLine.count()) === 1) return focusedLine;
  }
  throw new Error('Tab never reached the transcript');
}

const lastSeek = async (fake: FakeYouTube) => (await fake.calls('seekTo')).at(-1)?.args[0];
const playerTime = async (fake: FakeYouTube) => (await fake.current())?.time;

test('play, pause, skip, move between lines, seek, change chapter and get help, by keyboard only', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake);

  // K plays from anywhere on the page.
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(150, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('2:29', 'Exactly. Yeah'));

  // Tab reaches the transcript at the spoken line: the one line in the tab order.
  const focused = await tabToTranscript(page);
  await expect(focused).toHaveAccessibleName(lineName('2:29', 'Exactly. Yeah'));
  await expect(episode.transcript.locator('[data-line][tabindex="0"]')).toHaveCount(1);
  await expect(episode.backToNow).toBeHidden();

  // K pauses, J and L move 10 seconds and keep the pause.
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PAUSED);
  expect(await playerTime(fake)).toBe(150);
  await page.keyboard.press('l');
  await expect.poll(() => playerTime(fake)).toBe(160);
  await page.keyboard.press('l');
  await expect.poll(() => playerTime(fake)).toBe(170);
  await page.keyboard.press('j');
  await expect.poll(() => playerTime(fake)).toBe(160);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 2:40');
  expect(await playerState(fake)).toBe(PAUSED);

  // Arrows move focus between lines (Home and End to the ends).
  await page.keyboard.press('ArrowDown');
  await expect(episode.line('3:03', 'What have you been up to')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(episode.line('3:12', 'Yeah. Maybe I can give you')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(episode.line('3:03', 'What have you been up to')).toBeFocused();
  await page.keyboard.press('End');
  const last = episode.line('1:02:10', 'Maybe earlier');
  await expect(last).toBeFocused();
  await expect.poll(() => placement(last)).toBe('inside');
  await page.keyboard.press('Home');
  const first = episode.line('1:41', "This week, we'll talk about");
  await expect(first).toBeFocused();
  await expect.poll(() => placement(first)).toBe('inside');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = episode.line('3:03', 'What have you been up to');
  await expect(target).toBeFocused();
  await expect(episode.transcript.locator('[data-line][tabindex="0"]')).toHaveCount(1);

  // Enter on a line seeks there and plays.
  await page.keyboard.press('Enter');
  await expect(target).toHaveAttribute('aria-current', 'true');
  expect(await lastSeek(fake)).toBe(183);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);

  // Space on a line does the same (it does not toggle playback).
  await page.keyboard.press('ArrowDown');
  const next = episode.line('3:12', 'Yeah. Maybe I can give you');
  await expect(next).toBeFocused();
  await page.keyboard.press(' ');
  await expect(next).toHaveAttribute('aria-current', 'true');
  expect(await lastSeek(fake)).toBe(192);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);

  // N and P: next and previous chapter.
  await page.keyboard.press('n');
  await expect(episode.activeChapter).toHaveAccessibleName(/^4:40 Remote Work & Client Geography/);
  expect(await lastSeek(fake)).toBe(280);
  await page.keyboard.press('p');
  await expect(episode.activeChapter).toHaveAccessibleName(/^3:03 Recruitment Career Overview/);
  expect(await lastSeek(fake)).toBe(183);

  // ? opens the shortcuts; Escape closes them and focus goes back where it was.
  await next.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Play or pause');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(next).toBeFocused();
});

test('tabbing into the transcript before the first line is spoken keeps following', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  // At 0:00 nothing is spoken yet: the tab stop is the first line, where the transcript is anyway.
  const focused = await tabToTranscript(page);
  await expect(focused).toHaveAccessibleName(lineName('1:41', "This week, we'll talk about"));
  await expect(episode.backToNow).toBeHidden();
  await fake.advance(150, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('2:29', 'Exactly. Yeah'));
  await expect.poll(() => placement(episode.activeLine)).toBe('inside');
  await expect(episode.backToNow).toBeHidden();
});

test('moving focus off the spoken line pauses following; "Back to now" by keyboard returns to it', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  const spoken = await tabToTranscript(page);
  await expect(spoken).toHaveAccessibleName(lineName('30:26', 'There are two'));

  for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowDown');
  await expect(episode.backToNow).toBeVisible();
  await fake.advance(50, 5);
  await expect(episode.activeLine).toHaveAccessibleName(/^31:08 /);

  await tabTo(page, episode.backToNow);
  await page.keyboard.press('Enter');
  await expect(episode.backToNow).toBeHidden();
  await expect(episode.activeLine).toBeFocused();
  await expect.poll(() => placement(episode.activeLine)).toBe('inside');
});

test('arrowing up through the transcript never hides the focused line under the sticky section header', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await tabToTranscript(page);
  const focused = episode.transcript.locator('[data-line]:focus');
  for (let step = 0; step < 25; step++) {
    await page.keyboard.press('ArrowUp');
    const where = await placement(focused);
    expect(where, `after ${step + 1} × ArrowUp, on ${await focused.textContent()}`).not.toBe('above');
    expect(where).not.toBe('below');
  }
});

test('Space on a focused button presses it instead of toggling playback', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  const next = page.getByRole('button', { name: 'Next chapter' });
  await tabTo(page, next);
  await page.keyboard.press(' ');
  await expect(episode.activeChapter).toHaveAccessibleName(/^38:35 Message Preparation/);
  expect(await lastSeek(fake)).toBe(2315);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
});

test('the "Keyboard shortcuts" button opens the same dialog, and its Close button closes it', async ({
  page,
  fake,
}) => {
  await openEpisode(page, fake);
  const open = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const label of ['Back 10 seconds', 'Forward 10 seconds', 'Next chapter', 'Previous chapter'])
    await expect(dialog).toContainText(label);
  await tabTo(page, dialog.getByRole('button', { name: 'Close' }), 10);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
