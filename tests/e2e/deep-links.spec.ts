/** Journey 3: a link with ?t= (or #t=) opens the episode at that second, whatever way the time is written. */
import {
  CUED,
  episodePage,
  expectActiveLineInView,
  lineName,
  LUKE_SECTION,
  openEpisode,
  PLAYING,
  playerState,
  SEED,
  SEED_TITLE,
} from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const AT_30_26 = ['?t=1826', '?t=1826s', '?t=30:26', '?t=0:30:26', '?t=30m26s', '#t=1826'];

for (const suffix of AT_30_26) {
  test(`${suffix} opens at 30:26: that line highlighted and in view, the video cued there, play starts there`, async ({
    page,
    fake,
  }) => {
    const episode = await openEpisode(page, fake, SEED + suffix);

    await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26', 'There are two elements to that.'));
    await expect(episode.activeChapter).toHaveAccessibleName(`30:26 ${LUKE_SECTION}`);
    await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 30:26');
    await expectActiveLineInView(page);
    const cued = await fake.current();
    expect(cued?.playerVars.start).toBe(1826);
    expect(cued?.time).toBe(1826);
    expect(cued?.state).toBe(CUED);

    // One play starts there (not at 0:00, and no second seek is needed).
    await page.keyboard.press('k');
    await expect.poll(() => playerState(fake)).toBe(PLAYING);
    await fake.advance(2);
    expect((await fake.current())?.time).toBe(1828);
    for (const call of await fake.calls('seekTo')) expect(call.args[0]).toBe(1826);
    await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26', 'There are two elements to that.'));
  });
}

test('?t=1h2m3s opens past the hour, in the closing chapter', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1h2m3s`);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('1:01:57', "Okay, it's always a pleasure"));
  await expect(episode.activeChapter).toHaveAccessibleName('1:01:57 Closing Remarks and Episode Wrap-up');
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 1:02:03');
  await expectActiveLineInView(page);
  expect((await fake.current())?.playerVars.start).toBe(3723);
});

const GARBAGE = ['?t=abc', '?t=-5', '?t=99999999', '?t=1:99:99', '?t=', '?t=%E2%80%AE1826', '#t=12:xx'];

for (const suffix of GARBAGE) {
  test(`a bad time (${suffix}) is ignored or clamped and the page still works`, async ({ page, fake }) => {
    // An uncaught error in the page fails the test (see the harness), so a crash cannot pass unnoticed.
    const episode = await openEpisode(page, fake, SEED + suffix);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(episode.lines).toHaveCount(150);
    await expect(episode.copyLinkAt).toHaveAccessibleName(/^Copy link at \d+:\d\d(:\d\d)?$/);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);

    const start = (await fake.current())?.playerVars.start;
    expect(typeof start).toBe('number');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThanOrEqual(3800);
    if (/abc|-5|t=$|%E2|xx/.test(suffix)) expect(start, 'not a time: the episode opens at its start').toBe(0);

    // Still playable, and the transcript still answers.
    await page.keyboard.press('k');
    await expect.poll(() => playerState(fake)).toBe(PLAYING);
    const line = episodePage(page).line('30:26', 'There are two');
    await line.click();
    await expect(line).toHaveAttribute('aria-current', 'true');
  });
}
