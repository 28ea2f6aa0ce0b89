/**
 * A Jekyll site's `_podcast` folder as it is (tests/fixtures/site: a template, a draft, an unpublished file, a
 * broken file, an episode without a transcript, a paragraph pasted twice around a header), built and served
 * on a port of its own: what it publishes works like any other episode.
 */
import { expectNoViolations } from './a11y.ts';
import { CUED, PLAYING, playerState } from './episode.ts';
import { expect, test } from './harness.ts';
import { JEKYLL_SITE_PORT } from './playwright.config.ts';

const SITE = `http://127.0.0.1:${JEKYLL_SITE_PORT}`;
const NO_TRANSCRIPT = `${SITE}/episodes/s14e02-data-contracts`;

test('the library lists every published episode, and says which has no transcript yet', async ({ page }) => {
  await page.goto(`${SITE}/`);
  const cards = page.locator('.episode-card');
  await expect(cards.getByRole('link')).toHaveText(['Data contracts', 'Pasted twice']);
  await expect(cards.filter({ hasText: 'Data contracts' })).toContainText('No transcript yet');
  await expect(cards.filter({ hasText: 'Pasted twice' })).not.toContainText('No transcript yet');
});

test('an episode without a transcript plays, shares and reads well, and says so where the transcript goes', async ({
  page,
  fake,
}) => {
  await page.goto(`${NO_TRANSCRIPT}?t=90`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data Contracts Between Teams');
  await expect(page.getByRole('region', { name: 'Transcript' })).toHaveText(/^Transcript\s*No transcript yet\.$/);
  await page.getByText('Show notes').click();
  await expect(page.getByText('Why contracts, not just schemas')).toBeVisible();
  await expect.poll(() => fake.settledState()).toBe(CUED);
  expect((await fake.players())[0]).toMatchObject({ videoId: 'cOnTrAcTs01', start: 90 });

  for (const key of ['n', 'p', 'ArrowDown', 'Home']) await page.keyboard.press(key);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(5, 0.5);
  await expect(page.getByRole('button', { name: 'Copy link at 1:35' })).toBeVisible();
  await expectNoViolations(page, 'an episode without a transcript');
});

test('a paragraph pasted twice around a header is shown once, under its header', async ({ page }) => {
  await page.goto(`${SITE}/episodes/s14e01-pasted-twice`);
  const transcript = page.getByRole('region', { name: 'Transcript' });
  await expect(transcript.getByText(/^So tell us, how did your career start/)).toHaveCount(1);
  const section = transcript.locator('.transcript-section').filter({ hasText: "Jane's background" });
  await expect(section.getByRole('button', { name: /^2:54 So tell us, how did your career start/ })).toBeVisible();
});
