/**
 * Journey 4b: follow mode in an engine without `scrollend` and without scroll anchoring (`overflow-anchor`),
 * as WebKit 2.50 is, emulated in Chromium: an init script takes both features away before the app runs.
 * Without anchoring, the blocks of lines above the target that are laid out after a jump (sized from an
 * estimate until then, and taller at phone width) push the line down; without `scrollend`, nothing tells
 * follow mode that its scroll is over. The active line must still end up, and stay, in view.
 */
import type { Page } from '@playwright/test';
import {
  expectActiveLineInView,
  lineName,
  LUKE_TURN,
  openEpisode,
  placement,
  PLAYING,
  playerState,
  playThroughLukesTurn,
  SEED,
  settledScrollTop,
} from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

/**
 * Removes `scrollend` (the feature test `'onscrollend' in window` fails and no such event reaches the app)
 * and scroll anchoring (`CSS.supports('overflow-anchor', …)` answers false and no element anchors).
 */
async function withoutScrollEndOrAnchoring(page: Page) {
  await page.addInitScript(() => {
    // Chromium defines the window's event handler properties on the window itself.
    for (const owner of [window, Window.prototype, Document.prototype, HTMLElement.prototype, SVGElement.prototype])
      delete (owner as { onscrollend?: unknown }).onscrollend;
    // Registered before any of the app's listeners on the window, so it stops the event before they hear it.
    window.addEventListener('scrollend', (event) => event.stopImmediatePropagation(), { capture: true });
    const supports = CSS.supports.bind(CSS);
    CSS.supports = ((...args: [string, string?]) =>
      /overflow-anchor/i.test(args.join(' ')) ? false : supports(...(args as [string, string]))) as typeof CSS.supports;
    // A constructed stylesheet: in place before the page's own, and not an inline style the page's CSP refuses.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { overflow-anchor: none !important; }');
    document.adoptedStyleSheets = [sheet];
  });
}

/** The page really lacks both features, as the app sees them. */
async function expectFeaturesRemoved(page: Page) {
  expect(
    await page.evaluate(() => ({
      scrollEnd: 'onscrollend' in window,
      anchoringSupported: CSS.supports('overflow-anchor', 'auto'),
      anchoring: getComputedStyle(document.querySelector('.transcript-scroll')!).overflowAnchor,
    })),
  ).toEqual({ scrollEnd: false, anchoringSupported: false, anchoring: 'none' });
}

for (const viewport of [
  { width: 447, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test.beforeEach(({ page }) => withoutScrollEndOrAnchoring(page));

    test('a deep link shows its line, and the line stays in view while the blocks above it settle', async ({
      page,
      fake,
    }) => {
      const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
      await expectFeaturesRemoved(page);
      await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[0].clock, LUKE_TURN[0].text));
      await expectActiveLineInView(page, 'after the deep link');
      // Once nothing moves any more, it is still there (no later growth pushed it away).
      await settledScrollTop(page);
      expect(await placement(episode.activeLine), 'the line is in view once the view is still').toBe('inside');
    });

    test('playback keeps the spoken line in view, and a jump far away lands on its line', async ({ page, fake }) => {
      const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
      await page.keyboard.press('k');
      await expect.poll(() => playerState(fake)).toBe(PLAYING);
      await playThroughLukesTurn(page, fake, 3, expectActiveLineInView);
      // Chapters further on (N): jumps past blocks never laid out, each sized from its estimate until then.
      for (const chapter of ['38:35', '41:35', '44:56']) {
        await page.keyboard.press('n');
        await expect(episode.activeLine).toHaveAccessibleName(new RegExp(`^${chapter} `));
        await expectActiveLineInView(page, `after the jump to the chapter at ${chapter}`);
      }
      await settledScrollTop(page);
      expect(await placement(episode.activeLine), 'the line is in view once the view is still').toBe('inside');
    });

    test('a scroll that is not following’s, while it settles, is left where it went', async ({ page, fake }) => {
      // In the frame after following's first scroll (the deep link's jump), while it still settles, another
      // scroll (a script's, find in page, a screen reader) takes the view far down, past blocks not laid out.
      await page.addInitScript(() => {
        const scope = window as unknown as { __foreignTop?: number };
        const onScroll = (event: Event) => {
          const scroller = event.target as HTMLElement;
          if (!scroller.classList?.contains('transcript-scroll')) return;
          window.removeEventListener('scroll', onScroll, true);
          requestAnimationFrame(() => {
            scroller.scrollTop += 4000;
            scope.__foreignTop = scroller.scrollTop;
          });
        };
        // At the window, before the app's own listener there (scrollEvents.ts) stops the event.
        window.addEventListener('scroll', onScroll, true);
      });
      await openEpisode(page, fake, `${SEED}?t=1826`);
      await expect
        .poll(() => page.evaluate(() => (window as { __foreignTop?: number }).__foreignTop))
        .toBeGreaterThan(0);
      const foreignTop = await page.evaluate(() => (window as { __foreignTop?: number }).__foreignTop!);
      // The blocks laid out there do not bring following back to the spoken line.
      expect(await settledScrollTop(page)).toBe(foreignTop);
    });
  });
}

/**
 * Firefox has both features, yet its anchoring did not hold after a far jump into blocks sized from their
 * estimate (seen in CI: the line left about 290 px lower, half out of view, with no scroll of any kind).
 * Emulated here: Chromium keeps `scrollend` and says it supports `overflow-anchor`, but no element anchors.
 */
test.describe('where anchoring is supported but does not hold', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.beforeEach(({ page }) =>
    page.addInitScript(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('* { overflow-anchor: none !important; }');
      document.adoptedStyleSheets = [sheet];
    }),
  );

  test('far jumps on YouTube’s progress bar land the line in view, and it stays there', async ({ page, fake }) => {
    const episode = await openEpisode(page, fake);
    await page.keyboard.press('k');
    await expect.poll(() => playerState(fake)).toBe(PLAYING);
    await fake.advance(150, 5);
    await expectActiveLineInView(page, 'at 2:29');
    for (const [time, clock] of [
      [1830, '30:26 '],
      [3030, '50:23 '],
      [200, '3:12 '],
    ] as const) {
      await fake.setTime(time);
      await fake.advance(1);
      await expect(episode.activeLine).toHaveAccessibleName(new RegExp(`^${clock}`));
      await expectActiveLineInView(page, `after the jump to ${time} s`);
      await settledScrollTop(page);
      expect(await placement(episode.activeLine), `still in view once the view is still (${time} s)`).toBe('inside');
    }
  });
});
