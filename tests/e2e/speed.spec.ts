/** Playback speed: chosen by the control or by key, remembered, and the transcript exact at 2×. */
import { expectActiveLineInView, lineName, openEpisode, PLAYING, playerState, recordActiveLines } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.use(LEAN_TRACE);

const speedOf = (fake: { current(): Promise<{ rate: number } | null> }) => fake.current().then((p) => p?.rate);

test('at 2× by key, the highlight passes every line in order and "Copy link at" tells the spoken second', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake, '/episodes/s12e06-preparing-for-data-science-interview?t=1826');
  const speed = page.getByRole('combobox', { name: 'Speed' });
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Period');
  await expect(speed).toHaveValue('2');
  await expect.poll(() => speedOf(fake)).toBe(2);

  const seen = await recordActiveLines(page);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  // 61 s of playback at 2× is 30.5 s of frames: 30:26 + 61 s = 31:27.
  await fake.advance(30.5, 0.25);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('31:08'));
  expect(await seen.lines()).toEqual(['31:08']);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 31:27');
  await expectActiveLineInView(page);

  await page.keyboard.press('Shift+Comma');
  await expect(speed).toHaveValue('1.75');
  await expect.poll(() => speedOf(fake)).toBe(1.75);
});

test('the speed picked in the control is kept for the next episode opened', async ({ page, fake }) => {
  await openEpisode(page, fake);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1.5×' });
  await expect.poll(() => speedOf(fake)).toBe(1.5);

  await openEpisode(page, fake, '/episodes/s13e01-product-experiments');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');
  await expect.poll(() => speedOf(fake)).toBe(1.5);
});
