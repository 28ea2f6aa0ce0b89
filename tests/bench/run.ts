/**
 * `npm run bench`: generates the episodes, builds and serves the app, measures it in headless Chromium,
 * prints a table, writes bench-results/bench.json and checks tests/bench/budgets.json.
 *
 *   npm run bench                       every input, full runs (about twenty minutes)
 *   npm run bench -- --quick            one or two runs of everything: for development, figures are rough
 *   npm run bench -- --only=lines-4000,library
 *   npm run bench -- --skip-build       reuse the last build in bench-results/ (development only)
 *
 * Exit code: 0 every budget met, 1 a budget missed, 2 the bench itself failed.
 * See tests/bench/README.md for what each figure means and how it is measured.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { BareBrowser } from './bareBrowser.ts';
import { launchBrowser, pageErrors } from './browser.ts';
import { writeFloorPage } from './floor.ts';
import { generateAll } from './generate.ts';
import { ALL_INPUT_IDS, EPISODE_INPUT_IDS, episodeInputs, libraryInput, type EpisodeInput } from './inputs.ts';
import {
  EPISODE_QUERIES,
  expectedMatches,
  searchEpisode,
  SEARCH_INPUTS,
  typeInEpisodeBare,
  type QueryTiming,
  type TypingLongTasks,
} from './measureEpisodeSearch.ts';
import { loadLibrary, searchLibrary } from './measureLibrary.ts';
import {
  loadAndScrollBare,
  loadApp,
  loadFloor,
  loadReference,
  type HeapSample,
  type LoadRun,
  type LongTaskRun,
} from './measureLoad.ts';
import { PLAYBACK, playbackRun, type PlaybackRun } from './measurePlayback.ts';
import { measureSize } from './measureSize.ts';
import { writeReferencePage } from './reference.ts';
import {
  bytesByKind,
  measureIndexSize,
  phasesOf,
  searchTranscripts,
  type IndexSize,
  type QueryPhases,
  type QueryRun,
  type TransferKind,
} from './measureTranscriptSearch.ts';
import { checkBudgets, formatReport, readBudgets } from './report.ts';
import type {
  BenchResults,
  EpisodeResult,
  EpisodeSearchResult,
  LibraryResult,
  TranscriptQueryFigures,
  TranscriptSearchResult,
} from './results.ts';
import { buildSite, serveSite, sourceState, stopAllServers, type Site } from './serve.ts';
import { figure, median, quantile, type Figure } from './stats.ts';
import { KEY_INTERVAL_MS } from './typing.ts';
import { TRANSCRIPT_QUERIES } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'bench-results');

/**
 * Runs per figure. Load needs at least 5 for its budget; playback and search are steadier. In an episode,
 * `episodeSearch` page loads type every query `searchRounds` times, and `typing` bare-browser loads type each
 * once for the long tasks; `transcriptSearch` fresh library pages type both transcript queries.
 */
const RUNS = {
  full: {
    load: 7,
    trace: 3,
    count: 3,
    libraryLoad: 7,
    search: 9,
    episodeSearch: 3,
    searchRounds: 3,
    typing: 3,
    transcriptSearch: 10,
  },
  quick: {
    load: 2,
    trace: 1,
    count: 1,
    libraryLoad: 2,
    search: 3,
    episodeSearch: 1,
    searchRounds: 2,
    typing: 1,
    transcriptSearch: 2,
  },
};
type Runs = (typeof RUNS)['full'];

interface Options {
  quick: boolean;
  only: Set<string>;
  skipBuild: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { quick: false, only: new Set(ALL_INPUT_IDS), skipBuild: false };
  for (const arg of args) {
    if (arg === '--quick') options.quick = true;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg.startsWith('--only=')) {
      const ids = arg.slice('--only='.length).split(',').filter(Boolean);
      const unknown = ids.filter((id) => !(ALL_INPUT_IDS as readonly string[]).includes(id));
      if (unknown.length || ids.length === 0) {
        throw new Error(`--only takes a comma-separated list of: ${ALL_INPUT_IDS.join(', ')}`);
      }
      options.only = new Set(ids);
    } else
      throw new Error(`Unknown argument ${arg}. Usage: npm run bench -- [--quick] [--only=<inputs>] [--skip-build]`);
  }
  return options;
}

