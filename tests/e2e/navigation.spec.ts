/**
 * Moving between episodes with the app's own links (no page load): the old player is destroyed, a new one is
 * created for the new episode, and nothing throws (page errors fail every test, see the harness).
 */
import { episodePage, lineName, openEpisode, PLAYING, playerState, SEED, SEED_TITLE, SEED_VIDEO } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const XSS_VIDEO = 'abcdefghijk';
const XSS_TITLE = `<script>window.__pwned = 'title'</script> Malicious <img src=x onerror="window.__pwned='img'">`;

test('"Previous episode" and "Next episode" swap the player for the new episode', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(2);
  expect(await fake.players()).toEqual([{ videoId: SEED_VIDEO, destroyed: false, start: 1826 }]);

  // To the older episode, while the seed is playing.
  await page.getByRole('link', { name: /^Previous episode/ }).click();
  await expect(page).toHaveURL(/\/episodes\/xss$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE);
  await expect
    .poll(() => fake.players())
    .toEqual([
      { videoId: SEED_VIDEO, destroyed: true, start: 1826 },
      { videoId: XSS_VIDEO, destroyed: false, start: 0 },
    ]);
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect.poll(() => playerState(fake)).toBe(5);
  // Nothing of the old episode's moment is left: the new page starts at its beginning.
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 0:00');
  await expect(episode.activeLine).toHaveCount(0);

  // The new player is the one the page drives.
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(2);
  await expect(episode.activeLine).toHaveAccessibleName(/^0:01 /);
  expect((await fake.current())?.videoId).toBe(XSS_VIDEO);

  // And on to the newer one again.
  await page.getByRole('link', { name: /^Next episode/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect
    .poll(async () => (await fake.players()).map(({ videoId, destroyed }) => ({ videoId, destroyed })))
    .toEqual([
      { videoId: SEED_VIDEO, destroyed: true },
      { videoId: XSS_VIDEO, destroyed: true },
      { videoId: SEED_VIDEO, destroyed: false },
    ]);
  await expect.poll(() => playerState(fake)).toBe(5);
  const line = episode.line('30:26', 'There are two');
  await line.click();
  await expect(line).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  expect((await fake.calls('seekTo')).at(-1)?.args[0]).toBe(1826);
});

test('the library opens episodes in-app, and going back and forth keeps one live player', async ({ page, fake }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Preparing for a Data Science Interview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect.poll(() => playerState(fake)).toBe(5);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);

  await page.getByRole('link', { name: /all episodes/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
  await expect.poll(() => fake.players()).toEqual([expect.objectContaining({ videoId: SEED_VIDEO, destroyed: true })]);
  await expect(page.locator('iframe')).toHaveCount(0);

  await page.getByRole('link', { name: 'No video' }).click();
  await expect(page.getByText('This episode has no video.')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect.poll(async () => (await fake.players()).filter((player) => !player.destroyed)).toHaveLength(1);
  await expect.poll(() => fake.players()).toHaveLength(2);
  await expect.poll(() => playerState(fake)).not.toBeUndefined();

  const episode = episodePage(page);
  const reply = episode.line('32:27', "But it doesn't mean");
  await reply.click();
  await expect(reply).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(2);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('32:27', "But it doesn't mean"));
});
