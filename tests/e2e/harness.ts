/**
 * The browser-test harness: every test runs offline (any request to a host other than 127.0.0.1 is blocked
 * and fails the test) with a fake YouTube IFrame API that tests drive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const FAKE_API = readFileSync(join(import.meta.dirname, 'fake-youtube', 'iframe_api.js'), 'utf8');

export interface FakeYouTubeOptions {
  duration?: number;
  errorCode?: number | null;
  neverReady?: boolean;
}

export interface YouTubeSetup {
  /** `serve` (default): the fake API answers; `fail`: the API script cannot load (offline, blocked). */
  api: 'serve' | 'fail';
  options: FakeYouTubeOptions;
}

interface Fixtures {
  youtube: YouTubeSetup;
  /** Requests the harness blocked: the test fails if any is left at its end. */
  blockedRequests: string[];
  fake: FakeYouTube;
}

const isLocal = (url: URL) => url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';

export const test = base.extend<Fixtures>({
  youtube: [{ api: 'serve', options: {} }, { option: true }],

  blockedRequests: [
    async ({ page }, use) => {
      const blocked: string[] = [];
      await page.route(
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

  fake: [
    async ({ page, youtube, blockedRequests }, use) => {
      void blockedRequests; // registered first, so the routes below take precedence over the guard
      await page.addInitScript((options) => {
        (window as unknown as { __fakeYouTubeOptions: unknown }).__fakeYouTubeOptions = options;
      }, youtube.options);
      await page.route('**/www.youtube.com/iframe_api', (route) =>
        youtube.api === 'fail'
          ? route.abort('internetdisconnected')
          : route.fulfill({ contentType: 'text/javascript', body: FAKE_API }),
      );
      await use(new FakeYouTube(page));
    },
    { auto: true },
  ],
});

export { expect };

/** Drives the fake player inside the page. */
export class FakeYouTube {
  constructor(private readonly page: Page) {}

  current() {
    return this.page.evaluate(() => window.__fakeYouTube.current());
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

  players() {
    return this.page.evaluate(() => window.__fakeYouTube.players());
  }
}

declare global {
  interface Window {
    __fakeYouTube: {
      current(): {
        videoId: string;
        time: number;
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
    };
  }
}
