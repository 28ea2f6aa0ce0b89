/**
 * Turns the results into the table printed on stdout and the budget checks (tests/bench/budgets.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BenchResults,
  BudgetCheck,
  EpisodeResult,
  TranscriptQueryFigures,
  TranscriptSearchResult,
} from './results.ts';
import type { Figure } from './stats.ts';

export interface Budgets {
  size: { inputs: string[]; maxJsCssBeforeDataBytes: number };
  load: { inputs: string[]; maxRatioToStaticFloor: number; minRuns: number };
  loadAndScroll: { inputs: string[]; maxLongTaskMs: number };
  /** Issue 15: navigation → player ready, app / vanilla reference (reference.ts), ratio of medians. */
  playerReady: { inputs: string[]; maxRatioToVanillaReference: number };
  memory: {
    inputs: string[];
    maxHeapBytes: number;
    /** Issue 15: JS heap after load, app / vanilla reference, ratio of medians. */
    ratioInputs: string[];
    maxRatioToVanillaReference: number;
  };
  playback: {
    inputs: string[];
    maxRendersOnTick: number;
    maxRendersPerChange: number;
    maxScriptP99Ms: number;
    maxLongTasks: number;
  };
  latency: { inputs: string[]; maxCrossingFrames: number; maxClickFrames: number };
  library: { maxCardsMs: number; maxSearchMs: number };
  search: {
    /** Last key → matches painted, ms, by episode input (median over every typing of each query). */
    maxMatchesPaintedMs: Record<string, number>;
    typingInputs: string[];
    maxTypingLongTaskMs: number;
    maxFirstQueryBytes: number;
    maxHitsPaintedMs: number;
  };
}

export function readBudgets(): Budgets {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as Budgets;
}

export function checkBudgets(results: BenchResults, budgets: Budgets): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (
    name: string,
    input: string,
    measured: number,
    limit: number,
    unit: string,
    relation: BudgetCheck['relation'] = '≤',
  ) =>
    checks.push({
      name,
      input,
      measured,
      limit,
      unit,
      relation,
      pass:
        Number.isFinite(measured) &&
        (relation === '≤' ? measured <= limit : relation === '≥' ? measured >= limit : measured === limit),
    });
  const episode = (id: string): EpisodeResult | undefined => results.episodes.find((e) => e.id === id);

  for (const id of budgets.size.inputs) {
    const size = episode(id)?.size;
    if (size) check('JS+CSS before data (gzip)', id, size.jsCssBeforeData, budgets.size.maxJsCssBeforeDataBytes, 'B');
  }
  for (const id of budgets.load.inputs) {
    const load = episode(id)?.load;
    if (!load) continue;
    check('load time / static floor', id, load.ratio, budgets.load.maxRatioToStaticFloor, '×');
    check('load runs', id, load.runs, budgets.load.minRuns, 'runs', '≥');
  }
  for (const id of budgets.loadAndScroll.inputs) {
    const load = episode(id)?.load;
    if (!load) continue;
    check('longest task while loading', id, load.longestLoadTask.median, budgets.loadAndScroll.maxLongTaskMs, 'ms');
    check('longest task while scrolling', id, load.longestScrollTask.median, budgets.loadAndScroll.maxLongTaskMs, 'ms');
  }
  for (const id of budgets.playerReady.inputs) {
    const ready = episode(id)?.load?.playerReady;
    const limit = budgets.playerReady.maxRatioToVanillaReference;
    if (ready) check('player ready / vanilla reference', id, ready.ratio, limit, '×');
  }
  for (const id of budgets.memory.inputs) {
    const memory = episode(id)?.memory;
    if (memory) check('JS heap after load', id, memory.heapUsed.median, budgets.memory.maxHeapBytes, 'B');
  }
  for (const id of budgets.memory.ratioInputs) {
    const memory = episode(id)?.memory;
    const limit = budgets.memory.maxRatioToVanillaReference;
    if (memory) check('JS heap after load / vanilla reference', id, memory.heapRatio, limit, '×');
  }
  for (const id of budgets.playback.inputs) {
    const playback = episode(id)?.playback;
    if (!playback) continue;
    const p = budgets.playback;
    // The known case that validates the render counter itself: the mount renders every block of lines once.
    check('render counter: block renders at mount', id, playback.mountRenders.median, playback.blocks.median, '', '=');
    // And what placing changes in frames assumes: the app's clock loop read the clock in every frame.
    check('measured frames without a clock read', id, playback.framesWithoutRead, 0, '');
    check('line renders on a tick without line change', id, playback.rendersOnTickMax.median, p.maxRendersOnTick, '');
    check('line renders per line change', id, playback.rendersPerChangeMax.median, p.maxRendersPerChange, '');
    check('script per frame p99 (CPU)', id, playback.scriptP99Cpu.median, p.maxScriptP99Ms, 'ms');
    check('long tasks while playing (CPU > 50 ms)', id, playback.longTasksCpu.median, p.maxLongTasks, '');
  }
  for (const id of budgets.latency.inputs) {
    const playback = episode(id)?.playback;
    if (!playback) continue;
    const l = budgets.latency;
    check('frames from line start to highlight', id, playback.crossingLatencyMax.median, l.maxCrossingFrames, 'frames');
    check('highlight missed at a line start', id, playback.crossingsMissed, 0, '');
    check('frames from click to highlight', id, playback.clickLatencyMax.median, l.maxClickFrames, 'frames');
  }
  if (results.library) {
    check('library: all cards painted', 'library', results.library.cards.median, budgets.library.maxCardsMs, 'ms');
    check(
      'library: search results updated',
      'library',
      results.library.searchUpdated.median,
      budgets.library.maxSearchMs,
      'ms',
    );
  }
  checkSearch(results, budgets.search, check, episode);
  check('requests to other hosts (aborted)', 'all', results.blockedRequests.length, 0, '');
  check('uncaught errors in the pages', 'all', results.pageErrors.length, 0, '');
  return checks;
}

