/**
 * Transcript search across every episode (Pagefind's index of the built pages, src/search): from the library's
 * search box to the second where the words were said, filtered, under a sub-path, with the index missing, with
 * odd queries, and audited.
 */
import type { Page } from '@playwright/test';
import { expectNoViolations } from './a11y.ts';
import { CUED, episodePage, playerState, SEED } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';
import { SUBPATH, SUBPATH_PORT } from './playwright.config.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const MLOPS = 'MLOps on a Budget';

function library(page: Page) {
  const results = page.getByRole('region', { name: 'In transcripts' });
  return {
    search: page.getByRole('searchbox', { name: 'Search' }),
    topic: page.getByRole('combobox', { name: 'Topic' }),
    cards: page.locator('.episode-card').getByRole('link'),
    status: page.locator('.transcript-status'),
    results,
    /** Each episode found in the transcripts: its title (the link in its heading). */
    episodes: results.getByRole('heading', { level: 3 }).getByRole('link'),
    hit: (name: string | RegExp) => results.getByRole('link', { name }),
  };
}

/** The library with `query` typed in, key by key, as soon as its page has loaded (the app may not run yet). */
async function searchFor(page: Page, query: string, origin = '') {
  await page.goto(`${origin}${origin ? SUBPATH : '/'}`);
  const shelf = library(page);
  await shelf.search.pressSequentially(query);
  await expect(shelf.search).toHaveValue(query);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
  return shelf;
}

test('a transcript hit in the library opens the episode at that second, carrying the query', async ({ page, fake }) => {
  const shelf = await searchFor(page, 'pre-research');
  await expect(shelf.status).toHaveText('Found in the transcripts of 1 episode.');
  await expect(shelf.status).toHaveRole('status');
  await expect(shelf.episodes).toHaveText(['Preparing for a Data Science Interview']);
  const hit = shelf.hit(/^30:26 · .*the pre-research and the immediate things/);
  await expect(hit.locator('mark')).toHaveText(['pre-research']);
  await expect(hit).toHaveAttribute('href', `${SEED}?t=1826&q=pre-research`);

  await hit.click();
  await expect(page).toHaveURL(`${SEED}?t=1826&q=pre-research`);
  const episode = episodePage(page);
  await expect(episode.activeLine).toHaveAccessibleName(/^30:26 There are two elements to that\./);
  await expect.poll(() => playerState(fake)).toBe(CUED);
  expect(await fake.current()).toMatchObject({ time: 1826, playerVars: { start: 1826 } });
});