const benchStart = Date.now();
/** Progress goes to stderr, so stdout is just the report. */
function log(message: string): void {
  const seconds = ((Date.now() - benchStart) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

const max = (values: readonly number[]) => (values.length ? Math.max(...values) : 0);

const retries: string[] = [];
/**
 * Runs one measurement, and once more if it fails: on a loaded machine a page can time out now and then,
 * and one stray failure should not throw away twenty minutes of figures. Retries are reported.
 */
async function attempt<T>(label: string, measure: () => Promise<T>): Promise<T> {
  try {
    return await measure();
  } catch (error) {
    const message = `${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    log(`${message}; running it again`);
    retries.push(message);
    return measure();
  }
}
const round = (ms: number) => Math.round(ms);

async function measureEpisode(
  browser: Browser,
  bare: BareBrowser,
  site: Site,
  pages: BenchPages,
  input: EpisodeInput,
  runs: Runs,
  blocked: string[],
): Promise<EpisodeResult> {
  const { episode } = input;
  const result: EpisodeResult = {
    id: input.id,
    label: input.label,
    lines: episode.lines.length,
    sections: episode.sections.length,
    durationSeconds: episode.duration,
  };

  log(`${input.id}: size`);
  const size = await attempt(`${input.id} size`, () => measureSize(browser, site.origin, input));
  blocked.push(...size.blocked);
  result.size = {
    html: size.html,
    jsCssBeforeData: size.beforeData,
    data: size.data,
    afterData: size.afterData,
    assets: size.assets,
  };

  const loads: Record<LoadedPage, LoadRun[]> = { app: [], floor: [], reference: [] };
  const loaders: Record<LoadedPage, () => Promise<LoadRun>> = {
    app: () => loadApp(browser, site.origin, input),
    floor: () => loadFloor(browser, site.origin, pages.floor, input),
    reference: () => loadReference(browser, site.origin, pages.reference, input),
  };
  for (let run = 0; run < runs.load; run++) {
    // Rotate which page goes first, so a drift in machine load favours none of them.
    for (const page of rotate(LOADED_PAGES, run)) {
      loads[page].push(await attempt(`${input.id} ${page} load`, loaders[page]));
      blocked.push(...loads[page].at(-1)!.blocked);
    }
    const last = (page: LoadedPage) => loads[page].at(-1)!;
    const ready = (page: LoadedPage) => `, player ready ${round(last(page).playerReady ?? Number.NaN)} ms`;
    log(
      `${input.id}: load ${run + 1}/${runs.load}: painted: app ${round(last('app').times.paintedAt)} ms` +
        `${ready('app')}; floor ${round(last('floor').times.paintedAt)} ms; ` +
        `reference ${round(last('reference').times.paintedAt)} ms${ready('reference')}`,
    );
  }
  const { app, floor, reference } = loads;
  const longTasks: LongTaskRun[] = [];
  for (let run = 0; run < runs.load; run++) {
    longTasks.push(await attempt(`${input.id} long tasks`, () => loadAndScrollBare(bare, site.origin, input)));
  }
  log(`${input.id}: long tasks in ${runs.load} loads and scrolls (bare browser)`);
  const appTimes = app.map((r) => r.times.paintedAt);
  const floorTimes = floor.map((r) => r.times.paintedAt);
  result.load = {
    runs: runs.load,
    app: figure(appTimes),
    floor: figure(floorTimes),
    ratio: median(appTimes) / median(floorTimes),
    pairRatios: figure(appTimes.map((t, i) => t / floorTimes[i]!)),
    reference: figure(reference.map((r) => r.times.paintedAt)),
    playerReady: compared(
      app.map((r) => r.playerReady ?? Number.NaN),
      reference.map((r) => r.playerReady ?? Number.NaN),
    ),
    longestLoadTask: figure(longTasks.map((r) => max(r.load.map((t) => t.duration)))),
    longestScrollTask: figure(longTasks.map((r) => max(r.scroll.map((t) => t.duration)))),
  };
  const appHeap = heapFigures(app);
  const referenceHeap = heapFigures(reference);
  result.memory = {
    ...appHeap,
    reference: referenceHeap,
    heapRatio: appHeap.heapUsed.median / referenceHeap.heapUsed.median,
  };

  const played: PlaybackRun[] = [];
  for (const [mode, count] of [
    ['trace', runs.trace],
    ['count', runs.count],
  ] as const) {
    for (let run = 0; run < count; run++) {
      const r = await attempt(`${input.id} playback`, () => playbackRun(browser, site.origin, input, mode));
      blocked.push(...r.blocked);
      played.push(r);
      const cpu = r.scripting?.perFrame.map((f) => f.cpu);
      log(
        `${input.id}: playback ${mode} ${run + 1}/${count}: ${r.lineChanges} line changes` +
          (cpu ? `, script p99 ${quantile(cpu, 0.99).toFixed(2)} ms CPU` : '') +
          (r.rendersPerChange ? `, renders per change max ${max(r.rendersPerChange)}` : ''),
      );
    }
  }
  const traced = played.filter((r) => r.scripting);
  const counted = played.filter((r) => r.mode === 'count');
  const perFrame = (pick: (r: PlaybackRun) => number) => figure(traced.map(pick));
  const cpu = (r: PlaybackRun) => r.scripting!.perFrame.map((f) => f.cpu);
  const wall = (r: PlaybackRun) => r.scripting!.perFrame.map((f) => f.wall);
  const by: Record<string, number> = {};
  for (const key of new Set(traced.flatMap((r) => Object.keys(r.scripting!.byEvent)))) {
    by[key] = median(traced.map((r) => (r.scripting!.byEvent[key] ?? 0) / r.scripting!.perFrame.length));
  }
  result.playback = {
    traceRuns: traced.length,
    countRuns: counted.length,
    frames: PLAYBACK.frames,
    mediaSecondsPerFrame: PLAYBACK.step,
    lineChanges: figure(played.map((r) => r.lineChanges)),
    scriptMedianCpu: perFrame((r) => median(cpu(r))),
    scriptP99Cpu: perFrame((r) => quantile(cpu(r), 0.99)),
    scriptMaxCpu: perFrame((r) => max(cpu(r))),
    scriptMedianWall: perFrame((r) => median(wall(r))),
    scriptP99Wall: perFrame((r) => quantile(wall(r), 0.99)),
    scriptPerFrameBy: by,
    longTasksCpu: perFrame((r) => r.scripting!.longTasks.filter((t) => t.cpu > 50).length),
    longTasksObserved: figure(played.map((r) => r.longTasks.length)),
    longestObservedTask: figure(played.map((r) => max(r.longTasks.map((t) => t.duration)))),
    mountRenders: figure(counted.map((r) => r.mountRenders ?? Number.NaN)),
    blocks: figure(counted.map((r) => r.blocks ?? Number.NaN)),
    rendersPerFrameMax: figure(counted.map((r) => max(r.rendersPerFrame ?? []))),
    rendersOnTickMax: figure(counted.map((r) => max(r.rendersOnTicks ?? []))),
    rendersPerChangeMedian: figure(counted.map((r) => median(r.rendersPerChange ?? []))),
    rendersPerChangeMax: figure(counted.map((r) => max(r.rendersPerChange ?? []))),
    crossingLatencyMax: figure(counted.map((r) => (r.crossingLatency?.length ? max(r.crossingLatency) : Number.NaN))),
    crossingLatencyMedian: figure(counted.map((r) => median(r.crossingLatency ?? []))),
    crossingsMissed: counted.reduce((sum, r) => sum + (r.crossingMissed ?? 0), 0),
    clickLatencyMax: figure(counted.map((r) => (r.clickLatency?.length ? max(r.clickLatency) : Number.NaN))),
    clickLatencyMedian: figure(counted.map((r) => median(r.clickLatency ?? []))),
    clicks: counted.reduce((sum, r) => sum + (r.clickLatency?.length ?? 0), 0),
    clicksMissed: counted.reduce((sum, r) => sum + (r.clicksMissed ?? 0), 0),
    framesWithoutRead: played.reduce((sum, r) => sum + r.framesWithoutRead, 0),
  };
  if (SEARCH_INPUTS.includes(input.id))
    result.search = await measureEpisodeSearchOf(browser, bare, site, input, runs, blocked);
  return result;
}

/** The pages an episode's load runs open besides the app's own (paths on the site). */
interface BenchPages {
  floor: string;
  reference: string;
}

const LOADED_PAGES = ['app', 'floor', 'reference'] as const;
type LoadedPage = (typeof LOADED_PAGES)[number];

/** `items` starting at `by` (modulo its length): run r loads page r % 3 first, then the others in turn. */
const rotate = <T>(items: readonly T[], by: number): T[] => {
  const start = by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
};

/** App against reference, ms of each run: both figures, the ratio of medians and each pair's ratio. */
function compared(app: number[], reference: number[]) {
  return {
    app: figure(app),
    reference: figure(reference),
    ratio: median(app) / median(reference),
    pairRatios: figure(app.map((t, i) => t / reference[i]!)),
  };
}

/** Median heaps over the runs of one page. */
function heapFigures(runs: readonly LoadRun[]): { heapUsed: Figure; embedderHeap?: Figure } {
  const heaps = runs.flatMap((r): HeapSample[] => (r.heap ? [r.heap] : []));
  const embedder = heaps.flatMap((h) => (h.embedder === undefined ? [] : [h.embedder]));
  return { heapUsed: figure(heaps.map((h) => h.used)), ...(embedder.length && { embedderHeap: figure(embedder) }) };
}

async function measureEpisodeSearchOf(
  browser: Browser,
  bare: BareBrowser,
  site: Site,
  input: EpisodeInput,
  runs: Runs,
  blocked: string[],
): Promise<EpisodeSearchResult> {
  const timings: QueryTiming[] = [];
  for (let run = 0; run < runs.episodeSearch; run++) {
    const r = await attempt(`${input.id} search`, () => searchEpisode(browser, site.origin, input, runs.searchRounds));
    blocked.push(...r.blocked);
    timings.push(...r.timings);
    log(
      `${input.id}: search ${run + 1}/${runs.episodeSearch}: last key → painted ` +
        EPISODE_QUERIES.map(
          (q) =>
            `"${q.text}" ${r.timings
              .filter((t) => t.id === q.id)
              .map((t) => round(t.times.painted))
              .join(', ')} ms`,
        ).join('; '),
    );
  }
  const typed: TypingLongTasks[][] = [];
  for (let run = 0; run < runs.typing; run++) {
    typed.push(await attempt(`${input.id} typing long tasks`, () => typeInEpisodeBare(bare, site.origin, input)));
  }
  log(`${input.id}: long tasks while typing in ${runs.typing} loads (bare browser)`);
  const longest = (tasks: readonly { duration: number }[]) => max(tasks.map((t) => t.duration));
  return {
    loads: runs.episodeSearch,
    rounds: runs.searchRounds,
    keyIntervalMs: KEY_INTERVAL_MS,
    queries: EPISODE_QUERIES.map((query) => {
      const mine = timings.filter((t) => t.id === query.id).map((t) => t.times);
      return {
        id: query.id,
        text: query.text,
        matches: expectedMatches(input, query.text),
        updated: figure(mine.map((t) => t.updated)),
        painted: figure(mine.map((t) => t.painted)),
        longestTask: figure(typed.map((run) => longest(run.find((r) => r.id === query.id)?.tasks ?? []))),
      };
    }),
    typingRuns: typed.length,
    longestTypingTask: figure(typed.map((run) => longest(run.flatMap((r) => r.tasks)))),
  };
}

async function measureLibraryInput(
  browser: Browser,
  site: Site,
  indexSize: IndexSize,
  runs: Runs,
  blocked: string[],
): Promise<LibraryResult> {
  const loads = [];
  for (let run = 0; run < runs.libraryLoad; run++) {
    const r = await attempt('library load', () => loadLibrary(browser, site.origin));
    blocked.push(...r.blocked);
    loads.push(r);
    log(`library: load ${run + 1}/${runs.libraryLoad}: ${round(r.times.paintedAt)} ms`);
  }
  log(`library: search ×${runs.search}`);
  const searches = await attempt('library search', () => searchLibrary(browser, site.origin, runs.search));
  const transcripts = await measureTranscriptSearchOf(browser, site, indexSize, runs, blocked);
  return {
    episodes: libraryInput().episodes,
    loadRuns: loads.length,
    cards: figure(loads.map((r) => r.times.paintedAt)),
    longestLoadTask: figure(loads.map((r) => max(r.longTasks.map((t) => t.duration)))),
    searchRuns: searches.length,
    searchUpdated: figure(searches.map((s) => s.updated)),
    searchPainted: figure(searches.map((s) => s.painted)),
    transcripts,
  };
}

async function measureTranscriptSearchOf(
  browser: Browser,
  site: Site,
  index: IndexSize,
  runs: Runs,
  blocked: string[],
): Promise<TranscriptSearchResult> {
  const queries: QueryRun[] = [];
  for (let run = 0; run < runs.transcriptSearch; run++) {
    const r = await attempt('library transcript search', () => searchTranscripts(browser, site.origin, run));
    blocked.push(...r.blocked);
    queries.push(...r.queries);
    log(
      `library: transcript search ${run + 1}/${runs.transcriptSearch}: ` +
        r.queries
          .map((q) => {
            const kb = bytesOf(q) / 1000;
            return `${q.position} "${q.word}" ${kb.toFixed(1)} KB, hits painted ${round(q.times.painted)} ms`;
          })
          .join('; '),
    );
  }
  const figures = (word: string, position: QueryRun['position']): TranscriptQueryFigures => {
    const mine = queries.filter((q) => q.word === word && q.position === position);
    const byKind = mine.map((q) => bytesByKind(q.transfers));
    const kinds = Object.keys(byKind[0] ?? {}) as TransferKind[];
    return {
      runs: mine.length,
      bytes: figure(mine.map(bytesOf)),
      bytesByKind: Object.fromEntries(kinds.map((k) => [k, median(byKind.map((b) => b[k]))])) as Record<
        TransferKind,
        number
      >,
      files: figure(mine.map((q) => q.transfers.length)),
      updated: figure(mine.map((q) => q.times.updated)),
      painted: figure(mine.map((q) => q.times.painted)),
      phases: medianPhases(mine.map((q) => phasesOf(q.transfers))),
      episodesFound: figure(mine.map((q) => q.episodesFound)),
      transfers: mine[0]?.transfers ?? [],
    };
  };
  return {
    index: { ...index, bytesPerPage: index.bytes / index.pages, servedPerPage: index.served / index.pages },
    runs: runs.transcriptSearch,
    keyIntervalMs: KEY_INTERVAL_MS,
    queries: Object.values(TRANSCRIPT_QUERIES).map(({ word, episodes }) => ({
      word,
      episodes,
      first: figures(word, 'first'),
      second: figures(word, 'second'),
    })),
  };
}

function medianPhases(runs: readonly QueryPhases[]): QueryPhases {
  const of = (key: keyof QueryPhases) => median(runs.map((r) => r[key]));
  return {
    firstRequest: of('firstRequest'),
    indexIn: of('indexIn'),
    fragmentsAsked: of('fragmentsAsked'),
    fragmentsIn: of('fragmentsIn'),
  };
}

const bytesOf = (query: QueryRun) => query.transfers.reduce((sum, t) => sum + t.bytes, 0);

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  process.chdir(ROOT);
  const runs = options.quick ? RUNS.quick : RUNS.full;
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    quick: options.quick,
    machine: { cpus: cpus().length, loadAverageStart: loadavg(), chromium: '', node: process.versions.node },
    build: {},
    episodes: [],
    blockedRequests: [],
    pageErrors,
    retries,
  };
  log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus().length} CPUs`,
  );

  log('generating episodes');
  const { episodesDir, libraryDir } = generateAll(OUT);
  const inputs = EPISODE_INPUT_IDS.some((id) => options.only.has(id)) ? episodeInputs(episodesDir, options.only) : [];
  const wantLibrary = options.only.has('library');

  const siteDir = join(OUT, 'site');
  const librarySiteDir = join(OUT, 'site-library');
  if (options.skipBuild) results.build.reused = true;
  else {
    const before = sourceState();
    if (inputs.length) {
      log('building the app on the episodes');
      results.build.episodesSeconds = (await buildSite(episodesDir, siteDir, join(OUT, 'build-episodes.log'))) / 1000;
    }
    if (wantLibrary) {
      log('building the app on the 500-episode library');
      results.build.librarySeconds =
        (await buildSite(libraryDir, librarySiteDir, join(OUT, 'build-library.log'))) / 1000;
    }
    // Sampled before and after: a file edited while the build ran is listed too.
    const after = sourceState();
    if (after.commit)
      results.build.commit = before.commit === after.commit ? after.commit : `${before.commit}→${after.commit}`;
    if (after.uncommitted)
      results.build.uncommitted = [...new Set([...(before.uncommitted ?? []), ...after.uncommitted])];
  }
  const pages = new Map(
    inputs.map((input): [string, BenchPages] => [
      input.id,
      { floor: writeFloorPage(siteDir, input.episode), reference: writeReferencePage(siteDir, input.episode) },
    ]),
  );

  let browser: Browser | undefined;
  let bare: BareBrowser | undefined;
  const blocked: string[] = [];
  try {
    browser = await launchBrowser();
    results.machine.chromium = `Chromium ${browser.version()}`;
    if (inputs.length) {
      const site = await serveSite(siteDir, join(OUT, 'server-episodes.log'));
      log(`serving ${siteDir} at ${site.origin}`);
      bare = BareBrowser.launch();
      try {
        for (const input of inputs) {
          const measured = await measureEpisode(browser, bare, site, pages.get(input.id)!, input, runs, blocked);
          results.episodes.push(measured);
        }
      } finally {
        site.stop();
      }
    }
    if (wantLibrary) {
      // Before the server writes its .gz twins beside the files.
      const indexSize = measureIndexSize(librarySiteDir);
      const site = await serveSite(librarySiteDir, join(OUT, 'server-library.log'));
      log(`serving ${librarySiteDir} at ${site.origin}`);
      try {
        results.library = await measureLibraryInput(browser, site, indexSize, runs, blocked);
      } finally {
        site.stop();
      }
    }
  } finally {
    await browser?.close();
    await bare?.close();
    stopAllServers();
  }

  results.blockedRequests = [...new Set(blocked)];
  results.machine.loadAverageEnd = loadavg();
  results.seconds = (Date.now() - benchStart) / 1000;
  results.budgets = checkBudgets(results, readBudgets());
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(formatReport(results));
  console.log(`\nWrote bench-results/bench.json in ${Math.round(results.seconds)} s.`);
  return results.budgets.every((b) => b.pass) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    stopAllServers();
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
