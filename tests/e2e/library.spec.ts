/**
 * The library journeys: finding an episode by guest and by a word of its title, opening it, coming back
 * with the filters intact, jumping by chapter, and addresses that lead nowhere.
 */
import type { Page } from '@playwright/test';
import { CUED, episodePage, PLAYING, playerState, SEED, SEED_TITLE } from './episode.ts';
import { expect, test } from './harness.ts';

const AB_TITLE = 'Product Experiments: A/B Testing, Stable Metrics and Power Analysis';
const MLOPS_TITLE = 'MLOps on a Budget: Shipping Models with a Small Team';

function library(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Episodes' }),
    search: page.getByRole('searchbox', { name: 'Search' }),
    topic: page.getByRole('combobox', { name: 'Topic' }),
    guest: page.getByRole('combobox', { name: 'Guest' }),
    sort: page.getByRole('combobox', { name: 'Sort' }),
    /** The cards' titles, in the order shown. */
    titles: page.locator('.episode-card').getByRole('link'),
    summary: page.locator('.library-summary'),
  };
}

test('find an episode by its guest, open it, and come back to the same filtered list', async ({ page, fake }) => {
  await page.goto('/');
  const shelf = library(page);
  await expect(shelf.titles).toHaveText([
    'MLOps on a Budget',
    'A/B Testing',
    'Preparing for a Data Science Interview',
    /Malicious/,
    'No video',
  ]);

  await shelf.guest.selectOption({ label: 'Maria Garcia' });
  await expect(page).toHaveURL(/\/\?guest=mariagarcia$/);
  await expect(shelf.titles).toHaveText(['A/B Testing']);
  await expect(shelf.summary).toHaveText('1 of 5 episodes match');

  await shelf.titles.first().click();
  await expect(page).toHaveURL(/\/episodes\/s13e01-product-experiments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AB_TITLE);
  await expect(page).toHaveTitle(/^A\/B Testing/);
  await expect(page.getByRole('list', { name: 'Guests' })).toContainText('Maria Garcia');
  await expect.poll(() => playerState(fake)).toBe(CUED);

  await page.goBack();
  await expect(shelf.heading).toBeVisible();
  await expect(page).toHaveURL(/\/\?guest=mariagarcia$/);
  await expect(shelf.guest).toHaveValue('mariagarcia');
  await expect(shelf.titles).toHaveText(['A/B Testing']);
  await expect(page).toHaveTitle(/Episodes/);

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AB_TITLE);
});

test('find an episode by a word of its title as you type; the search survives reload and back', async ({ page }) => {
  await page.goto('/');
  const shelf = library(page);
  const entries = await page.evaluate(() => history.length);
  await shelf.search.pressSequentially('budget');
  await expect(shelf.titles).toHaveText(['MLOps on a Budget']);
  await expect(page).toHaveURL(/\/\?q=budget$/);
  // Typing leaves no history entry per key: it rewrites the current one.
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.reload();
  await expect(shelf.search).toHaveValue('budget');
  await expect(shelf.titles).toHaveText(['MLOps on a Budget']);

  await shelf.titles.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MLOPS_TITLE);
  await page.goBack();
  await expect(shelf.search).toHaveValue('budget');
  await expect(shelf.titles).toHaveText(['MLOps on a Budget']);
});

test('an episode found by a word of its description, by topic, and the three sort orders', async ({ page }) => {
  await page.goto('/');
  const shelf = library(page);
  await shelf.search.fill('feature stores');
  await expect(shelf.titles).toHaveText(['MLOps on a Budget']);
  await shelf.search.fill('');

  await shelf.topic.selectOption({ label: 'experimentation (1)' });
  await expect(shelf.titles).toHaveText(['A/B Testing']);
  await shelf.topic.selectOption({ label: 'All topics' });

  await shelf.sort.selectOption({ label: 'Oldest first' });
  await expect(shelf.titles.first()).toHaveText('No video');
  await expect(shelf.titles.last()).toHaveText('MLOps on a Budget');
  await shelf.sort.selectOption({ label: 'Title (A–Z)' });
  await expect(page).toHaveURL(/sort=title/);
  const titles = await shelf.titles.allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
});

test('a search that finds nothing says so and clears the filters in one press', async ({ page }) => {
  await page.goto('/?q=quantum&topic=mlops&sort=oldest');
  const shelf = library(page);
  await expect(page.getByText('No episode matches “quantum” with the topic mlops.')).toBeVisible();
  await expect(shelf.titles).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/\?sort=oldest$/);
  await expect(shelf.titles).toHaveCount(5);
  await expect(shelf.search).toHaveValue('');
});

