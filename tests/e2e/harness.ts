/**
 * The browser-test harness: every test runs offline (any request to a host other than 127.0.0.1 is blocked
 * and fails the test) with a fake YouTube IFrame API that tests drive. Both apply to every page of the test's
 * browser context, so a link opened in a second page is offline and faked too. An uncaught error in any page
 * fails the test (`pageErrors`), and so does anything the pages' Content-Security-Policy refused
 * (`cspViolations`): the policy must let every journey through untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page, type WebError } from '@playwright/test';

const FAKE_API = readFileSync(join(import.meta.dirname, 'fake-youtube', 'iframe_api.js'), 'utf8');

export interface FakeYouTubeOptions {
  duration?: number;
  errorCode?: number | null;
  neverReady?: boolean;
  /**
   * How many `advance()` steps after a `seekTo` the player keeps reporting the old time, as the real one does
   * while it fetches the new position (default 0: seeks land at once).
   */
  seekLatency?: number;
}

export interface YouTubeSetup {
  /** `serve` (default): the fake API answers; `fail`: the API script cannot load (offline, blocked). */
  api: 'serve' | 'fail';
  options: FakeYouTubeOptions;
  /**
   * Video thumbnails (https://i.ytimg.com/vi/<id>/…): `serve` (default) answers with a plain local picture,
   * `fail` makes them fail to load (as offline). Neither counts as a blocked request.
   */
  thumbnails?: 'serve' | 'fail';
}

/** What the fake thumbnail host answers: a plain 16:9 picture. */
const FAKE_THUMBNAIL =
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">' +
  '<rect width="320" height="180" fill="#3b4a5a"/><path d="M140 62v56l48-28z" fill="#fff"/></svg>';
const THUMBNAIL_HOSTS = new Set(['i.ytimg.com', 'img.youtube.com']);

interface Fixtures {
  youtube: YouTubeSetup;
  /** Requests the harness blocked: the test fails if any is left at its end. */
  blockedRequests: string[];
  fake: FakeYouTube;
  /** Whether an uncaught error in a page fails the test (default true). */
  failOnPageErrors: boolean;
  /** Uncaught errors thrown in the test's pages: the test fails if any is left at its end. */
  pageErrors: string[];
  /**
   * What the Content-Security-Policy refused in any page or frame of the test: the test fails if any is left at
   * its end (a test that provokes one on purpose takes it out).
   */
  cspViolations: string[];
}

declare global {
  interface Window {
    /** Violations this document saw and could not report to the test yet (see `cspViolations`). */
    __cspViolations?: string[];
    __reportCspViolation?: (text: string) => Promise<void>;
  }
}

const isLocal = (url: URL) => url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';