test('Pagefind loads from the first key typed, nothing of it before, and no index chunk for one letter', async ({
  page,
}) => {
  // Pagefind's files, by path in its folder: asked for (request sent), fetched (response in).
  const asked: string[] = [];
  const fetched: string[] = [];
  const fileOf = (url: string) => {
    const { pathname } = new URL(url);
    const at = pathname.indexOf('/pagefind/');
    return at < 0 ? undefined : pathname.slice(at + '/pagefind/'.length);
  };
  page.on('request', (request) => void (fileOf(request.url()) && asked.push(fileOf(request.url())!)));
  page.on('requestfinished', (request) => void (fileOf(request.url()) && fetched.push(fileOf(request.url())!)));
  await page.goto('/');
  const shelf = library(page);
  // Once the app is live (it puts the sort order in the address), still nothing of Pagefind.
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('title');
  await expect(page).toHaveURL(/\?sort=title$/);
  expect(asked).toEqual([]);

  await shelf.search.pressSequentially('d');
  await expect(page).toHaveURL(/\?q=d&sort=title$/);
  // The engine: its script, worker, WebAssembly and the index's metadata; no chunk for a one-letter word.
  await expect.poll(() => fetched.some((file) => /^wasm\.[\w-]+\.pagefind$/.test(file))).toBe(true);
  await expect.poll(() => fetched.some((file) => file.endsWith('.pf_meta'))).toBe(true);
  expect(asked.filter((file) => /^(index|fragment)\//.test(file))).toEqual([]);

  await shelf.search.pressSequentially('at');
  await expect.poll(() => asked.some((file) => file.startsWith('index/'))).toBe(true);
});

test('the topic filter narrows transcript hits too', async ({ page }) => {
  const shelf = await searchFor(page, 'team');
  await expect(shelf.episodes).toHaveCount(3);
  await shelf.topic.selectOption({ label: 'mlops (1)' });
  await expect(shelf.episodes).toHaveText([MLOPS]);
  await expect(shelf.status).toHaveText('Found in the transcripts of 1 episode.');
  await expect(shelf.hit(/team/i).first().locator('mark').first()).toHaveText(/^team/i);
});

test('an episode’s other lines are shown on request', async ({ page }) => {
  const shelf = await searchFor(page, 'interview');
  const seed = shelf.results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(seed.getByRole('link')).toHaveCount(4);
  const more = seed.getByRole('button', { name: /^\d+ more lines in this episode$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(seed.getByRole('button', { name: 'Fewer lines' })).toHaveAttribute('aria-expanded', 'true');
  expect(await seed.getByRole('link').count()).toBeGreaterThan(10);
});

test('without the index, the library says transcript search is unavailable and its own search still works', async ({
  page,
}) => {
  await page.route('**/pagefind/**', (route) => route.abort('failed'));
  const shelf = await searchFor(page, 'mlops');
  await expect(page.getByRole('status').filter({ hasText: 'Transcript search' })).toHaveText(
    'Transcript search is unavailable right now.',
  );
  await expect(shelf.cards).toHaveText([MLOPS]);
  await expect(shelf.results).toHaveCount(0);

  // Once the index can be fetched again, the next search finds it.
  await page.unroute('**/pagefind/**');
  await shelf.search.fill('pre-research');
  await expect(shelf.status).toHaveText('Found in the transcripts of 1 episode.');
});

test('odd queries give sensible results or none, never an error', async ({ page }) => {
  const shelf = await searchFor(page, 'x');
  for (const query of ['.*(', '😀', '!!', 'مرحبا بالعالم', 'a'.repeat(1000), 'team '.repeat(200)]) {
    await shelf.search.fill(query);
    await expect(shelf.search).toHaveValue(query);
    await page.waitForTimeout(400);
  }
  await expect(shelf.status).toHaveText('Found in the transcripts of 3 episodes.');
  await shelf.search.fill('.*(');
  await expect(shelf.status).toHaveText('');
  await expect(shelf.results).toHaveCount(0);
  await shelf.search.fill('zxqv');
  await expect(shelf.status).toHaveText('No transcript mentions it.');
});

test('under a sub-path, hits link inside it and open the episode there', async ({ page, fake }) => {
  const origin = `http://127.0.0.1:${SUBPATH_PORT}`;
  const shelf = await searchFor(page, 'pre-research', origin);
  const hit = shelf.hit(/^30:26 · /);
  await expect(hit).toHaveAttribute(
    'href',
    `${SUBPATH}episodes/s12e06-preparing-for-data-science-interview?t=1826&q=pre-research`,
  );
  await hit.click();
  await expect(page).toHaveURL(
    `${origin}${SUBPATH}episodes/s12e06-preparing-for-data-science-interview?t=1826&q=pre-research`,
  );
  await expect(episodePage(page).activeLine).toHaveAccessibleName(/^30:26 /);
  await expect.poll(() => playerState(fake)).toBe(CUED);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the library with transcript hits passes the accessibility audit (${colorScheme} colours)`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    const shelf = await searchFor(page, 'interview');
    await expect(shelf.episodes).toHaveCount(1);
    await shelf.results.getByRole('button', { name: /more lines/ }).click();
    await expectNoViolations(page, `transcript hits, ${colorScheme}`);
  });
}
