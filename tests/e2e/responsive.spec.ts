/**
 * Journey 8: the pages on a phone (390×844) and a desktop (1440×900): nothing scrolls sideways, the phone's
 * folded chapter list works, and a full-page screenshot of each page is saved in test-results/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  episodePage,
  expectActiveLineInView,
  lineName,
  LUKE_SECTION,
  NO_VIDEO,
  openEpisode,
  PLAYING,
  playerState,
  SEED,
  XSS,
} from './episode.ts';
import { expectActiveLineSettledInView } from './followChecks.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
} as const;

/**
 * Nothing on the page scrolls sideways: not the page, not the transcript. Soft assertions: the journey goes on
 * (and its screenshots are still taken), and the test fails at its end.
 */
async function expectNoHorizontalScroll(page: Page, width: number) {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    transcript: document.querySelector('.transcript-scroll')
      ? {
          scrollWidth: document.querySelector('.transcript-scroll')!.scrollWidth,
          clientWidth: document.querySelector('.transcript-scroll')!.clientWidth,
        }
      : null,
  }));
  expect.soft(sizes.innerWidth, 'the layout viewport is the device width').toBe(width);
  expect.soft(sizes.scrollWidth, 'the page is no wider than the window').toBeLessThanOrEqual(sizes.innerWidth);
  if (sizes.transcript)
    expect
      .soft(sizes.transcript.scrollWidth, 'the transcript does not scroll sideways')
      .toBeLessThanOrEqual(sizes.transcript.clientWidth);
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });

for (const [device, options] of Object.entries(DEVICES)) {
  test.describe(`on a ${device} (${options.viewport.width}×${options.viewport.height})`, () => {
    test.use(options);

    test('the episode page fits the width, follows playback, and is screenshotted', async ({ page, fake }) => {
      const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
      await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26', 'There are two'));
      await expect(page.locator('iframe[title]')).toBeVisible();
      await expectActiveLineSettledInView(page, 'after the deep link');
      await expectNoHorizontalScroll(page, options.viewport.width);

      await page.keyboard.press('k');
      await expect.poll(() => playerState(fake)).toBe(PLAYING);
      await fake.advance(125, 5);
      await expect(episode.activeLine).toHaveAccessibleName(/^32:27 /);
      // Judged once following's scroll is over, however slow the machine: not mid-glide, not after a timeout.
      await expectActiveLineSettledInView(page, 'at 32:27');
      expect(await page.evaluate(() => window.scrollY), 'the page itself does not scroll').toBe(0);
      await expectNoHorizontalScroll(page, options.viewport.width);
      await shoot(page, `episode-${device}`);
    });

    test('the library, the not-found page, the no-video and the hostile episode fit the width', async ({
      page,
      fake,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Episodes' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Preparing for a Data Science Interview' })).toBeVisible();
      await expectNoHorizontalScroll(page, options.viewport.width);
      await shoot(page, `library-${device}`);

      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      await expectNoHorizontalScroll(page, options.viewport.width);
      await shoot(page, `not-found-${device}`);

      await page.goto(NO_VIDEO);
      await expect(page.getByText('This episode has no video.')).toBeVisible();
      await expectNoHorizontalScroll(page, options.viewport.width);
      await shoot(page, `no-video-${device}`);

      await openEpisode(page, fake, XSS);
      await expectNoHorizontalScroll(page, options.viewport.width);
      await shoot(page, `xss-${device}`);
    });
  });
}

test.describe('on a phone, the chapter list', () => {
  test.use(DEVICES.phone);

  test('is folded behind a button naming the current chapter, and picking one seeks and folds it', async ({
    page,
    fake,
  }) => {
    const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
    const toggle = episode.chapters.getByRole('button', { name: /^Chapters/ });
    const target = episode.chapter('38:35', 'Message Preparation: elevator pitches and STAR storytelling');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText(LUKE_SECTION);
    await expect(target).toBeHidden();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(episode.activeChapter).toBeVisible();
    await expect(episode.activeChapter).toHaveAccessibleName(`30:26 ${LUKE_SECTION}`);
    await expectNoHorizontalScroll(page, DEVICES.phone.viewport.width);
    await shoot(page, 'episode-phone-chapters-open');

    await target.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(target).toBeHidden();
    await expect(toggle).toContainText('Message Preparation: elevator pitches and STAR storytelling');
    await expect(episode.activeLine).toHaveAccessibleName(/^38:35 /);
    expect((await fake.calls('seekTo')).map((call) => call.args[0])).toEqual([2315]);
    await expectActiveLineInView(page);
  });
});

test.describe('on a desktop, the chapter list', () => {
  test.use(DEVICES.desktop);

  test('is always open beside the video, with no fold button', async ({ page, fake }) => {
    const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
    await expect(episode.chapters.getByRole('button', { name: /^Chapters/ })).toBeHidden();
    await expect(episode.activeChapter).toBeVisible();
    await expect(episode.chapters.getByRole('button')).toHaveCount(23); // 21 chapters, previous, next
    await expect(episodePage(page).chapter('1:41', 'Guest Introduction: Luke Whipps & Neural AI')).toBeVisible();
  });
});
