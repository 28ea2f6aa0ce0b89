/** Picking up where you left off: the kept place, "Resume at", the library's progress, and broken storage. */
import type { Page } from '@playwright/test';
import { lineName, LUKE_TURN, openEpisode, PAUSED, PLAYING, playerState, SEED } from './episode.ts';
import { expectNoViolations } from './a11y.ts';
import type { FakeYouTube } from './harness.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const resume = (page: Page) => page.getByRole('button', { name: /^Resume at/ });

/** Opens the seed at 32:00, plays ten seconds to 32:10 and pauses there. */
async function watchTo3210(page: Page, fake: FakeYouTube) {
  await openEpisode(page, fake, `${SEED}?t=1920`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(10);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PAUSED);
}

test('leave an episode at 32:10, open it again, and resume there with one press', async ({ page, fake }) => {
  await watchTo3210(page, fake);
  const episode = await openEpisode(page, fake);
  await expect(resume(page)).toHaveAccessibleName('Resume at 32:10');
  await expect(page.getByText(/^\d+ min left$/)).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), 'the offer does not move the page').toBe(0);

  await resume(page).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  expect((await fake.current())!.time).toBe(1930);
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[2].clock));
  await expect(resume(page)).toBeHidden();
});

test('the library shows the progress and continues the episode at its place', async ({ page, fake }) => {
  test.slow(); // an accessibility audit
  await watchTo3210(page, fake);
  await page.goto('/');
  const row = page.getByRole('region', { name: 'Continue watching' });
  await expect(row.getByRole('link')).toHaveText([
    /^Preparing for a Data Science InterviewResume at 32:10 · \d+ min left$/,
  ]);
  await expect(page.locator('.episode-card', { hasText: 'Preparing for a Data Science Interview' })).toContainText(
    /\d+ min left/,
  );

  await expectNoViolations(page, 'the library with Continue watching');

  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\?t=1930$/);
  const episode = await openEpisode(page, fake, page.url());
  await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[2].clock));
  expect((await fake.current())!.playerVars.start).toBe(1930);

  await page.goto('/');
  await row.getByRole('button', { name: /^Remove .* from Continue watching$/ }).click();
  await expect(row).toBeHidden();
  await expect(page.getByText(/min left/)).toHaveCount(0);
});

test('a link with ?t= wins over the kept place', async ({ page, fake }) => {
  await watchTo3210(page, fake);
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26'));
  expect((await fake.current())!.playerVars.start).toBe(1826);
  await expect(resume(page)).toHaveCount(0);
});

for (const broken of ['disabled', 'full'] as const) {
  test(`with storage ${broken}, episodes and the library work and nothing is offered`, async ({ page, fake }) => {
    await page.addInitScript((mode) => {
      const fail = () => {
        throw new DOMException(
          mode === 'full' ? 'Quota exceeded' : 'Denied',
          mode === 'full' ? 'QuotaExceededError' : 'SecurityError',
        );
      };
      if (mode === 'disabled') Object.defineProperty(window, 'localStorage', { get: fail });
      else Storage.prototype.setItem = fail;
    }, broken);
    await watchTo3210(page, fake);
    await openEpisode(page, fake);
    await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
    await expect(resume(page)).toHaveCount(0);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Continue watching' })).toHaveCount(0);
  });
}
