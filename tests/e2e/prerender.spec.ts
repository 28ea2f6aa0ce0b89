/**
 * Pages are prerendered by the build: the HTML itself holds the page, so it reads without script, and what a
 * reader does before the app's code has run is not lost.
 */
import { episodePage, lineName, SEED, SEED_TITLE } from './episode.ts';
import { CSP_META, withPolicy } from '../../src/prerender/csp.ts';
import { PARSER_YIELD_SCRIPT, withParserYields } from '../../src/prerender/parserYields.ts';
import { expect, holdAppScripts, test, throttleCpu } from './harness.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an episode page shows its title, chapters and whole transcript', async ({ page }) => {
    await page.goto(`${SEED}?t=1826`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    const episode = episodePage(page);
    await expect(episode.lines).toHaveCount(150);
    await expect(episode.line('30:26', 'There are two elements to that.')).toBeVisible();
    await expect(episode.chapters.getByRole('button')).not.toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Next episode/ })).toHaveAttribute(
      'href',
      '/episodes/s13e01-product-experiments',
    );
  });

  test('the library lists every episode, each a link to its page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Episodes');
    const titles = page.locator('.episode-card').getByRole('link');
    await expect(titles).toHaveCount(5);
    await expect(titles.first()).toHaveAttribute('href', '/episodes/s13e02-mlops-on-a-budget');
  });
});

test('a line clicked before the app has started is played from once it has', async ({ page, fake }) => {
  // Hold the app's code until the reader has clicked the prerendered line.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(SEED, { waitUntil: 'commit' });
  const episode = episodePage(page);
  const line = episode.line('30:26', 'There are two');
  await line.click();
  await expect(line).not.toHaveAttribute('aria-current', 'true');

  release();
  await expect(line).toHaveAttribute('aria-current', 'true');
  await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26', 'There are two'));
  // The player, once it is there, is taken to the line (and plays, if it was ready when the click came).
  await expect.poll(() => fake.current(), { message: 'the player is created' }).not.toBeNull();
  await expect.poll(async () => (await fake.calls('seekTo')).at(-1)?.args[0]).toBe(1826);
});

test('keys typed into the library search before and while the app takes the page over are all kept', async ({
  page,
}) => {
  test.slow();
  // A slow device, so that hydration takes long enough for keys to come while it runs.
  await throttleCpu(page, 4);
  const release = await holdAppScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially('bud');
  await page.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'mlops (1)' });
  await search.focus();
  await page.keyboard.press('End');
  // The rest while the app's code arrives, runs and hydrates the page under the keys.
  release();
  await search.pressSequentially('get on a budget', { delay: 5 });
  await expect(search).toHaveValue('budget on a budget');
  await expect(page).toHaveURL(/\/\?q=budget\+on\+a\+budget&topic=mlops$/);
  await expect(page.locator('.episode-card').getByRole('link')).toHaveText(['MLOps on a Budget']);
  await expect(page.locator('.library-summary')).toHaveText('1 of 5 episodes match');
});

test('the parser yield points a long page has run and leave nothing for hydration to meet', async ({ page }) => {
  // The seed is too short for any (src/prerender/parserYields.ts): it is served here with the yields, and the
  // policy, the build would give it were it long, one every 8,000 characters.
  let yields = 0;
  await page.route(`**${SEED}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(CSP_META, '');
    const root = html.indexOf('<div id="root"');
    const body = withPolicy(html.slice(0, root) + withParserYields(html.slice(root), 8_000));
    yields = body.split(PARSER_YIELD_SCRIPT).length - 1;
    await route.fulfill({ response, body });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(SEED);
  const episode = episodePage(page);
  await expect(episode.lines).toHaveCount(150);
  expect(yields).toBeGreaterThan(3);
  await expect(page.locator('#root script')).toHaveCount(0);
  // Hydrated, not rebuilt: a click is handled by the app, and React reported no mismatch (nor the policy a refusal).
  await episode.line('30:26', 'There are two').click();
  await expect(episode.line('30:26', 'There are two')).toHaveAttribute('aria-current', 'true');
  expect(errors).toEqual([]);
});

test('an episode page is painted from its HTML alone; its code and data are fetched once the HTML is parsed', async ({
  page,
}) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  await page.goto(SEED);
  const episode = episodePage(page);
  await episode.line('30:26', 'There are two').click();
  await expect(episode.line('30:26', 'There are two')).toHaveAttribute('aria-current', 'true');

  // The page's styles are in the page and apply (the transcript's blocks skip off-screen layout). The only
  // stylesheets asked for are those of parts whose code loads after the page's (deferredParts.tsx), once the
  // HTML is parsed, like that code.
  await expect(page.locator('.line-block').first()).toHaveCSS('content-visibility', 'auto');
  const { parsedAt, fetches, styles } = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource');
    return {
      parsedAt: navigation.domInteractive,
      fetches: resources
        .filter((entry) => /\/assets\/(start|s12e06-[^/]*)-[\w-]{8}\.js$/.test(entry.name))
        .map((entry) => ({ url: new URL(entry.name).pathname, at: entry.startTime })),
      styles: resources
        .filter((entry) => entry.name.endsWith('.css'))
        .map((entry) => ({ url: new URL(entry.name).pathname, at: entry.startTime })),
    };
  });
  expect(stylesheets.every((url) => styles.some((style) => url.endsWith(style.url)))).toBe(true);
  for (const style of styles) {
    expect(style.url).not.toMatch(/^\/assets\/index-/); // the page's own stylesheet is never linked
    expect(style.at, style.url).toBeGreaterThanOrEqual(parsedAt);
  }
  expect(fetches.map((fetch) => fetch.url.replace(/-[\w-]{8}\.js$/, ''))).toEqual(
    expect.arrayContaining(['/assets/start', '/assets/s12e06-preparing-for-data-science-interview']),
  );
  for (const fetch of fetches) expect(fetch.at, fetch.url).toBeGreaterThanOrEqual(parsedAt);
});