test('jump by chapter: the list and the next-chapter key seek the player and move the highlight', async ({
  page,
  fake,
}) => {
  await page.goto('/episodes/s13e01-product-experiments');
  const episode = episodePage(page);
  await expect.poll(() => playerState(fake)).toBe(CUED);
  await expect(episode.chapters.getByRole('button', { name: /^\d+:\d\d / })).toHaveText([
    /0:00\s*Why experiment at all/,
    /1:35\s*Choosing a metric/,
    /4:00\s*Power analysis and sample size/,
  ]);

  await episode.chapter('4:00', 'Power analysis and sample size').click();
  await expect.poll(async () => (await fake.calls('seekTo')).at(-1)?.args[0]).toBe(240);
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await expect(episode.activeChapter).toHaveAccessibleName('4:00 Power analysis and sample size');
  await expect(episode.activeSection).toContainText('Power analysis and sample size');
  await expect(episode.activeLine).toHaveAccessibleName(/^4:00 And how long/);

  await page.getByRole('button', { name: 'Previous chapter' }).click();
  await expect.poll(async () => (await fake.calls('seekTo')).at(-1)?.args[0]).toBe(95);
  await expect(episode.activeChapter).toHaveAccessibleName('1:35 Choosing a metric');

  await page.keyboard.press('n');
  await expect.poll(async () => (await fake.calls('seekTo')).at(-1)?.args[0]).toBe(240);
  await expect(episode.activeLine).toHaveAccessibleName(/^4:00 /);
});

test('the chapter list keeps the current chapter in view as the chapter changes', async ({ page }) => {
  await page.goto(`${SEED}?t=3717`);
  const episode = episodePage(page);
  const list = episode.chapters.getByRole('list');
  const inList = async () => {
    const [item, view] = await Promise.all([episode.activeChapter.boundingBox(), list.boundingBox()]);
    return item !== null && view !== null && item.y >= view.y && item.y + item.height <= view.y + view.height;
  };
  // Twenty-one chapters overflow the list beside the video: the last one is scrolled to.
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  await expect(episode.activeChapter).toHaveAccessibleName(/^1:01:57 Closing Remarks/);
  await expect.poll(inList).toBe(true);

  // Back to the first chapter, one "previous chapter" key at a time.
  for (let i = 0; i < 21; i++) await page.keyboard.press('p');
  await expect(episode.activeChapter).toHaveAccessibleName(/^\d+:\d\d Guest Introduction/);
  await expect.poll(inList).toBe(true);
});

test('back to an episode returns to the second it was left at', async ({ page, fake }) => {
  await page.goto(`${SEED}?t=1826`);
  const episode = episodePage(page);
  await expect.poll(() => playerState(fake)).toBe(CUED);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(30);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 30:56');

  await page.getByRole('link', { name: /all episodes/ }).click();
  await expect(library(page).heading).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 30:56');
  await expect(episode.activeLine).toHaveAccessibleName(/^30:26 There are two/);
  await expect.poll(async () => (await fake.players()).at(-1)?.start).toBe(1856);
});

test('an unknown episode or address shows "Not found" with a way back to the library', async ({ page }) => {
  for (const address of ['/episodes/no-such-episode', '/no/such/page']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(page).toHaveTitle(/^Not found/);
    await page.getByRole('link', { name: 'Browse all episodes' }).click();
    await expect(library(page).heading).toBeVisible();
    await expect(library(page).titles).toHaveCount(5);
  }
});

test('words typed and a filter picked before the page is live are kept and applied', async ({ page }) => {
  // The app's script arrives late, as on a slow connection: the reader types into the prerendered box first.
  await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const shelf = library(page);
  await shelf.search.pressSequentially('budget');
  await expect(page).toHaveURL(/\?q=budget$/);
  await expect(shelf.search).toHaveValue('budget');
  await expect(shelf.titles).toHaveText(['MLOps on a Budget']);

  await page.goto('/?q=testing', { waitUntil: 'domcontentloaded' });
  await shelf.guest.selectOption({ label: 'Maria Garcia' });
  await expect(page).toHaveURL(/\?q=testing&guest=mariagarcia$/);
  await expect(shelf.titles).toHaveText(['A/B Testing']);
});
