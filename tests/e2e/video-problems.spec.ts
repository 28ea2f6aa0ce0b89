/**
 * Journey 6: when YouTube cannot play (the API does not load, the video fails with one of YouTube's error
 * codes) or there is no video, the page says so plainly, offers YouTube itself, and the transcript still works.
 */
import type { Page } from '@playwright/test';
import { episodePage, lineName, LUKE_TURN, NO_VIDEO, SEED, SEED_VIDEO } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

/** The message, then the way out to YouTube (at the second the page opened at, or anywhere: `'any'`). */
async function expectProblemShown(page: Page, message: RegExp, watchAt?: number | 'any') {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(message);
  const watch = alert.getByRole('link', { name: 'Watch on YouTube' });
  await expect(watch).toBeVisible();
  const watchUrl = `https://www.youtube.com/watch?v=${SEED_VIDEO}`;
  await expect(watch).toHaveAttribute(
    'href',
    watchAt === 'any'
      ? new RegExp(`^${watchUrl.replace(/[.?]/g, '\\$&')}(&t=\\d+s)?$`)
      : `${watchUrl}${watchAt ? `&t=${watchAt}s` : ''}`,
  );
  await expect(watch).toHaveAttribute('target', '_blank');
  await expect(watch).toHaveAttribute('rel', /noopener/);
}

/** Clicking lines still marks the moment: the highlight and the "Copy link at" time move there. */
async function expectTranscriptStillWorks(page: Page) {
  const episode = episodePage(page);
  for (const { clock, text } of [LUKE_TURN[3], LUKE_TURN[1]]) {
    const line = episode.line(clock, text);
    await line.click();
    await expect(line).toHaveAttribute('aria-current', 'true');
    await expect(episode.copyLinkAt).toHaveAccessibleName(`Copy link at ${clock}`);
  }
  // The page keys still answer without a player (and throw nothing: page errors fail the test).
  await page.keyboard.press('k');
  await page.keyboard.press('n');
  await expect(episode.activeChapter).toHaveAccessibleName(/^38:35 Message Preparation/);
}

test.describe('the YouTube API cannot load', () => {
  test.use({ youtube: { api: 'fail', options: {} } });

  test('the video area says so, links to YouTube, and the transcript still works', async ({ page, fake }) => {
    await page.goto(`${SEED}?t=1826`);
    await expectProblemShown(page, /YouTube player could not load/i, 1826);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await fake.players(), 'no player was created').toEqual([]);
    await expect(episodePage(page).activeLine).toHaveAccessibleName(lineName('30:26', 'There are two'));
    await expectTranscriptStillWorks(page);
  });
});

const VIDEO_ERRORS: Array<[code: number, message: RegExp]> = [
  [2, /video address is not valid/i],
  [5, /cannot be played in this browser/i],
  [100, /unavailable.*removed or made private/i],
  [101, /owner does not allow it to be played outside YouTube/i],
  [150, /owner does not allow it to be played outside YouTube/i],
];

for (const [code, message] of VIDEO_ERRORS) {
  test.describe(`the video fails with YouTube error ${code}`, () => {
    test.use({ youtube: { api: 'serve', options: { errorCode: code } } });

    test('a clear message replaces the video, with a link to YouTube; the transcript still works', async ({
      page,
      fake,
    }) => {
      await page.goto(SEED);
      await expectProblemShown(page, message);
      await expect(page.getByRole('alert')).not.toContainText(/undefined|null|NaN/);
      await expect(page.locator('iframe')).toHaveCount(0);
      await expect.poll(() => fake.players()).toEqual([expect.objectContaining({ destroyed: true })]);
      await expectTranscriptStillWorks(page);
    });
  });
}

test('a video that fails while playing is replaced by the message; the highlight stays', async ({ page, fake }) => {
  await page.goto(`${SEED}?t=1826`);
  const episode = episodePage(page);
  await expect.poll(() => fake.settledState()).toBe(5);
  await page.keyboard.press('k');
  await expect.poll(() => fake.settledState()).toBe(1);
  await fake.advance(50, 5);
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[1].clock, LUKE_TURN[1].text));

  await fake.fail(150);
  await expectProblemShown(page, /owner does not allow/i, 'any');
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[1].clock, LUKE_TURN[1].text));
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 31:16');
  await expectTranscriptStillWorks(page);
});

test('an episode without a video says so, and its transcript works', async ({ page, fake }) => {
  await page.goto(NO_VIDEO);
  const episode = episodePage(page);
  await expect(page.getByText('This episode has no video.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Watch on YouTube' })).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await fake.players()).toEqual([]);

  const line = episode.line('0:30', 'Clicking a line still marks the moment.');
  await line.click();
  await expect(line).toHaveAttribute('aria-current', 'true');
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 0:30');
  await page.keyboard.press('k'); // nothing to play: nothing happens, nothing breaks
  await expect(line).toHaveAttribute('aria-current', 'true');
});
