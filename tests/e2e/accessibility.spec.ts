/** Journey 9: an axe-core audit (WCAG 2.0/2.1, A and AA) of every page and state finds nothing. */
import { expectNoViolations } from './a11y.ts';
import { NO_VIDEO, openEpisode, PLAYING, playerState, SEED, XSS } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);
// An audit is a whole-page pass over ~900 elements (0.8 s on an idle machine, half of it colour contrast), and
// these journeys run up to three of them: their time limit is the suite's tripled, so that a busy machine
// slows them without failing them. Nothing is left out of the audit to make it faster.
test.beforeEach(() => test.slow());

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test('the episode page, following playback and then paused by the reader', async ({ page, fake }) => {
      const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
      await page.keyboard.press('k');
      await expect.poll(() => playerState(fake)).toBe(PLAYING);
      await fake.advance(50, 5);
      await expect(episode.activeLine).toHaveAccessibleName(/^31:08 /);
      await expectNoViolations(page, 'following');

      await episode.scroller.hover();
      await page.mouse.wheel(0, 1500);
      await expect(episode.backToNow).toBeVisible();
      await episode.line('32:27', "But it doesn't mean").hover();
      await expectNoViolations(page, 'paused, with "Back to now" shown');

      await episode.copyLinkAt.click();
      await expect(episode.notice).toBeVisible();
      await expectNoViolations(page, 'after copying a link');
    });

    test('the keyboard shortcuts dialog', async ({ page, fake }) => {
      await openEpisode(page, fake);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'shortcuts dialog open');
    });

    test('the library, the not-found page and the episode without a video', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: 'Preparing for a Data Science Interview' })).toBeVisible();
      await expectNoViolations(page, 'library');

      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      await expectNoViolations(page, 'not found');

      await page.goto('/episodes/no-such-episode');
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      await expectNoViolations(page, 'episode not found');

      await page.goto(NO_VIDEO);
      await expect(page.getByText('This episode has no video.')).toBeVisible();
      await expectNoViolations(page, 'no video');
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the episode page with the chapter list open', async ({ page, fake }) => {
    const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
    await expectNoViolations(page, 'phone, chapters folded');
    const toggle = episode.chapters.getByRole('button', { name: /^Chapters/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(episode.activeChapter).toBeVisible();
    await expectNoViolations(page, 'phone, chapters open');
  });
});

test.describe('when the video cannot play', () => {
  test.use({ youtube: { api: 'serve', options: { errorCode: 150 } } });

  test('the episode page with its error message', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'video error');
  });
});

test('the hostile episode', async ({ page, fake }) => {
  await openEpisode(page, fake, XSS);
  await expectNoViolations(page, 'xss episode');
});
