/**
 * Playback: the fake player's clock moves once per animation frame, stepped by the bench at the app's first
 * reading in the frame, and the app follows it in its own animation-frame loop (see `installBenchState`).
 *
 * Speed: each frame advances 0.1 s of media time, 6× real time. 600 frames cover 60 s of media in ~10 s
 * of wall time, with a line change every ~27 frames on the generated episodes (~22 changes per run). Real
 * time (1/60 s a frame) would take a minute a run and show 6× fewer changes per frame measured; a line change
 * is the expensive frame, so this speed is the harsher test of p99. The page opens at 40 % of the episode
 * (`?t=`), and 30 warm-up frames (3 s of media, the JIT and the follow scroll settling) are not measured.
 *
 * Two kinds of run, so that instrumentation does not inflate the figure it is not for:
 * - trace: Chrome tracing on, no render counter, no probe, no highlight observer: scripting per frame, long
 *   tasks;
 * - count: the React DevTools stand-in counts line renders and the probe and observer place highlights in
 *   frames, no tracing: renders, line start → highlight latency; then clicks on lines while playing give the
 *   click-to-highlight latency.
 */
import type { Browser, Page } from '@playwright/test';
import { offlineContext } from './browser.ts';
import type { EpisodeInput } from './inputs.ts';
import { episodeProbe, waitForPlayerCued } from './measureLoad.ts';
import {
  installBenchState,
  installLoadProbe,
  installRenderCounter,
  type BenchWindow,
  type LoadWindow,
  type LongTaskEntry,
} from './pageScripts.ts';
import { lastAtOrBefore } from './stats.ts';
import { scriptingPerFrame, Tracer, type FrameScripting } from './trace.ts';

export const PLAYBACK = {
  /** Media seconds per frame. */
  step: 0.1,
  frames: 600,
  warmup: 30,
  /** Where the page opens, as a fraction of the episode. */
  startAt: 0.4,
  clicks: 8,
};

/** Room for every frame of a run in the page's record (frames are counted from when the bench starts). */
const MAX_FRAMES = 50_000;

export interface PlaybackRun {
  mode: 'trace' | 'count';
  startTime: number;
  frames: number;
  lineChanges: number;
  /** Measured frames in which the app did not read the clock ('count' runs: their probe checks). */
  framesWithoutRead: number;
  /** Long tasks while the measured frames ran. */
  longTasks: LongTaskEntry[];
  /**
   * Frames from the crossing of each line's start to its highlight being painted (0: the same frame). Only
   * in 'count' runs: 'trace' runs do not observe highlights, so that the observer is not in the frames timed.
   */
  crossingLatency?: number[];
  /** Crossings whose line was never highlighted ('count' runs). */
  crossingMissed?: number;
  scripting?: FrameScripting;
  /** Line components rendered before playback (the mount: every block of lines once). */
  mountRenders?: number;
  /** The page's blocks of lines (`.line-block`): what the mount renders. */
  blocks?: number;
  rendersPerFrame?: number[];
  /** Renders on frames whose tick stays on the same line. */
  rendersOnTicks?: number[];
  /** Renders for each line change (its frame, and any frames until its highlight is painted). */
  rendersPerChange?: number[];
  /** Frames from a click on a line to its highlight being painted (0: the first frame after the click). */
  clickLatency?: number[];
  clicksMissed?: number;
  blocked: string[];
}

interface PageRecord {
  first: number;
  last: number;
  /** The player's time after each frame's step, from frame `first - 1` (the time before the run). */
  times: number[];
  highlights: number[];
  commits: number[];
  clicks: number[];
  framesWithoutRead: number;
  startedAt: number;
  endedAt: number;
  longTasks: LongTaskEntry[];
}

function readRecord(page: Page): Promise<PageRecord> {
  return page.evaluate(() => {
    const s = (window as unknown as BenchWindow).__bench;
    return {
      first: s.firstFrame,
      last: s.lastFrame,
      times: Array.from(s.times.subarray(s.firstFrame - 1, s.lastFrame + 1)),
      highlights: s.highlights,
      commits: s.commits,
      clicks: s.clicks,
      framesWithoutRead: s.framesWithoutRead,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
      longTasks: (window as unknown as LoadWindow).__benchLoad.longTasks,
    };
  });
}

