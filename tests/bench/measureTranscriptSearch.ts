/**
 * Transcript search across the library (Pagefind, src/search/transcriptSearch.ts): the index's size on disk,
 * the bytes a query makes the page fetch, and the time from the last key of a query to its first hits
 * painted.
 *
 * Each run is a fresh context (cold cache, nothing of Pagefind loaded): the library loads, then one query is
 * typed key by key into its search box (typing.ts), then, once it has settled, the box's text is selected
 * and a second, different query typed over it. Runs alternate which of the two words (generate.ts:
 * TRANSCRIPT_QUERIES, a rare word and a common one) goes first, so each is measured as a first query (the
 * engine, its WebAssembly and the index's metadata are fetched then) and as a second one.
 *
 * Bytes: every response from the site between a query's first key and the moment no request has been in
 * flight for NETWORK_QUIET_MS after its hits were painted, each counted as measureSize.ts counts (gzip,
 * zlib level 9), except that a file already gzipped (Pagefind's own index files are) counts as it is,
 * since no host compresses it again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';
import { offlineContext, withTimeout } from './browser.ts';
import { LIBRARY_SIZE, TRANSCRIPT_QUERIES } from './generate.ts';
import {
  armTranscriptHitsProbe,
  installLoadProbe,
  type LoadWindow,
  type SearchPaintTimes,
  type SearchProbeWindow,
} from './pageScripts.ts';
import { typeKeys } from './typing.ts';

/** The index folder in the built site (src/search/pagefindPlugin.ts). */
export const INDEX_FOLDER = 'pagefind';

/** What a host sends for a file: gzip (level 9), unless the file is gzip already or gzip would not help. */
export function servedBytes(body: Buffer): number {
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

export interface IndexSize {
  files: number;
  /** On disk, bytes. */
  bytes: number;
  /** As a host would send every file (servedBytes). */
  served: number;
  /** Pages in the index (pagefind-entry.json's page_count): the episodes with a transcript. */
  pages: number;
}

/** The index folder's files; the `.gz` twins the bench's server writes (staticHost.ts) are not the index's. */
function indexFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return indexFiles(path);
    return name.endsWith('.gz') && readdirSync(dir).includes(name.slice(0, -3)) ? [] : [path];
  });
}

export function measureIndexSize(siteDir: string): IndexSize {
  const dir = join(siteDir, INDEX_FOLDER);
  const files = indexFiles(dir);
  const bodies = files.map((path) => readFileSync(path));
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    files: files.length,
    bytes: bodies.reduce((sum, body) => sum + body.length, 0),
    served: bodies.reduce((sum, body) => sum + servedBytes(body), 0),
    pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
  };
}

/** What a fetched file is, by its path in the index folder. */
export type TransferKind = 'engine' | 'index' | 'fragment' | 'filter' | 'other';

const kindOf = (path: string): TransferKind =>
  !path.includes(`/${INDEX_FOLDER}/`)
    ? 'other'
    : path.includes('/index/')
      ? 'index'
      : path.includes('/fragment/')
        ? 'fragment'
        : path.includes('/filter/')
          ? 'filter'
          : 'engine'; // pagefind.js, its worker, WebAssembly, entry and metadata

export interface Transfer {
  path: string;
  kind: TransferKind;
  bytes: number;
  /** When the request started and its response ended, ms since the query's last key (Playwright's timing). */
  start: number;
  end: number;
}

/**
 * Where a query's time went, ms from its last key (medians in the results): the first request for Pagefind's
 * files (the typing pause ends), the index chunks in (the engine loaded, when it is a first query), the first
 * fragment asked for (Pagefind has searched the chunks) and the last one in; the hits are painted after.
 */
export interface QueryPhases {
  firstRequest: number;
  indexIn: number;
  fragmentsAsked: number;
  fragmentsIn: number;
}

export function phasesOf(transfers: readonly Transfer[]): QueryPhases {
  const mine = transfers.filter((t) => t.kind !== 'other');
  const of = (kind: TransferKind) => mine.filter((t) => t.kind === kind);
  const most = (values: number[]) => (values.length ? Math.max(...values) : Number.NaN);
  const least = (values: number[]) => (values.length ? Math.min(...values) : Number.NaN);
  return {
    firstRequest: least(mine.map((t) => t.start)),
    indexIn: most(of('index').map((t) => t.end)),
    fragmentsAsked: least(of('fragment').map((t) => t.start)),
    fragmentsIn: most(of('fragment').map((t) => t.end)),
  };
}

