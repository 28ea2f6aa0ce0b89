/** Passages: select words, quote them and link to them; open a passage link and play just the passage. */
import type { Page } from '@playwright/test';
import {
  CUED,
  episodePage,
  lineName,
  openEpisode,
  openInNewPage,
  PAUSED,
  PLAYING,
  playerState,
  SEED,
  SEED_SLUG,
} from './episode.ts';
import { expectNoViolations } from './a11y.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.use(LEAN_TRACE);

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Drags the mouse from the start of one line's words to a point inside another's. */
async function selectWords(page: Page, fromClock: string, toClock: string) {
  const episode = episodePage(page);
  const from = (await episode.line(fromClock).locator('.line-text').boundingBox())!;
  const to = (await episode.line(toClock).locator('.line-text').boundingBox())!;
  await page.mouse.move(from.x + 1, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(to.x + 120, to.y + 6, { steps: 8 });
  await page.mouse.up();
}

test('select words across two lines, copy them as a quote and as a passage link, and open the link', async ({
  page,
  fake,
  context,
  baseURL,
}) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await selectWords(page, '30:26', '31:08');
  const popover = page.getByRole('toolbar', { name: 'Share the selected words' });
  await expect(popover).toBeVisible();
  expect(await playerState(fake), 'selecting never seeks or plays').toBe(CUED);

  await popover.getByRole('button', { name: 'Copy quote' }).click();
  await expect(episode.notice).toHaveText('Quote copied');
  const quote = await clipboard(page);
  expect(quote).toMatch(
    /^“There are two elements to that\. .* The person\b.*” — Luke Whipps, Preparing for a Data Science Interview \(30:26–32:01\)\n/,
  );
  expect(quote).not.toContain('31:08 ');
  expect(quote.split('\n')[1]).toBe(`${baseURL}${SEED}?t=1826,1921`);

  await popover.getByRole('button', { name: 'Copy link to passage' }).click();
  await expect(episode.notice).toHaveText('Link to passage 30:26–32:01 copied');
  const link = await clipboard(page);
  expect(link).toBe(`${baseURL}${SEED}?t=1826,1921`);

  // The link opens at the passage, its lines marked, ready to play just that.
  const { page: opened, fake: openedFake, episode: there } = await openInNewPage(context, link);
  await expect(there.activeLine).toHaveAccessibleName(lineName('30:26'));
  await expect(there.transcript.locator('[data-line][data-passage]')).toHaveCount(2);
  await opened.getByRole('button', { name: 'Play passage 30:26–32:01' }).click();
  await expect.poll(() => playerState(openedFake)).toBe(PLAYING);
  await openedFake.advance(96);
  await expect.poll(() => playerState(openedFake), 'paused once at the passage end').toBe(PAUSED);
  expect((await openedFake.current())!.time).toBeGreaterThanOrEqual(1921);
  expect((await openedFake.current())!.time).toBeLessThan(1923);
});

test('a focused line offers Copy quote by keyboard', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await episode.line('30:26').focus();
  await page.keyboard.press('Tab'); // to the line's "Copy link", then its "Copy quote"
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy quote' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(episode.notice).toHaveText('Quote copied');
  expect(await clipboard(page)).toMatch(
    /^“There are two elements to that\..*” — Luke Whipps, .* \(30:26–31:08\)\n.*\?t=1826,1868$/s,
  );
});

test('a passage link under #t= works too, and a reversed one opens at its start', async ({ page, fake }) => {
  let episode = await openEpisode(page, fake, `/episodes/${SEED_SLUG}#t=30:26,31:30`);
  await expect(episode.transcript.locator('[data-line][data-passage]')).toHaveCount(2);
  episode = await openEpisode(page, fake, `/episodes/${SEED_SLUG}?t=1961,1826`);
  await expect(episode.transcript.locator('[data-line][data-passage]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Play passage/ })).toHaveCount(0);
});

test('a passage page with words selected passes the accessibility audit', async ({ page, fake }) => {
  test.slow();
  await openEpisode(page, fake, `${SEED}?t=1826,1921`);
  await selectWords(page, '30:26', '31:08');
  await expect(page.getByRole('toolbar', { name: 'Share the selected words' })).toBeVisible();
  await expectNoViolations(page, 'a passage, words selected');
});