type Check = (
  name: string,
  input: string,
  measured: number,
  limit: number,
  unit: string,
  relation?: BudgetCheck['relation'],
) => void;

function checkSearch(
  results: BenchResults,
  budgets: Budgets['search'],
  check: Check,
  episode: (id: string) => EpisodeResult | undefined,
): void {
  for (const [id, limit] of Object.entries(budgets.maxMatchesPaintedMs)) {
    for (const query of episode(id)?.search?.queries ?? [])
      check(`search in episode: last key → "${query.text}" painted`, id, query.painted.median, limit, 'ms');
  }
  for (const id of budgets.typingInputs) {
    const search = episode(id)?.search;
    if (search)
      check(
        'search in episode: longest task typing',
        id,
        search.longestTypingTask.median,
        budgets.maxTypingLongTaskMs,
        'ms',
      );
  }
  const transcripts = results.library?.transcripts;
  for (const query of transcripts?.queries ?? []) {
    const input = `library "${query.word}"`;
    // The known case that validates the measurement: the page finds the word in the episodes that say it.
    check('transcript search: episodes found', input, query.first.episodesFound.median, query.episodes, '', '=');
    check('transcript search: first query transfer', input, query.first.bytes.median, budgets.maxFirstQueryBytes, 'B');
    check(
      'transcript search: hits painted, first query',
      input,
      query.first.painted.median,
      budgets.maxHitsPaintedMs,
      'ms',
    );
    check(
      'transcript search: hits painted, second query',
      input,
      query.second.painted.median,
      budgets.maxHitsPaintedMs,
      'ms',
    );
  }
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** `median (min–max)`, or just the median when every run agreed. */
function cell(f: Figure | undefined, digits = 0, scale = 1): string {
  if (!f || f.runs.length === 0) return '';
  const [m, lo, hi] = [f.median / scale, f.min / scale, f.max / scale].map((v) => fixed(v, digits));
  return lo === hi ? m! : `${m} (${lo}–${hi})`;
}

const range = (f: Figure, digits: number) => `${fixed(f.min, digits)}–${fixed(f.max, digits)}`;

const kb = (bytes: number | undefined) => (bytes === undefined ? '' : fixed(bytes / 1000, 1));

type Row = [label: string, cells: (e: EpisodeResult) => string] | [heading: string];

const ROWS: Row[] = [
  ['Size, gzip KB (1 KB = 1,000 B)'],
  ['  HTML page (prerendered)', (e) => kb(e.size?.html)],
  ['  JS + CSS before the data', (e) => kb(e.size?.jsCssBeforeData)],
  ['  episode data (its chunk)', (e) => kb(e.size?.data)],
  ['  JS + CSS after the data', (e) => kb(e.size?.afterData)],
  ['Load, ms from navigation start'],
  ['  app: every line painted, clickable', (e) => cell(e.load?.app)],
  ['  static HTML floor, same text', (e) => cell(e.load?.floor)],
  [
    '  app / floor: of medians (each pair)',
    (e) => (e.load ? `${fixed(e.load.ratio, 2)} (${range(e.load.pairRatios, 2)})` : ''),
  ],
  ['  vanilla reference: lines painted', (e) => cell(e.load?.reference)],
  ['  app: player ready (onReady)', (e) => cell(e.load?.playerReady.app)],
  ['  vanilla reference: player ready', (e) => cell(e.load?.playerReady.reference)],
  [
    '  player ready app / reference (pairs)',
    (e) => (e.load ? `${fixed(e.load.playerReady.ratio, 2)} (${range(e.load.playerReady.pairRatios, 2)})` : ''),
  ],
  ['  longest task while loading', (e) => cell(e.load?.longestLoadTask)],
  ['  longest task scrolling top→bottom', (e) => cell(e.load?.longestScrollTask)],
  ['Memory after load, MB (1 MB = 10^6 B)'],
  ['  JS heap (V8 used, after GC)', (e) => cell(e.memory?.heapUsed, 1, 1e6)],
  ['  DOM heap (Blink, after GC)', (e) => cell(e.memory?.embedderHeap, 1, 1e6)],
  ['  JS heap, vanilla reference', (e) => cell(e.memory?.reference.heapUsed, 1, 1e6)],
  ['  DOM heap, vanilla reference', (e) => cell(e.memory?.reference.embedderHeap, 1, 1e6)],
  ['  JS heap app / reference (medians)', (e) => (e.memory ? fixed(e.memory.heapRatio, 2) : '')],
  ['Playback'],
  ['  line changes', (e) => cell(e.playback?.lineChanges)],
  ['  script/frame median, CPU ms', (e) => cell(e.playback?.scriptMedianCpu, 3)],
  ['  script/frame p99, CPU ms', (e) => cell(e.playback?.scriptP99Cpu, 2)],
  ['  script/frame max, CPU ms', (e) => cell(e.playback?.scriptMaxCpu, 1)],
  ['  script/frame median, wall ms', (e) => cell(e.playback?.scriptMedianWall, 3)],
  ['  script/frame p99, wall ms', (e) => cell(e.playback?.scriptP99Wall, 2)],
  [
    '  mean/frame: app rAF + step, CPU ms',
    (e) => fixed(e.playback?.scriptPerFrameBy['animation frame: app'] ?? NaN, 3),
  ],
  [
    '  mean/frame: other rAF, CPU ms',
    // None is the expected case (0), unlike an input without playback figures (NaN).
    (e) => fixed(e.playback ? (e.playback.scriptPerFrameBy['animation frame: other'] ?? 0) : NaN, 3),
  ],
  ['  mean/frame: other script, CPU ms', (e) => fixed(otherScript(e), 3)],
  ['  long tasks (>50 ms CPU, trace)', (e) => cell(e.playback?.longTasksCpu)],
  ['  long tasks (observed, wall)', (e) => cell(e.playback?.longTasksObserved)],
  ['  line block renders at mount (= blocks)', (e) => cell(e.playback?.mountRenders)],
  ['  line renders per tick, max', (e) => cell(e.playback?.rendersOnTickMax)],
  ['  line renders per line change, max', (e) => cell(e.playback?.rendersPerChangeMax)],
  ['Latency, frames late (0 = next frame)'],
  ['  line start → highlight, max', (e) => cell(e.playback?.crossingLatencyMax)],
  [
    '  click → highlight, max',
    (e) => (e.playback ? `${cell(e.playback.clickLatencyMax)} (${e.playback.clicks} clicks)` : ''),
  ],
  ['Search in the episode, ms from the last key'],
  ...searchRows('many'),
  ...searchRows('few'),
  ['  longest task typing (bare, 0: none)', (e) => cell(e.search?.longestTypingTask)],
];

/** A query's rows: the same query in every column, its matches differing with the episode. */
function searchRows(id: 'many' | 'few'): Row[] {
  const query = (e: EpisodeResult) => e.search?.queries.find((q) => q.id === id);
  const name = id === 'many' ? 'many matches' : 'few matches';
  return [
    [`  ${name}: query (matches)`, (e) => (query(e) ? `"${query(e)!.text}" (${query(e)!.matches})` : '')],
    [`  ${name}: count in DOM`, (e) => cell(query(e)?.updated)],
    [`  ${name}: matches painted`, (e) => cell(query(e)?.painted)],
  ];
}

function otherScript(e: EpisodeResult): number {
  const by = e.playback?.scriptPerFrameBy;
  if (!by) return Number.NaN;
  return Object.entries(by)
    .filter(([name]) => !name.startsWith('animation frame'))
    .reduce((sum, [, ms]) => sum + ms, 0);
}

function buildLine({ build }: BenchResults): string {
  if (build.reused) return 'Measured the last build in bench-results/ (--skip-build).';
  if (!build.commit) return 'Built from a folder that is not a git checkout.';
  const dirty = build.uncommitted ?? [];
  return (
    `Built from ${build.commit}` +
    (dirty.length ? ` plus uncommitted changes in ${dirty.length} file(s): ${dirty.slice(0, 6).join(', ')}` : '') +
    `, in ${Math.round((build.episodesSeconds ?? 0) + (build.librarySeconds ?? 0))} s.`
  );
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));