export const test = base.extend<Fixtures>({
  youtube: [{ api: 'serve', options: {} }, { option: true }],

  blockedRequests: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      await context.route(
        (url) => !isLocal(url),
        (route) => {
          blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(blocked);
      expect(blocked, 'requests to hosts other than 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],

  failOnPageErrors: [true, { option: true }],

  pageErrors: [
    async ({ context, failOnPageErrors }, use) => {
      const errors: string[] = [];
      const onError = (error: WebError) =>
        errors.push(`${error.page()?.url() ?? 'a page'}: ${error.error().stack ?? error.error().message}`);
      context.on('weberror', onError);
      await use(errors);
      context.off('weberror', onError);
      if (failOnPageErrors) expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  cspViolations: [
    async ({ context, javaScriptEnabled }, use) => {
      const violations: string[] = [];
      // Reported out of the page as they happen, so a page that has since navigated or closed still counts.
      await context.exposeBinding('__reportCspViolation', ({ frame }, text: string) => {
        violations.push(`${frame.url()}: ${text}`);
      });
      await context.addInitScript(() => {
        const unreported: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: unreported });
        window.addEventListener(
          'securitypolicyviolation',
          (event) => {
            const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
            const sample = event.sample ? ` (${JSON.stringify(event.sample)})` : '';
            const text = `${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${where}${sample}`;
            if (typeof window.__reportCspViolation === 'function') void window.__reportCspViolation(text);
            else unreported.push(`${location.href}: ${text}`);
          },
          true,
        );
      });
      await use(violations);
      // Each open document's own list (a frame without the binding), read after a task of its own has run, so
      // every violation event queued before the test ended has been dispatched and its report has arrived.
      // Without JavaScript no page ran a listener (nor would run the task).
      const pages = javaScriptEnabled ? context.pages() : [];
      for (const frame of pages.flatMap((page) => (page.isClosed() ? [] : page.frames()))) {
        const left = await frame
          .evaluate(() => new Promise<string[]>((done) => setTimeout(() => done(window.__cspViolations ?? []))))
          .catch(() => []);
        violations.push(...left);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],

  fake: [
    async ({ context, page, youtube, blockedRequests }, use) => {
      void blockedRequests; // registered first, so the routes below take precedence over the guard
      await context.addInitScript((options) => {
        (window as unknown as { __fakeYouTubeOptions: unknown }).__fakeYouTubeOptions = options;
      }, youtube.options);
      await context.route('**/www.youtube.com/iframe_api', (route) =>
        youtube.api === 'fail'
          ? route.abort('internetdisconnected')
          : route.fulfill({ contentType: 'text/javascript', body: FAKE_API }),
      );
      await context.route(
        (url) => THUMBNAIL_HOSTS.has(url.hostname),
        (route) =>
          youtube.thumbnails === 'fail'
            ? route.abort('internetdisconnected')
            : route.fulfill({ contentType: 'image/svg+xml', body: FAKE_THUMBNAIL }),
      );
      await use(new FakeYouTube(page));
    },
    { auto: true },
  ],
});

export { expect };

/**
 * For `test.use(LEAN_TRACE)` in journeys that play through many frames: a failed test still keeps its trace,
 * with the DOM snapshots and the action log but without the screencast, which makes such tests about three
 * times slower (every animation frame is captured).
 */
export const LEAN_TRACE = { trace: { mode: 'retain-on-failure', screenshots: false } } as const;

/** Drives the fake player inside the page. */
export class FakeYouTube {
  constructor(private readonly page: Page) {}

  /** The fake driving another page of the same test (for example a copied link opened in a new page). */
  static of(page: Page) {
    return new FakeYouTube(page);
  }

  /** The newest live player, or null when there is none (or the fake API has not loaded yet). */
  current() {
    return this.page.evaluate(() => window.__fakeYouTube?.current() ?? null);
  }

  /**
   * The player's state once the app has the player (the page's player-ready mark, and the app has taken the
   * early player if the page made one: that player and its mark come before the app runs,
   * src/player/earlyPlayer.ts) and has heard every event the player sent (they arrive asynchronously, as
   * from the real iframe), else undefined: poll it to wait until the app knows what the player did.
   */
  settledState() {
    return this.page.evaluate(() =>
      window.__fakeYouTube &&
      window.__fakeYouTube.pending() === 0 &&
      performance.getEntriesByName('transcript-player:player-ready').length > 0 &&
      (!window.__earlyPlayer || window.__earlyPlayer.claimed === true)
        ? (window.__fakeYouTube.current()?.state ?? null)
        : undefined,
    );
  }

  /** Advances playback by `seconds`, one animation frame at a time so the app's clock sees each step. */
  async advance(seconds: number, step = 0.25) {
    await this.page.evaluate(
      async ({ seconds, step }) => {
        for (let done = 0; done < seconds - 1e-9; done += step) {
          window.__fakeYouTube.advance(Math.min(step, seconds - done));
          await new Promise(requestAnimationFrame);
        }
      },
      { seconds, step },
    );
  }

  setTime(seconds: number) {
    return this.page.evaluate((s) => window.__fakeYouTube.setTime(s), seconds);
  }

  calls(method?: string) {
    return this.page.evaluate(
      (method) => window.__fakeYouTube.calls.filter((call) => !method || call.method === method),
      method,
    );
  }

  userPlay() {
    return this.page.evaluate(() => window.__fakeYouTube.userPlay());
  }

  userPause() {
    return this.page.evaluate(() => window.__fakeYouTube.userPause());
  }

  fail(code: number) {
    return this.page.evaluate((c) => window.__fakeYouTube.fail(c), code);
  }

  /** Every player created in this page, oldest first (empty before the fake API loads). */
  players() {
    return this.page.evaluate(() => window.__fakeYouTube?.players() ?? []);
  }
}

declare global {
  interface Window {
    __fakeYouTube: {
      current(): {
        videoId: string;
        time: number;
        /** What `getCurrentTime()` answers: `time`, or the old time while a slow seek is landing. */
        reportedTime: number;
        state: number;
        rate: number;
        playerVars: Record<string, unknown>;
      } | null;
      advance(seconds: number): boolean;
      setTime(seconds: number): void;
      userPlay(): void;
      userPause(): void;
      fail(code: number): void;
      players(): Array<{ videoId: string; destroyed: boolean; start: unknown }>;
      calls: Array<{ method: string; args: unknown[]; time: number }>;
      pending(): number;
    };
  }
}

/** Holds every script of the site's own back until the returned function is called. */
export async function holdAppScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Slows the page's CPU `rate` times (DevTools' throttling), from before it loads: a slow device. */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}
