/**
 * Size: what an episode page really downloads, recorded from the page's responses and gzipped here with
 * zlib level 9 (what a well-configured static host would send).
 *
 * - before data: the JS and CSS requested before the episode's own chunk (the app has to get that far to
 *   even ask for the transcript);
 * - data: the episode's chunk (`assets/<slug>-<hash>.js`);
 * - after data: JS and CSS requested later (e.g. the player, once the page knows it needs one).
 *
 * The app's styles are written into each prerendered page (`<style>`, src/prerender/plugin.ts): they count as
 * CSS before data, gzipped on their own, and also as part of the document.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { offlineContext } from './browser.ts';
import type { EpisodeInput } from './inputs.ts';
import { episodeProbe, waitForPlayerCued } from './measureLoad.ts';
import { installLoadProbe, type LoadWindow } from './pageScripts.ts';

export interface Asset {
  path: string;
  type: 'js' | 'css' | 'html' | 'other';
  bytes: number;
  gzip: number;
}

export interface SizeResult {
  beforeData: number;
  data: number;
  afterData: number;
  html: number;
  assets: Array<Asset & { phase: 'before data' | 'data' | 'after data' | 'document' }>;
  blocked: string[];
}

const typeOf = (path: string, contentType: string): Asset['type'] =>
  path.endsWith('.js') || contentType.includes('javascript')
    ? 'js'
    : path.endsWith('.css') || contentType.includes('css')
      ? 'css'
      : contentType.includes('html')
        ? 'html'
        : 'other';

/** The document's `<style>` elements, as one CSS asset requested before the data. */
function inlineStyles(document: Asset & { text: string }): SizeResult['assets'] {
  const css = [...document.text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  if (!css) return [];
  const body = Buffer.from(css);
  return [
    {
      path: `${document.path} <style>`,
      type: 'css',
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      phase: 'before data',
    },
  ];
}

export async function measureSize(browser: Browser, origin: string, input: EpisodeInput): Promise<SizeResult> {
  const { context, blocked } = await offlineContext(browser, input.episode.duration + 120);
  try {
    await context.addInitScript(installLoadProbe, episodeProbe(input));
    const page = await context.newPage();
    // Responses in the order their requests were made.
    const order: string[] = [];
    const responses = new Map<string, Promise<Asset & { text: string }>>();
    page.on('request', (request) => order.push(request.url()));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin) return;
      const asset = response.body().then((body) => ({
        path: url.pathname,
        type: typeOf(url.pathname, response.headers()['content-type'] ?? ''),
        bytes: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        text: body.toString('utf8'),
      }));
      // A body never read (the page moved on) must not end the bench as an unhandled rejection.
      asset.catch(() => undefined);
      responses.set(response.url(), asset);
    });
    await page.goto(`${origin}/episodes/${input.episode.slug}`, { waitUntil: 'commit' });
    await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
    // Let the requests that follow the transcript (the player's chunk) finish too: once the fake player is
    // cued the app has asked for all it loads (network idleness alone can come first, while a long page
    // hydrates).
    await waitForPlayerCued(page);
    await page.waitForLoadState('networkidle');

    const dataPrefix = `/assets/${input.episode.slug}-`;
    const dataIndex = order.findIndex((url) => new URL(url).pathname.startsWith(dataPrefix));
    if (dataIndex < 0) throw new Error(`${input.id}: the page never requested its chunk ${dataPrefix}*.js`);
    const assets: SizeResult['assets'] = [];
    for (const url of order) {
      const pending = responses.get(url);
      if (!pending) continue;
      responses.delete(url);
      const asset = await pending.catch(() => null);
      if (!asset) continue;
      if (asset.type === 'html') assets.push(...inlineStyles(asset));
      const index = order.indexOf(url);
      const phase =
        asset.type === 'html'
          ? 'document'
          : index === dataIndex
            ? 'data'
            : index < dataIndex
              ? 'before data'
              : 'after data';
      assets.push({ path: asset.path, type: asset.type, bytes: asset.bytes, gzip: asset.gzip, phase });
    }
    const sum = (phase: string) =>
      assets
        .filter((a) => a.phase === phase && (a.type === 'js' || a.type === 'css' || phase === 'document'))
        .reduce((total, a) => total + a.gzip, 0);
    return {
      beforeData: sum('before data'),
      data: sum('data'),
      afterData: sum('after data'),
      html: sum('document'),
      assets,
      blocked,
    };
  } finally {
    await context.close();
  }
}
