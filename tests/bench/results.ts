/**
 * What one bench run found, as written to bench-results/bench.json: every figure is a median with its spread
 * over runs (`Figure`), with the raw runs kept beside it.
 */
import type { EpisodeQuery } from './measureEpisodeSearch.ts';
import type { Asset } from './measureSize.ts';
import type { IndexSize, QueryPhases, Transfer, TransferKind } from './measureTranscriptSearch.ts';
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
    /** The vanilla reference (reference.ts): every line painted, as `app` and `floor`. */
    reference: Figure;
    /** ms from navigation start to the player-ready mark: onReady has reached the page's code. */
    playerReady: {
      app: Figure;
      reference: Figure;
      /** median(app) / median(reference) */
      ratio: number;
      /** app / reference of each app run and the reference run next to it. */
      pairRatios: Figure;
    };
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
    /** The same for the vanilla reference, in the same run. */
    reference: { heapUsed: Figure; embedderHeap?: Figure };
    /** median(heapUsed) / median(reference.heapUsed) */
    heapRatio: number;
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
    /** The page's blocks of lines, which the mount renders once each. */
    blocks: Figure;
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
  search?: EpisodeSearchResult;
}

/** Search inside the episode (measureEpisodeSearch.ts). */
export interface EpisodeSearchResult {
  /** Page loads, and rounds of every query typed in each. */
  loads: number;
  rounds: number;
  keyIntervalMs: number;
  queries: Array<{
    id: EpisodeQuery['id'];
    text: string;
    /** The matches the page must count (the app's own index, run in Node). */
    matches: number;
    /** ms from the last key to the DOM holding the final count. */
    updated: Figure;
    /** ms from the last key to the end of the frame that paints the count and a mark of the query in view. */
    painted: Figure;
    /** Longest task (PerformanceObserver, bare browser) from the query's first key until settled, ms; 0: none. */
    longestTask: Figure;
  }>;
  /** Bare-browser runs, each typing every query once. */
  typingRuns: number;
  /** Longest task while typing any of the queries, ms, one value per bare-browser run. */
  longestTypingTask: Figure;
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
  transcripts?: TranscriptSearchResult;
}

/** Transcript search across the library (measureTranscriptSearch.ts). */
export interface TranscriptSearchResult {
  /** The index folder (dist/pagefind/), with its totals divided by the pages indexed. */
  index: IndexSize & { bytesPerPage: number; servedPerPage: number };
  /** Fresh contexts, each typing both words, alternately first. */
  runs: number;
  keyIntervalMs: number;
  queries: Array<{
    word: string;
    /** Episodes whose transcripts say it (generate.ts). */
    episodes: number;
    first: TranscriptQueryFigures;
    second: TranscriptQueryFigures;
  }>;
}

export interface TranscriptQueryFigures {
  runs: number;
  /** Bytes fetched from the query's first key until the network is quiet after its hits (see servedBytes). */
  bytes: Figure;
  /** The same by kind of file, medians over runs. */
  bytesByKind: Record<TransferKind, number>;
  files: Figure;
  /** ms from the last key to the DOM holding the query's first hits, and to the end of the frame painting them. */
  updated: Figure;
  painted: Figure;
  /** Where the time went (medians over runs, ms from the last key). */
  phases: QueryPhases;
  /** Episodes the page says it found in. */
  episodesFound: Figure;
  /** Every file fetched, in the first run of this word at this position. */
  transfers: Transfer[];
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
