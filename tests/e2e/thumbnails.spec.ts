/**
 * A thumbnail that cannot load (offline, blocked) leaves the card's placeholder, never the browser's
 * broken-image icon: whether it fails before the app has taken the prerendered library over (no `onError`
 * can be heard then) or after.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness.ts';

const cards = (page: Page) => page.locator('.episode-card');

/** Every card shows its placeholder, labelled and 16:9, with no image left over it. */
async function expectPlaceholders(page: Page) {
  await expect(cards(page)).toHaveCount(5);
  await expect(page.locator('.episode-card img')).toHaveCount(0);
  for (const card of await cards(page).all()) {
    const placeholder = card.locator('.thumbnail');
    await expect(placeholder).toBeVisible();
    await expect(placeholder.locator('.thumbnail-placeholder')).toHaveText(/^(S\d+ E\d+|E\d+|\S)$/);
    const box = (await placeholder.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
  }
}

/** Whether every thumbnail in the page has failed to load: finished, with no picture. */
const thumbnailsFailed = (page: Page) =>
  page.evaluate(() => {
    const images = [...document.querySelectorAll<HTMLImageElement>('.episode-card img')];
    return images.length > 0 && images.every((image) => image.complete && image.naturalWidth === 0);
  });

test.describe('with thumbnails failing', () => {
  test.use({ youtube: { api: 'serve', options: {}, thumbnails: 'fail' } });

  test('that fail before the app has hydrated the library, each card shows its placeholder', async ({ page }) => {
    // Hold the app's code back until every thumbnail of the prerendered page has failed.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/start-*.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.setViewportSize({ width: 1280, height: 2000 });
    await page.goto('/');
    await expect.poll(() => thumbnailsFailed(page), { message: 'thumbnails failed before hydration' }).toBe(true);
    release();
    await expectPlaceholders(page);
  });
});

test('that fail once the app runs, each card shows its placeholder', async ({ page, context }) => {
  // The thumbnails answer only once the app has taken the page over, and then fail.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/^https:\/\/i\.ytimg\.com\//, async (route) => {
    await released;
    await route.abort('internetdisconnected');
  });
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.goto('/');
  // The app has replayed the clicks it kept while loading: it runs (src/app/earlyClicks.ts).
  await expect.poll(() => page.evaluate(() => window.__earlyClicks === null)).toBe(true);
  await expect(page.locator('.episode-card img')).not.toHaveCount(0);
  release();
  await expectPlaceholders(page);
});

test('a thumbnail that loads covers the placeholder', async ({ page }) => {
  await page.goto('/');
  const image = cards(page).first().locator('img');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
  const [imageBox, boxBox] = [await image.boundingBox(), await cards(page).first().locator('.thumbnail').boundingBox()];
  expect(imageBox).toEqual(boxBox);
});
