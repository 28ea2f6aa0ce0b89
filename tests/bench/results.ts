/**
 * What one bench run found, as written to bench-results/bench.json: every figure is a median with its spread
 * over runs (`Figure`), with the raw runs kept beside it.
 */
import type { Asset } from './measureSize.ts';
import type { Figure } from './stats.ts';

export interface EpisodeResult {
  id: string;
  label: string;
  lines: number;
  sections: number;
  durationSeconds: number;
  size?: {
    /** gzip bytes */
    /** The page's HTML (prerendered: it holds the whole transcript). */
    html: number;
    jsCssBeforeData: number;
    data: number;
    afterData: number;
    assets: Asset[];
  };
  load?: {
    runs: number;
    /** ms from navigation start to the end of the first frame showing every line (clickable). */
    app: Figure;
    floor: Figure;
    /** median(app) / median(floor) */
    ratio: number;
    /** app / floor of each app run and the floor run next to it. */
    pairRatios: Figure;
    /** Longest task, ms, from navigation until the player is ready (app). */
    longestLoadTask: Figure;
    /** Longest task, ms, while scrolling the transcript top to bottom (app). */
    longestScrollTask: Figure;
  };
  memory?: {
    /** V8 used heap after load and GC, bytes. */
    heapUsed: Figure;
    /** Blink's heap (DOM), bytes, when reported. */
    embedderHeap?: Figure;
  };
  playback?: {
    traceRuns: number;
    countRuns: number;
    frames: number;
    mediaSecondsPerFrame: number;
    lineChanges: Figure;
    /** Script time per frame, ms: median and p99 over frames, each a figure over runs. */
    scriptMedianCpu: Figure;
    scriptP99Cpu: Figure;
    scriptMedianWall: Figure;
    scriptP99Wall: Figure;
    scriptMaxCpu: Figure;
    /** Mean ms of CPU per frame by where it ran (median over runs). */
    scriptPerFrameBy: Record<string, number>;
    /** Tasks over 50 ms while playing: by CPU time (trace) and as the PerformanceObserver saw them (wall). */
    longTasksCpu: Figure;
    longTasksObserved: Figure;
    longestObservedTask: Figure;
    mountRenders: Figure;
    rendersPerFrameMax: Figure;
    rendersOnTickMax: Figure;
    rendersPerChangeMedian: Figure;
    rendersPerChangeMax: Figure;
    crossingLatencyMax: Figure;
    crossingLatencyMedian: Figure;
    crossingsMissed: number;
    clickLatencyMax: Figure;
    clickLatencyMedian: Figure;
    clicks: number;
    clicksMissed: number;
    /** Measured frames in which the app's clock loop did not read the clock (should be 0). */
    framesWithoutRead: number;
  };
}

export interface LibraryResult {
  episodes: number;
  loadRuns: number;
  /** ms from navigation start to the end of the first frame showing all cards. */
  cards: Figure;
  longestLoadTask: Figure;
  searchRuns: number;
  /** ms from the input event to the DOM holding the results. */
  searchUpdated: Figure;
  /** ms from the input event to the end of the frame that paints them. */
  searchPainted: Figure;
}

export interface MachineState {
  cpus: number;
  loadAverageStart: number[];
  loadAverageEnd?: number[];
  chromium: string;
  node: string;
}

export interface BenchResults {
  startedAt: string;
  seconds?: number;
  quick: boolean;
  machine: MachineState;
  build: {
    /** The commit the app was built from, and the files under its sources that differed from it. */
    commit?: string;
    uncommitted?: string[];
    /** --skip-build: the last build in bench-results/ was measured. */
    reused?: boolean;
    episodesSeconds?: number;
    librarySeconds?: number;
  };
  episodes: EpisodeResult[];
  library?: LibraryResult;
  /** Requests to hosts other than 127.0.0.1, aborted. */
  blockedRequests: string[];
  /** Uncaught errors in the pages measured. */
  pageErrors: string[];
  /** Measurements that failed once and were run again (the message of the first failure). */
  retries: string[];
  budgets?: BudgetCheck[];
}

export interface BudgetCheck {
  name: string;
  input: string;
  measured: number;
  limit: number;
  unit: string;
  /** How `measured` must compare with `limit`: most limits are maxima, a number of runs a minimum. */
  relation: '≤' | '≥' | '=';
  pass: boolean;
}
