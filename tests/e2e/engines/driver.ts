/**
 * One small, engine-neutral way to drive a browser tab, and its three adapters: Playwright for Chromium,
 * puppeteer-core over WebDriver BiDi for Firefox (Debian's firefox-esr), and selenium-webdriver over WebDriver
 * classic for WebKit (Debian's WebKitWebDriver and MiniBrowser, under an Xvfb display of its own).
 *
 * The interface has only what every engine can do through its protocol: open an address, run a function in
 * the page, click or type into an element named by a CSS selector, press keys, turn the mouse wheel, size the
 * window, take a screenshot. Everything else (finding elements by role and name, reading state, waiting) is
 * done by the suite with `evaluate` and `expect.poll`, the same way in every engine.
 *
 * Every adapter keeps the tab offline: a request to a host other than 127.0.0.1 is refused and written down
 * (`blockedRequests`), except the two the journeys expect to fail offline (YouTube's API script when a test
 * makes it fail, and video thumbnails).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { chromium, type Browser as PlaywrightBrowser, type Page } from '@playwright/test';
import puppeteer, { type Browser as PuppeteerBrowser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { CHROMIUM_ARGS, findChromium } from '../chromium.ts';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The keys the journeys press, by their DOM `key` names. */
export type KeyName =
  | 'Tab'
  | 'Enter'
  | 'Escape'
  | ' '
  | 'ArrowUp'
  | 'ArrowDown'
  | 'PageUp'
  | 'PageDown'
  | 'Home'
  | 'End'
  | 'j'
  | 'k'
  | 'l'
  | 'n'
  | 'p'
  | '?'
  | '/';

export interface Size {
  width: number;
  height: number;
}

/** A function run in the page: self-contained (it is sent as source), with one JSON argument. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Driver {
  readonly engine: Engine;
  /** Opens a path of the test server and waits for the page's load event. */
  goto(path: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** A real pointer click in the middle of the element (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Types text, key by key, into the element (focusing it first). */
  type(selector: string, text: string): Promise<void>;
  /** Picks the `<option>` with this value in the `<select>`, as a person would. */
  select(selector: string, value: string): Promise<void>;
  /** Presses and releases a key, sent to whatever has focus. */
  press(key: KeyName): Promise<void>;
  /** Turns the mouse wheel over the middle of the element. */
  wheel(selector: string, deltaY: number): Promise<void>;
  /**
   * Sizes the page's viewport; an engine that cannot go that small (WebKit's window stops at about 447 px wide)
   * goes as small as it can. Returns the size the page got (`innerWidth`, `innerHeight`).
   */
  setViewport(size: Size): Promise<Size>;
  screenshot(path: string): Promise<void>;
  /** Requests to other hosts that were refused since the tab opened. */
  blockedRequests(): string[];
  close(): Promise<void>;
}

/** One browser for a worker's tests; each test gets a fresh, isolated tab from it. */
export interface EngineBrowser {
  newDriver(baseURL: string): Promise<Driver>;
  close(): Promise<void>;
}

export const DESKTOP: Size = { width: 1280, height: 800 };
export const PHONE: Size = { width: 390, height: 844 };

/** Requests the journeys expect to fail offline: not counted as blocked. */
function expectedOffline(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return (
      hostname === 'i.ytimg.com' ||
      hostname === 'img.youtube.com' ||
      (hostname === 'www.youtube.com' && pathname === '/iframe_api')
    );
  } catch {
    return false;
  }
}

function isLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Wraps a page function as the body of a WebDriver classic script (whose arguments are `arguments`). */
const asScript = (fn: PageFunction<unknown, unknown>) => `return (${fn.toString()})(arguments[0]);`;

// ---------------------------------------------------------------------------------------------- Chromium

class PlaywrightDriver implements Driver {
  readonly engine = 'chromium';
  constructor(
    private readonly page: Page,
    private readonly baseURL: string,
    private readonly blocked: string[],
  ) {}

  async goto(path: string) {
    await this.page.goto(new URL(path, this.baseURL).href);
  }
  async back() {
    await this.page.goBack();
  }
  async forward() {
    await this.page.goForward();
  }
  async reload() {
    await this.page.reload();
  }
  async url() {
    return this.page.url();
  }
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  }
  async click(selector: string) {
    await this.page.locator(selector).click();
  }
  async type(selector: string, text: string) {
    await this.page.locator(selector).pressSequentially(text);
  }
  async select(selector: string, value: string) {
    await this.page.locator(selector).selectOption(value);
  }
  async press(key: KeyName) {
    await this.page.keyboard.press(key === ' ' ? 'Space' : key);
  }
  async wheel(selector: string, deltaY: number) {
    await this.page.locator(selector).hover();
    await this.page.mouse.wheel(0, deltaY);
  }
  async setViewport(size: Size) {
    await this.page.setViewportSize(size);
    return this.page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path });
  }
  blockedRequests() {
    return [...this.blocked];
  }
  async close() {
    await this.page.context().close();
  }
}