/** [a, b, c, a, b, c…] → [[a, b, c], …] */
const triples = (flat: readonly number[]) =>
  Array.from({ length: flat.length / 3 }, (_, i) => [flat[3 * i]!, flat[3 * i + 1]!, flat[3 * i + 2]!] as const);

/** A change made while the frame was open is painted in that frame, else in the next one. */
const paintFrame = (frame: number, open: number) => frame + (open ? 0 : 1);

interface Crossing {
  frame: number;
  line: number;
  /** Frames until painted, or undefined when never highlighted. */
  latency?: number;
}

function crossings(input: EpisodeInput, record: PageRecord, warmup: number): Crossing[] {
  const time = (frame: number) => record.times[frame - (record.first - 1)]!;
  const highlights = triples(record.highlights).map(([line, frame, open]) => ({
    line,
    paint: paintFrame(frame, open),
  }));
  const found: Crossing[] = [];
  let previous = lastAtOrBefore(input.starts, time(record.first + warmup - 1));
  for (let frame = record.first + warmup; frame <= record.last; frame++) {
    const line = lastAtOrBefore(input.starts, time(frame));
    if (line !== previous && line >= 0) {
      const shown = highlights.find((h) => h.line === line && h.paint >= frame);
      found.push({ frame, line, ...(shown && { latency: shown.paint - frame }) });
    }
    previous = line;
  }
  return found;
}

/** Renders by the frame they are painted in. */
function rendersByFrame(record: PageRecord): Map<number, number> {
  const byFrame = new Map<number, number>();
  for (const [frame, open, lines] of triples(record.commits)) {
    const paint = paintFrame(frame, open);
    byFrame.set(paint, (byFrame.get(paint) ?? 0) + lines);
  }
  return byFrame;
}

function countRenders(record: PageRecord, changes: readonly Crossing[], warmup: number) {
  const byFrame = rendersByFrame(record);
  const at = (frame: number) => byFrame.get(frame) ?? 0;
  const mountRenders = triples(record.commits)
    .filter(([frame]) => frame < record.first)
    .reduce((sum, [, , lines]) => sum + lines, 0);
  const changeFrames = new Set<number>();
  const rendersPerChange = changes.map((change) => {
    let sum = 0;
    for (let frame = change.frame; frame <= change.frame + (change.latency ?? 0); frame++) {
      changeFrames.add(frame);
      sum += at(frame);
    }
    return sum;
  });
  const rendersPerFrame: number[] = [];
  const rendersOnTicks: number[] = [];
  for (let frame = record.first + warmup; frame <= record.last; frame++) {
    rendersPerFrame.push(at(frame));
    if (!changeFrames.has(frame)) rendersOnTicks.push(at(frame));
  }
  return { mountRenders, rendersPerFrame, rendersOnTicks, rendersPerChange };
}

/** Opens the episode, starts playing, and in latency runs starts the probe after the app's clock loop. */
async function startPlaying(page: Page, origin: string, input: EpisodeInput, startTime: number): Promise<void> {
  await page.goto(`${origin}/episodes/${input.episode.slug}?t=${startTime}`, { waitUntil: 'commit' });
  await page.evaluate(() => (window as unknown as LoadWindow).__benchLoad.ready);
  await waitForPlayerCued(page);
  await page.evaluate(() => (window as unknown as BenchWindow).__fakeYouTube.userPlay());
  // Playing, and the app's loop is reading the clock every frame.
  await page.waitForFunction(
    () => {
      const w = window as unknown as BenchWindow;
      return w.__fakeYouTube.current()?.state === 1 && w.__bench.reads > 5;
    },
    null,
    { polling: 50, timeout: 30_000 },
  );
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.startProbe());
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.frames(10));
}

