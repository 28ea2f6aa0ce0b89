/**
 * Link previews as the served pages carry them (src/pages/head.ts): the tags are in the page's head, the JSON-LD
 * parses, the linked files and sitemap entries are there, and all of it sits under the page's strict policy
 * without a violation (the harness fails a test on any). The main site is built without SITE_URL, the sub-path
 * site with it.
 */
import type { Page } from '@playwright/test';
import { openEpisode, SEED_SLUG, SEED_TITLE, SEED_VIDEO } from './episode.ts';
import { expect, test } from './harness.ts';
import { SUBPATH, SUBPATH_PORT, SUBPATH_SITE_URL } from './playwright.config.ts';

const content = (page: Page, name: string) =>
  page.locator(`head meta[property="${name}"], head meta[name="${name}"]`).getAttribute('content');

const jsonLd = (page: Page) =>
  page
    .locator('head script[type="application/ld+json"]')
    .allTextContents()
    .then((texts) => texts.map((text) => JSON.parse(text) as Record<string, unknown>));

test('an episode page carries its preview, JSON-LD and transcript files, under its policy', async ({
  page,
  fake,
  request,
}) => {
  await openEpisode(page, fake);
  expect(await content(page, 'og:type')).toBe('video.episode');
  expect(await content(page, 'og:title')).toBe(SEED_TITLE);
  expect(await content(page, 'og:image')).toBe(`https://i.ytimg.com/vi/${SEED_VIDEO}/hqdefault.jpg`);
  expect(await content(page, 'twitter:card')).toBe('summary_large_image');
  // Built without SITE_URL: no address that would have to be guessed.
  await expect(page.locator('head link[rel="canonical"], head meta[property="og:url"]')).toHaveCount(0);
  const [episode] = await jsonLd(page);
  expect(episode).toMatchObject({
    '@type': 'PodcastEpisode',
    name: SEED_TITLE,
    partOfSeries: { '@type': 'PodcastSeries' },
    associatedMedia: [{ '@type': 'VideoObject', embedUrl: `https://www.youtube.com/embed/${SEED_VIDEO}` }],
  });
  const files = page.locator('head link[rel="alternate"]');
  await expect(files).toHaveCount(6);
  for (const href of await files.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("the library carries the site's own preview and JSON-LD", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Episodes');
  expect(await content(page, 'og:type')).toBe('website');
  expect(await content(page, 'og:site_name')).toBe('Transcript Player');
  const [site] = await jsonLd(page);
  expect((site!['@graph'] as Array<{ '@type': string }>).map((node) => node['@type'])).toEqual([
    'WebSite',
    'PodcastSeries',
  ]);
});

test.describe('with SITE_URL, under a sub-path', () => {
  const origin = `http://127.0.0.1:${SUBPATH_PORT}`;
  const site = `${SUBPATH_SITE_URL}${SUBPATH}`;

  test('the canonical address and og:url are the page itself', async ({ page, fake }) => {
    await openEpisode(page, fake, `${origin}${SUBPATH}episodes/${SEED_SLUG}?t=1826`);
    const url = `${site}episodes/${SEED_SLUG}`;
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', url);
    expect(await content(page, 'og:url')).toBe(url);
    expect((await jsonLd(page))[0]).toMatchObject({ url, partOfSeries: { url: site } });
  });

  test('robots.txt points at the sitemap, which lists every page, each served', async ({ request }) => {
    const robots = await (await request.get(`${origin}${SUBPATH}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${site}sitemap.xml`);
    const sitemap = await request.get(`${site}sitemap.xml`);
    expect(sitemap.status()).toBe(200);
    const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
    expect(locs).toHaveLength(6);
    expect(locs).toContain(`${site}episodes/${SEED_SLUG}`);
    for (const loc of locs) expect((await request.get(loc)).status(), loc).toBe(200);
  });
});