const phaseText = (p: TranscriptQueryFigures['phases']) =>
  `first request ${fixed(p.firstRequest, 0)}, index in ${fixed(p.indexIn, 0)}, ` +
  `fragments asked ${fixed(p.fragmentsAsked, 0)}, in ${fixed(p.fragmentsIn, 0)}`;

function transcriptLines(t: TranscriptSearchResult, labelWidth: number): string[] {
  const { index } = t;
  const out = [
    `Transcript search (Pagefind), keys ${t.keyIntervalMs} ms apart, ${t.runs} runs (each word first in half)`,
    pad('  index on disk, KB', labelWidth) +
      `${kb(index.bytes)} in ${index.files} files, ${kb(index.bytesPerPage)} per episode (${index.pages} indexed)`,
    pad('  index as served (gzip), KB', labelWidth) + `${kb(index.served)}, ${kb(index.servedPerPage)} per episode`,
  ];
  for (const query of t.queries) {
    for (const [position, f] of [
      ['first', query.first],
      ['second', query.second],
    ] as const) {
      const label = `  "${query.word}" (${query.episodes} episodes), ${position}`;
      const kinds = Object.entries(f.bytesByKind)
        .filter(([, bytes]) => bytes > 0)
        .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
        .join(', ');
      out.push(
        pad(`${label}: KB fetched`, labelWidth) + `${cell(f.bytes, 1, 1000)} in ${cell(f.files)} files: ${kinds}`,
        pad(`    last key → hits painted, ms`, labelWidth) + `${cell(f.painted)} (in DOM ${cell(f.updated)})`,
        pad(`    when, ms after the last key`, labelWidth) + phaseText(f.phases),
      );
    }
  }
  return out;
}