/** Clicks lines near the active one (in view, never the active one), while playback goes on. */
async function clickLines(page: Page, clicks: number): Promise<void> {
  await page.evaluate((step) => {
    const s = (window as unknown as BenchWindow).__bench;
    s.step = step;
    s.advancing = 1e9;
  }, PLAYBACK.step);
  for (let i = 0; i < clicks; i++) {
    const direction = i % 2 === 0 ? 1 : -1;
    const target = await page.evaluate((direction) => {
      const active = document.querySelector('[aria-current="true"][data-line]');
      const scroller = document.querySelector('.transcript-scroll');
      if (!active || !scroller) return null;
      const box = scroller.getBoundingClientRect();
      const header = scroller.querySelector('.section-header')?.getBoundingClientRect().height ?? 0;
      const from = Number(active.getAttribute('data-line'));
      for (const distance of [3, 4, 5, 2, 6, 1, 7, 8]) {
        for (const sign of [direction, -direction]) {
          const line = document.querySelector(`[data-line="${from + sign * distance}"]`);
          if (!line) continue;
          const rect = line.getBoundingClientRect();
          const y = rect.top + Math.min(rect.height / 2, 12);
          if (y > box.top + header + 4 && y < box.bottom - 4)
            return { x: rect.left + 40, y, line: from + sign * distance };
        }
      }
      return null;
    }, direction);
    if (!target) continue;
    await page.mouse.click(target.x, target.y);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.frames(8));
  }
  await page.evaluate(() => {
    (window as unknown as BenchWindow).__bench.advancing = 0;
  });
}

function clickLatencies(record: PageRecord): { latency: number[]; missed: number } {
  const highlights = triples(record.highlights).map(([line, frame, open]) => ({
    line,
    paint: paintFrame(frame, open),
  }));
  const latency: number[] = [];
  let missed = 0;
  for (const [line, frame, open] of triples(record.clicks)) {
    if (line < 0) continue;
    const first = paintFrame(frame, open);
    const shown = highlights.find((h) => h.line === line && h.paint >= first);
    if (shown) latency.push(shown.paint - first);
    else missed++;
  }
  return { latency, missed };
}

export async function playbackRun(
  browser: Browser,
  origin: string,
  input: EpisodeInput,
  mode: 'trace' | 'count',
): Promise<PlaybackRun> {
  const { context, blocked } = await offlineContext(browser, input.episode.duration + 120);
  try {
    await context.addInitScript(installLoadProbe, episodeProbe(input));
    await context.addInitScript(installBenchState, { maxFrames: MAX_FRAMES, measureLatency: mode === 'count' });
    if (mode === 'count') await context.addInitScript(installRenderCounter, ['line', 'line-block']);
    const page = await context.newPage();
    const startTime = Math.floor(input.episode.duration * PLAYBACK.startAt);
    await startPlaying(page, origin, input, startTime);

    const tracer = mode === 'trace' ? await Tracer.start(page) : undefined;
    const total = PLAYBACK.warmup + PLAYBACK.frames;
    await page.evaluate(
      ({ total, step, stamp }) => (window as unknown as BenchWindow).__bench.run(total, step, stamp),
      {
        total,
        step: PLAYBACK.step,
        stamp: mode === 'trace',
      },
    );
    const events = await tracer?.stop();
    if (mode === 'count') await clickLines(page, PLAYBACK.clicks);
    const record = await readRecord(page);

    const changes = crossings(input, record, PLAYBACK.warmup);
    const measuredFrom = record.startedAt; // long tasks of the warm-up are counted too: they are playback
    const run: PlaybackRun = {
      mode,
      startTime,
      frames: PLAYBACK.frames,
      lineChanges: changes.length,
      framesWithoutRead: record.framesWithoutRead,
      longTasks: record.longTasks.filter((t) => t.start >= measuredFrom && t.start <= record.endedAt),
      blocked,
    };
    if (events) run.scripting = scriptingPerFrame(events, PLAYBACK.warmup);
    if (mode === 'count') {
      Object.assign(run, countRenders(record, changes, PLAYBACK.warmup));
      run.blocks = await page.evaluate(() => document.querySelectorAll('.line-block').length);
      const clicks = clickLatencies(record);
      run.clickLatency = clicks.latency;
      run.crossingLatency = changes.filter((c) => c.latency !== undefined).map((c) => c.latency!);
      run.crossingMissed = changes.filter((c) => c.latency === undefined).length;
      run.clicksMissed = clicks.missed;
    }
    return run;
  } finally {
    await context.close();
  }
}
