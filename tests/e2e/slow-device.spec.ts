/**
 * Journey 10: the core journeys on a slow device, Chromium's CPU throttled 4× (DevTools'
 * `Emulation.setCPUThrottlingRate`, as its performance panel does): the highlight follows playback, follow
 * mode keeps the spoken line wholly in view, deep links show and cue their line, and clicking a line seeks
 * there. Slow frames must change nothing the reader sees once the page has caught up; every wait here is
 * for a condition, never for time.
 */
import {
  CUED,
  lineName,
  LUKE_TURN,
  openEpisode,
  PLAYING,
  playerState,
  playThroughLukesTurn,
  recordActiveLines,
  SEED,
} from './episode.ts';
import { expectActiveLineSettledInView } from './followChecks.ts';
import { expect, LEAN_TRACE, test, throttleCpu } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);
// Everything in the page takes four times as long: so may the journeys (the work is the same, only slower).
test.slow();

const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
} as const;

for (const [device, options] of Object.entries(DEVICES)) {
  test.describe(`on a slow ${device}`, () => {
    test.use(options);
    test.beforeEach(({ page }) => throttleCpu(page, 4));

    test('a deep link shows and cues its line; playing follows it line by line, wholly in view', async ({
      page,
      fake,
    }) => {
      const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
      await expect(episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[0].clock, LUKE_TURN[0].text));
      await expectActiveLineSettledInView(page, 'after the deep link');
      const cued = await fake.current();
      expect(cued?.playerVars.start).toBe(1826);
      expect(cued?.state).toBe(CUED);

      const seen = await recordActiveLines(page);
      await page.keyboard.press('k');
      await expect.poll(() => playerState(fake)).toBe(PLAYING);
      // The journey that failed on a phone under load: through Luke's turn to Alexey's reply.
      await playThroughLukesTurn(page, fake, 2, expectActiveLineSettledInView);
      expect(await seen.lines(), 'the highlight went through every line, in order').toEqual(
        LUKE_TURN.slice(1).map((line) => line.clock),
      );
      expect(await page.evaluate(() => window.scrollY), 'the page itself does not scroll').toBe(0);
    });

    test('a deep link past the hour shows and cues its line', async ({ page, fake }) => {
      const episode = await openEpisode(page, fake, `${SEED}?t=1h2m3s`);
      await expect(episode.activeLine).toHaveAccessibleName(lineName('1:01:57', "Okay, it's always a pleasure"));
      await expectActiveLineSettledInView(page, 'after the deep link');
      expect((await fake.current())?.playerVars.start).toBe(3723);
    });

    test('clicking a line seeks there and plays; following keeps the line in view from there', async ({
      page,
      fake,
    }) => {
      const episode = await openEpisode(page, fake);
      await page.keyboard.press('k');
      await expect.poll(() => playerState(fake)).toBe(PLAYING);
      await fake.advance(101, 5);
      await expect(episode.activeLine).toHaveAccessibleName(lineName('1:41', "This week, we'll talk about"));
      await expectActiveLineSettledInView(page, 'at 1:41');

      // A line the reader can see, then one far down the page that the reader scrolled to first.
      const next = episode.line('2:20', 'Pleasure to be here');
      await next.click();
      await expect(next).toHaveAttribute('aria-current', 'true');
      expect((await fake.calls('seekTo')).map((call) => call.args[0])).toEqual([140]);
      await expectActiveLineSettledInView(page, 'after clicking 2:20');

      const reply = episode.line(LUKE_TURN[3].clock, LUKE_TURN[3].text);
      await reply.scrollIntoViewIfNeeded();
      await reply.click();
      await expect(reply).toHaveAttribute('aria-current', 'true');
      expect((await fake.calls('seekTo')).map((call) => call.args[0])).toEqual([140, 1947]);
      await expect.poll(() => playerState(fake)).toBe(PLAYING);
      await expect(episode.backToNow).toBeHidden();
      await fake.advance(40, 2);
      await expect(episode.activeLine).not.toHaveAccessibleName(lineName(LUKE_TURN[3].clock));
      await expectActiveLineSettledInView(page, 'after playing on from the clicked line');
    });
  });
}