export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const labelWidth = 40;
  const columnWidth = 24;
  const { machine } = results;
  out.push(
    `Transcript Player bench, ${results.startedAt}${results.quick ? ' (--quick: fewer runs, figures are rough)' : ''}`,
    `Machine: ${machine.cpus} CPUs, load average ${machine.loadAverageStart.map((l) => l.toFixed(2)).join(' ')} at start` +
      (machine.loadAverageEnd ? `, ${machine.loadAverageEnd.map((l) => l.toFixed(2)).join(' ')} at end` : '') +
      `; ${machine.chromium}; Node ${machine.node}`,
    buildLine(results),
    'Figures: median (min–max) over runs.',
    '',
  );
  if (results.episodes.length) {
    out.push(pad('', labelWidth) + results.episodes.map((e) => pad(e.label, columnWidth)).join(''));
    for (const row of ROWS) {
      const [label, cells] = row;
      if (!cells) {
        const p = results.episodes.find((e) => e.playback)?.playback;
        const suffix =
          label === 'Playback' && p
            ? `: ${p.frames} frames × ${p.mediaSecondsPerFrame} s of media (${p.traceRuns} traced, ${p.countRuns} counting runs)`
            : '';
        out.push(label + suffix);
        continue;
      }
      const values = results.episodes.map(cells);
      if (values.every((v) => v === '' || v === '–')) continue;
      out.push(pad(label, labelWidth) + values.map((v) => pad(v, columnWidth)).join(''));
    }
    out.push('');
  }
  const library = results.library;
  if (library) {
    out.push(
      `Library, ${library.episodes} episodes`,
      pad('  all cards painted, ms from navigation', labelWidth) + cell(library.cards),
      pad('  longest task while loading, ms', labelWidth) + cell(library.longestLoadTask),
      pad('  search: input → results in DOM, ms', labelWidth) + cell(library.searchUpdated),
      pad('  search: input → results painted, ms', labelWidth) + cell(library.searchPainted),
      '',
    );
    if (library.transcripts) out.push(...transcriptLines(library.transcripts, labelWidth), '');
  }
  if (results.blockedRequests.length) {
    out.push(`Requests to other hosts, aborted: ${results.blockedRequests.join(', ')}`, '');
  }
  if (results.pageErrors.length) {
    out.push(`Uncaught errors in the pages (${results.pageErrors.length}):`, ...results.pageErrors.slice(0, 5), '');
  }
  if (results.retries.length) {
    out.push(`Measurements run again after a failure: ${results.retries.length}`, ...results.retries, '');
  }
  if (results.budgets) {
    out.push('Budgets (tests/bench/budgets.json)');
    for (const b of results.budgets) {
      const digits = b.unit === '×' ? 2 : b.unit === 'ms' ? 1 : 0;
      const [measured, limit] =
        b.unit === 'B' ? [`${kb(b.measured)} KB`, `${kb(b.limit)} KB`] : [fixed(b.measured, digits), `${b.limit}`];
      const unit = b.unit === 'B' || b.unit === '' ? '' : b.unit === '×' ? '×' : ` ${b.unit}`;
      const relation = b.pass ? b.relation : { '≤': '>', '≥': '<', '=': '≠' }[b.relation];
      out.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name} [${b.input}]: ${measured}${unit} ${relation} ${limit}${unit}`);
    }
    const failed = results.budgets.filter((b) => !b.pass).length;
    out.push(failed ? `${failed} budget(s) missed.` : 'Every budget met.');
  }
  return out.join('\n');
}
