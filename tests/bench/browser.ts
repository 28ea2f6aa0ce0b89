/**
 * The browser the bench measures in: headless Chromium with the e2e flags, offline. YouTube's IFrame API is
 * replaced by the e2e fake (plus a few bench hooks), thumbnails by a tiny local image, and any other request
 * to a host other than 127.0.0.1 is aborted and logged (the bench reports it and fails).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';

export const FAKE_API = readFileSync(join(import.meta.dirname, '..', 'e2e', 'fake-youtube', 'iframe_api.js'), 'utf8');

/**
 * Appended to the fake API: hands each `getCurrentTime()` call (the app's clock reading) to the bench before
 * the fake answers it. The bench steps the clock at the first reading of each frame (`installBenchState`).
 */
export const FAKE_API_HOOKS = `
;(function () {
  var proto = window.YT.Player.prototype;
  var read = proto.getCurrentTime;
  proto.getCurrentTime = function () {
    if (window.__bench) window.__bench.onRead(this);
    return read.call(this);
  };
})();
`;

/** A 1×1 grey GIF: the library's thumbnails, without the network. */
export const TINY_IMAGE = Buffer.from('R0lGODlhAQABAIAAAMzMzAAAACwAAAAAAQABAAACAkQBADs=', 'base64');

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps named inner functions in `__name(...)`. The
 * functions the bench runs in the page are serialised with their source, so the page needs that helper.
 */
export const NAME_HELPER = 'globalThis.__name = globalThis.__name || function (fn) { return fn; };';

/** The window every measured page gets. */
export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

export interface OfflineContext {
  context: BrowserContext;
  /** Requests to other hosts that were aborted. */
  blocked: string[];
}

/** Uncaught errors in any page the bench opened: figures from a broken page mean nothing, so they are reported. */
export const pageErrors: string[] = [];

/**
 * A fresh context (cold cache, new renderer) per measured page load. Routes use regular expressions, which
 * Playwright matches in the browser side of its protocol, so the page's own requests to 127.0.0.1 are not
 * detoured through the bench's process (that would slow the app's four requests more than the floor's one).
 */
export async function offlineContext(browser: Browser, videoDuration: number): Promise<OfflineContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const blocked: string[] = [];
  context.on('weberror', (error) => pageErrors.push(`${error.page()?.url() ?? 'a page'}: ${error.error().message}`));
  await context.addInitScript({ content: NAME_HELPER });
  await context.addInitScript((duration) => {
    (window as unknown as { __fakeYouTubeOptions: unknown }).__fakeYouTubeOptions = { duration };
  }, videoDuration);
  // Later routes take precedence: the guard first, then the two hosts the app is allowed to "reach".
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])(?!data:|blob:)/, (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route(/^https?:\/\/www\.youtube\.com\/iframe_api/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: FAKE_API + FAKE_API_HOOKS }),
  );
  await context.route(/^https?:\/\/i\.ytimg\.com\//, (route) =>
    route.fulfill({ contentType: 'image/gif', body: TINY_IMAGE }),
  );
  return { context, blocked };
}

/**
 * `promise`, or a rejection after `ms` with the message `explain()` gives (it may ask the page what it shows;
 * if the page is gone, the plain message is used). The timer is cleared as soon as `promise` settles: one left
 * running would fire after its page has closed.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, explain: () => Promise<string>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      explain().then(
        (message) => reject(new Error(message)),
        () => reject(new Error(`timed out after ${ms} ms`)),
      );
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