export interface QueryRun {
  word: string;
  position: 'first' | 'second';
  times: SearchPaintTimes;
  /** Episodes the transcript status says were found (parsed from its text). */
  episodesFound: number;
  transfers: Transfer[];
}

/** After the hits are painted, the page has fetched all a query needs once nothing is in flight this long. */
const NETWORK_QUIET_MS = 500;

/**
 * Records the site's responses from now on; `done(since)` waits for the network to be quiet and returns
 * them, timed from `since` (ms since 1970).
 */
function recordTransfers(page: Page, origin: string): { done(since: number): Promise<Transfer[]> } {
  const pending = new Set<Request>();
  const bodies: Array<Promise<Transfer | null>> = [];
  let lastChange = Date.now();
  const onRequest = (request: Request) => {
    if (!request.url().startsWith(origin)) return;
    pending.add(request);
    lastChange = Date.now();
  };
  const onFinished = (request: Request) => {
    if (!pending.delete(request)) return;
    lastChange = Date.now();
    const path = new URL(request.url()).pathname;
    const { startTime, responseEnd } = request.timing();
    bodies.push(
      request
        .response()
        .then((response) => response?.body())
        .then((body) =>
          body
            ? { path, kind: kindOf(path), bytes: servedBytes(body), start: startTime, end: startTime + responseEnd }
            : null,
        )
        .catch(() => null),
    );
  };
  const onFailed = (request: Request) => pending.delete(request) && (lastChange = Date.now());
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return {
    async done(since) {
      while (pending.size > 0 || Date.now() - lastChange < NETWORK_QUIET_MS) await page.waitForTimeout(50);
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      return (await Promise.all(bodies))
        .filter((t): t is Transfer => t !== null)
        .map((t) => ({ ...t, start: t.start - since, end: t.end - since }));
    },
  };
}

const PROBE = { all: '.episode-card', count: LIBRARY_SIZE, first: '.episode-card a' };

/** "Found in the transcripts of 30 episodes." → 30 (NaN when it says something else). */
const episodesIn = (status: string) => Number(/\b(\d+) episodes?\b/.exec(status)?.[1] ?? Number.NaN);

async function typeQuery(page: Page, origin: string, word: string, position: QueryRun['position']): Promise<QueryRun> {
  const transfers = recordTransfers(page, origin);
  await page.evaluate(armTranscriptHitsProbe, { query: word });
  if (position === 'second') await page.keyboard.press('ControlOrMeta+A'); // type over the first query
  await typeKeys(page, word);
  const times = await withTimeout(
    page.evaluate(() => (window as unknown as SearchProbeWindow).__benchSearch),
    30_000,
    async () => {
      const status = await page.locator('.transcript-status').textContent();
      return `"${word}": no transcript hits were painted (the status says "${status}")`;
    },
  );
  return {
    word,
    position,
    times,
    episodesFound: episodesIn(times.status),
    transfers: await transfers.done(times.lastKeyEpoch),
  };
}

/** The two words, in the order run number `run` types them. */
export const queryOrder = (run: number): [string, string] => {
  const { rare, common } = TRANSCRIPT_QUERIES;
  return run % 2 === 0 ? [rare.word, common.word] : [common.word, rare.word];
};

export async function searchTranscripts(
  browser: Browser,
  origin: string,
  run: number,
): Promise<{ queries: QueryRun[]; blocked: string[] }> {
  const { context, blocked } = await offlineContext(browser, 3800);
  try {
    await context.addInitScript(installLoadProbe, PROBE);
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
    await page.waitForLoadState('networkidle');
    await page.getByRole('searchbox').focus();
    const [first, second] = queryOrder(run);
    const queries = [await typeQuery(page, origin, first, 'first'), await typeQuery(page, origin, second, 'second')];
    return { queries, blocked };
  } finally {
    await context.close();
  }
}

/** Sums bytes by kind. */
export function bytesByKind(transfers: readonly Transfer[]): Record<TransferKind, number> {
  const sums: Record<TransferKind, number> = { engine: 0, index: 0, fragment: 0, filter: 0, other: 0 };
  for (const transfer of transfers) sums[transfer.kind] += transfer.bytes;
  return sums;
}