async function launchChromium(): Promise<EngineBrowser> {
  const browser: PlaywrightBrowser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return {
    async newDriver(baseURL) {
      const context = await browser.newContext({ viewport: DESKTOP });
      const blocked: string[] = [];
      await context.route(
        (url) => !isLocal(url.href),
        (route) => {
          if (!expectedOffline(route.request().url())) blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      return new PlaywrightDriver(await context.newPage(), baseURL, blocked);
    },
    close: () => browser.close(),
  };
}

// ----------------------------------------------------------------------------------------------- Firefox

/** Debian's package, then the usual places; `FIREFOX_PATH` overrides. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const found = [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (found) return found;
  throw new Error('No Firefox found for the browser tests. Debian/Ubuntu: `sudo apt-get install -y firefox-esr`.');
}

class PuppeteerDriver implements Driver {
  readonly engine = 'firefox';
  constructor(
    private readonly page: PuppeteerPage,
    private readonly baseURL: string,
    private readonly blocked: string[],
    private readonly onClose: () => Promise<void>,
  ) {}

  async goto(path: string) {
    await this.page.goto(new URL(path, this.baseURL).href, { waitUntil: 'load' });
  }
  async back() {
    await this.page.goBack({ waitUntil: 'load' });
  }
  async forward() {
    await this.page.goForward({ waitUntil: 'load' });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }
  async url() {
    return this.page.url();
  }
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  async click(selector: string) {
    await this.page.locator(selector).click();
  }
  async type(selector: string, text: string) {
    await this.page.locator(selector).click();
    await this.page.keyboard.type(text);
  }
  async select(selector: string, value: string) {
    await this.page.select(selector, value);
  }
  async press(key: KeyName) {
    await this.page.keyboard.press(key as KeyInput);
  }
  async wheel(selector: string, deltaY: number) {
    await this.page.hover(selector);
    await this.page.mouse.wheel({ deltaY });
  }
  async setViewport(size: Size) {
    await this.page.setViewport(size);
    return this.page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  blockedRequests() {
    return [...this.blocked];
  }
  close() {
    return this.onClose();
  }
}

async function launchFirefox(): Promise<EngineBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Nothing of Firefox's own reaches for the network (updates, telemetry, captive portal checks…).
    extraPrefsFirefox: {
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'app.update.enabled': false,
      'media.autoplay.default': 0,
    },
  });
  return {
    async newDriver(baseURL) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const blocked: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const url = request.url();
        if (isLocal(url)) return void request.continue();
        if (!expectedOffline(url)) blocked.push(url);
        void request.abort('blockedbyclient');
      });
      await page.setViewport(DESKTOP);
      return new PuppeteerDriver(page, baseURL, blocked, () => context.close());
    },
    close: () => browser.close(),
  };
}

// ------------------------------------------------------------------------------------------------ WebKit

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

/** Debian's webkit2gtk-driver: WebKitWebDriver and the MiniBrowser it drives (`MINIBROWSER_PATH` overrides). */
export function findWebKit(env: NodeJS.ProcessEnv = process.env) {
  const driver = [env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((p) => !!p && existsSync(p));
  const browser = [env.MINIBROWSER_PATH, ...MINIBROWSER_CANDIDATES].find((p) => !!p && existsSync(p));
  if (driver && browser) return { driver, browser };
  throw new Error(
    'No WebKitWebDriver and MiniBrowser found for the browser tests. Debian/Ubuntu: ' +
      '`sudo apt-get install -y webkit2gtk-driver xvfb`.',
  );
}

const WEBDRIVER_KEYS: Partial<Record<KeyName, string>> = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Escape: Key.ESCAPE,
  ArrowUp: Key.ARROW_UP,
  ArrowDown: Key.ARROW_DOWN,
  PageUp: Key.PAGE_UP,
  PageDown: Key.PAGE_DOWN,
  Home: Key.HOME,
  End: Key.END,
};

/** A TCP port that was free a moment ago, for a process that takes its port on the command line. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts an Xvfb display of this worker's own (`-displayfd` picks a free number) and returns its name. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: xvfb });
    });
    xvfb.once('error', (error) =>
      reject(new Error(`Xvfb could not start (apt-get install -y xvfb): ${error.message}`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
}

/** Waits until a local port accepts HTTP, polling (a process that just started needs a moment). */
async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * MiniBrowser sends every request for another host to this proxy, which refuses it and writes it down: the
 * tab stays offline, and a test can see what it tried to reach.
 */
function startRefusingProxy(): Promise<{ port: number; server: Server; blocked: string[] }> {
  const blocked: string[] = [];
  const server = createHttpServer((request, response) => {
    if (!expectedOffline(request.url ?? '')) blocked.push(request.url ?? '?');
    response.writeHead(403, { 'content-type': 'text/plain' }).end('Offline: the browser tests reach no other host.');
  });
  server.on('connect', (request, socket) => {
    if (!expectedOffline(`https://${request.url ?? ''}`.replace(/:443$/, '/'))) blocked.push(`https://${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as { port: number }).port, server, blocked }),
    ),
  );
}

interface WheelActions {
  scroll(x: number, y: number, deltaX: number, deltaY: number, origin: WebElement): { perform(): Promise<void> };
}

class SeleniumDriver implements Driver {
  readonly engine = 'webkit';
  /** What the window adds around the page (toolbar), measured once, so the page gets the height asked for. */
  private chrome = 0;
  constructor(
    private readonly driver: WebDriver,
    private readonly baseURL: string,
    private readonly blocked: string[],
  ) {}

  async goto(path: string) {
    await this.driver.get(new URL(path, this.baseURL).href);
  }
  async back() {
    await this.driver.navigate().back();
  }
  async forward() {
    await this.driver.navigate().forward();
  }
  async reload() {
    await this.driver.navigate().refresh();
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
    // WebDriver's Execute Script awaits a returned promise, so async page functions work as they are.
    return this.driver.executeScript(asScript(fn as PageFunction<unknown, unknown>), arg) as Promise<R>;
  }
  async click(selector: string) {
    const element = await this.driver.findElement(By.css(selector));
    await this.bringIntoView(element, false);
    try {
      await element.click();
    } catch (error) {
      if ((error as Error).name !== 'ElementNotInteractableError') throw error;
      // Still refused (a tall neighbour or the transcript's edge cuts it off): centre it and try once more.
      await this.bringIntoView(element, true);
      await element.click();
    }
  }
  /**
   * WebKitWebDriver refuses elements it cannot see ("not interactable"), where the other engines scroll them
   * into view first (lines inside the transcript's or the chapter list's own scroll area): do the same, then
   * wait until the element's box holds still for two frames, so the click lands where it now is.
   */
  private async bringIntoView(element: WebElement, always: boolean) {
    await this.driver.executeScript(
      `const [element, always] = arguments;
       const box = element.getBoundingClientRect();
       const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
       const whole = box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
       if (always || !whole || !hit || !element.contains(hit))
         element.scrollIntoView({ block: 'center', behavior: 'instant' });
       return (async () => {
         let last = '';
         for (let still = 0; still < 2; ) {
           await new Promise(requestAnimationFrame);
           const now = JSON.stringify(element.getBoundingClientRect());
           still = now === last ? still + 1 : 0;
           last = now;
         }
       })();`,
      element,
      always,
    );
  }
  async type(selector: string, text: string) {
    await this.driver.findElement(By.css(selector)).sendKeys(text);
  }
  async select(selector: string, value: string) {
    await this.driver.findElement(By.css(`${selector} option[value="${value.replace(/"/g, '\\"')}"]`)).click();
  }
  async press(key: KeyName) {
    await this.driver
      .actions()
      .sendKeys(WEBDRIVER_KEYS[key] ?? key)
      .perform();
  }
  async wheel(selector: string, deltaY: number) {
    const element = await this.driver.findElement(By.css(selector));
    // Actions.scroll (a wheel input source) is in selenium-webdriver but not in its published types.
    const actions = this.driver.actions() as unknown as WheelActions;
    await actions.scroll(0, 0, 0, deltaY, element).perform();
  }
  async setViewport(size: Size): Promise<Size> {
    const window = this.driver.manage().window();
    await window.setRect({ x: 0, y: 0, width: size.width, height: size.height + this.chrome });
    const got = await this.evaluate(() => ({ width: innerWidth, height: innerHeight }), null);
    if (this.chrome === 0 && got.height < size.height) {
      this.chrome = size.height - got.height;
      return this.setViewport(size);
    }
    return got;
  }
  async screenshot(path: string) {
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
  blockedRequests() {
    return [...this.blocked];
  }
  async close() {
    await this.driver.quit();
  }
}

async function launchWebKit(): Promise<EngineBrowser> {
  const { driver: driverPath, browser: browserPath } = findWebKit();
  const xvfb = await startXvfb();
  const port = await freePort();
  const webDriver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    // A browser with a language, as people's have (and as Playwright gives Chromium): without LANG, MiniBrowser
    // reports navigator.language "C", and the library's hydration then fails (React #418; see the README's
    // cross-engine notes).
    env: { ...process.env, DISPLAY: xvfb.display, LANG: 'en_US.UTF-8' },
    stdio: 'ignore',
  });
  const proxy = await startRefusingProxy();
  const server = `http://127.0.0.1:${port}`;
  await waitForHttp(`${server}/status`, 20_000);
  return {
    async newDriver(baseURL) {
      proxy.blocked.length = 0; // one test at a time per worker: the list is this test's
      const session = await new Builder()
        .usingServer(server)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: browserPath,
            args: ['--automation', `--proxy=http://127.0.0.1:${proxy.port}`, '--ignore-host=127.0.0.1'],
          },
        })
        .build();
      // The accessibility audit runs for a while in one script on a busy machine (the default limit is 30 s).
      await session.manage().setTimeouts({ script: 80_000 });
      const driver = new SeleniumDriver(session, baseURL, proxy.blocked);
      await driver.setViewport(DESKTOP);
      return driver;
    },
    async close() {
      webDriver.kill();
      xvfb.process.kill();
      await new Promise((resolve) => proxy.server.close(resolve));
    },
  };
}

export function launch(engine: Engine): Promise<EngineBrowser> {
  return { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit }[engine]();
}
