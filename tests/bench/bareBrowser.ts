/**
 * A Chromium driven over a bare DevTools pipe, for the long-task figures.
 *
 * Playwright enables DevTools' Network domain in every page it drives, and with it DevTools keeps a decoded
 * copy of each response for `Network.getResponseBody`: when a multi-megabyte page finishes loading, the
 * renderer decodes the whole document once more (`TextResourceDecoder::Decode` inside
 * `DocumentLoader::BodyLoadingFinished`), a main-thread task of 200-700 ms on the 15,000-line page that no
 * reader's browser runs. This browser enables only what the measurement needs (Page, Runtime, Emulation and
 * Fetch, which serves the fake YouTube API), so the long tasks it records are the page's own. Same binary,
 * flags, viewport, fake player and probe as the Playwright runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';
import { FAKE_API, FAKE_API_HOOKS, NAME_HELPER, TINY_IMAGE, VIEWPORT } from './browser.ts';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export class BareBrowser {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(result: Message['result']): void; reject(e: Error): void }>();
  private readonly listeners = new Set<(message: Message) => void>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly profile: string,
  ) {
    const output = process.stdio[4] as Readable;
    let buffered = '';
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      const parts = (buffered + chunk).split('\0');
      buffered = parts.pop()!;
      for (const part of parts) this.receive(JSON.parse(part) as Message);
    });
  }

  static launch(): BareBrowser {
    const profile = mkdtempSync(join(tmpdir(), 'bench-bare-'));
    const child = spawn(
      findChromium(),
      [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    return new BareBrowser(child, profile);
  }

  private receive(message: Message): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    } else {
      for (const listener of this.listeners) listener(message);
    }
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    const input = this.process.stdio[3] as Writable;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (result) => resolve(result as T), reject });
      input.write(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }) + '\0');
    });
  }

  /** A page in a fresh browser context (cold cache), with `scripts` run before each document's own. */
  async newPage(videoDuration: number, scripts: string[]): Promise<BarePage> {
    const { browserContextId } = await this.send<{ browserContextId: string }>('Target.createBrowserContext');
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page = new BarePage(this, sessionId, browserContextId);
    this.listeners.add(page.onMessage);
    await page.send('Page.enable');
    await page.send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false });
    await page.send('Fetch.enable', {
      patterns: [{ urlPattern: '*://www.youtube.com/iframe_api*' }, { urlPattern: '*://i.ytimg.com/*' }],
    });
    const options = `window.__fakeYouTubeOptions = { duration: ${JSON.stringify(videoDuration)} };`;
    for (const source of [NAME_HELPER, options, ...scripts])
      await page.send('Page.addScriptToEvaluateOnNewDocument', { source });
    return page;
  }

  closePage(page: BarePage): Promise<unknown> {
    this.listeners.delete(page.onMessage);
    return this.send('Target.disposeBrowserContext', { browserContextId: page.browserContextId });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    const killer = setTimeout(() => this.process.kill(), 5000);
    await this.send('Browser.close').catch(() => this.process.kill());
    await exited;
    clearTimeout(killer);
    // Helper processes can still be writing to the profile for a moment after the browser has exited.
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

export class BarePage {
  constructor(
    private readonly browser: BareBrowser,
    private readonly sessionId: string,
    readonly browserContextId: string,
  ) {}

  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    return this.browser.send<T>(method, params, this.sessionId);
  }

  /** Serves the fake YouTube API and thumbnails, as the Playwright runs do. */
  readonly onMessage = (message: Message): void => {
    if (message.sessionId !== this.sessionId || message.method !== 'Fetch.requestPaused') return;
    const { requestId, request } = message.params as { requestId: string; request: { url: string } };
    const api = request.url.includes('youtube.com/iframe_api');
    void this.send('Fetch.fulfillRequest', {
      requestId,
      responseCode: 200,
      responseHeaders: [{ name: 'Content-Type', value: api ? 'text/javascript' : 'image/gif' }],
      body: (api ? Buffer.from(FAKE_API + FAKE_API_HOOKS) : TINY_IMAGE).toString('base64'),
    }).catch(() => undefined); // the page may be gone already
  };

  /** Navigates and waits until the new document runs its scripts (`ready` is an expression true there). */
  async goto(url: string, ready: string): Promise<void> {
    await this.send('Page.navigate', { url });
    await this.waitFor(`location.href === ${JSON.stringify(url)} && Boolean(${ready})`, 10);
  }

  /** The value of `expression` in the page, promises awaited. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /**
   * Presses one key (Input.dispatchKeyEvent, as Playwright does): a printable character (letters, digits,
   * space, `/`) or `Escape`. A character's keydown carries its text, so it also gives keypress and input.
   */
  async press(key: string): Promise<void> {
    const named: Record<string, { code: string; keyCode: number; text?: string }> = {
      Escape: { code: 'Escape', keyCode: 27 },
      ' ': { code: 'Space', keyCode: 32, text: ' ' },
      '/': { code: 'Slash', keyCode: 191, text: '/' },
    };
    const upper = key.toUpperCase();
    const { code, keyCode, text } =
      named[key] ??
      (/^[A-Za-z]$/.test(key)
        ? { code: `Key${upper}`, keyCode: upper.charCodeAt(0), text: key }
        : /^[0-9]$/.test(key)
          ? { code: `Digit${key}`, keyCode: key.charCodeAt(0), text: key }
          : { code: '', keyCode: 0, text: key });
    const event = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
    await this.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', ...event, text });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  }

  async waitFor(expression: string, pollMs = 50, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const holds = () =>
      this.evaluate<boolean>(`(() => { try { return Boolean(${expression}); } catch { return false; } })()`).catch(
        () => false, // the context went away mid-navigation: ask the next document
      );
    while (!(await holds())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
