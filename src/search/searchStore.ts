/**
 * The state of the search inside an episode: whether the field is open, the query, its matches in page
 * order and which one is current. Pure: the page's marks (markHub.ts), the bar, the timeline and the view
 * all read from here. The episode's index is built when the field opens (or a `?q=` search starts), not
 * with the page: folding a 15,000-line transcript takes 35–50 ms that a reader who never searches should not pay.
 *
 * Building the index and searching run in slices of at most SLICE_MS, a task each, so typing never blocks
 * the page for long: a first letter matches 16,000 times at 4,000 lines (64,000 at 15,000). A query whose
 * search fits in the keystroke's own slice (most: "the" at 4,000 lines takes about a millisecond) is applied
 * in that task, as if searching were instant. A longer one shows in the field at once while its matches (and
 * the count) stay the previous query's until it is done; a newer keystroke drops it. What the reader sees
 * in the end (count, current match, marks) is what one search in one go would give.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  buildEpisodeIndex,
  matchFrom,
  runAll,
  runUntil,
  type EpisodeIndex,
  type Match,
  type SearchTarget,
} from './episodeSearch.ts';

/** Where stepping went past an end and came round to the other. */
export type Wrap = 'to-first' | 'to-last' | null;

export interface SearchState {
  open: boolean;
  /** What the field holds. */
  query: string;
  /**
   * The query `matches` are of: `query` itself once its search is done; while a long search still runs,
   * the query before it, whose matches and count stay on screen until the new ones are found.
   */
  searched: string;
  matches: readonly Match[];
  /** Index into `matches`; -1 when there are none. */
  current: number;
  wrapped: Wrap;
  /**
   * Counts the requests to bring the current match into view: stepping, and typing. A query applied from a
   * link with a time (`?q=…&t=…`) leaves it alone, since the view then shows the spoken line, which is the hit.
   */
  reveals: number;
  /** Counts the requests to put the keyboard in the search field (its button, `/`). */
  focusRequests: number;
  /**
   * Whether the field's text is selected when the keyboard is put there (a query left from before: typing
   * replaces it), or the caret put after it (words typed while the search's code was loading).
   */
  selectQuery: boolean;
}

export interface SearchActions {
  /** Opens the field (if it is closed) and puts the keyboard in it, its text selected unless told otherwise. */
  openSearch(selectQuery?: boolean): void;
  /** Searches for `query`; the current match is the first at or after `from` seconds (see matchFrom). */
  search(query: string, from: number, reveal?: boolean): void;
  step(direction: 1 | -1): void;
  goTo(match: number): void;
  close(): void;
}

export type SearchStore = StoreApi<SearchState & SearchActions>;

/** Runs `task` in a later task of its own; returns a way to call it off. */
export type Scheduler = (task: () => void) => () => void;

export const nextTask: Scheduler = (task) => {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
};

/**
 * The longest a slice of searching (or index building) runs, by the clock: the keystroke's task also renders
 * the field, and the task that applies the matches renders the marks near the view (markHub.ts), so each
 * stays well under the 50 ms a long task starts at, on a busy machine too.
 */
export const SLICE_MS = 6;

/** How work is spread over tasks; tests set both to walk through a search a task at a time. */
export interface Slicing {
  schedule?: Scheduler;
  /** The clock time a task's slice may take (0: one step per task). */
  sliceMs?: number;
}

const CLOSED = {
  open: false,
  query: '',
  searched: '',
  matches: [],
  current: -1,
  wrapped: null,
} satisfies Partial<SearchState>;

export function createSearchStore(
  targetsOf: () => readonly SearchTarget[],
  { schedule = nextTask, sliceMs = SLICE_MS }: Slicing = {},
): SearchStore {
  let index: EpisodeIndex | undefined;
  let building: Generator<void, EpisodeIndex> | undefined;
  /** The index, built on (or from where an earlier, dropped job left its build). */
  function* indexSteps(): Generator<void, EpisodeIndex> {
    if (index) return index;
    building ??= buildEpisodeIndex(targetsOf());
    index = yield* building;
    return index;
  }

  /** The one piece of work under way (an index build, a search), run a slice per task until it is done. */
  let job: { steps: Iterator<void, unknown>; searching: boolean; cancel?: () => void } | undefined;
  const stop = () => {
    job?.cancel?.();
    job = undefined;
  };
  /** Starts `steps`, dropping whatever ran before; the first slice now, or in the next task if `now` is false. */
  const start = (steps: Iterator<void, unknown>, searching: boolean, now: boolean) => {
    stop();
    const mine: NonNullable<typeof job> = { steps, searching };
    job = mine;
    const slice = () => {
      mine.cancel = undefined;
      if (runUntil(steps, performance.now() + sliceMs)) {
        if (job === mine) job = undefined;
      } else mine.cancel = schedule(slice);
    };
    if (now) slice();
    else mine.cancel = schedule(slice);
  };
  /** Finishes a search under way at once: the reader acts on its result. */
  const finishSearch = () => {
    if (!job?.searching) return;
    const { steps } = job;
    stop();
    runAll(steps);
  };

  return createStore<SearchState & SearchActions>()((set, get) => {
    function* searching(query: string, from: number, reveal: boolean): Generator<void, void> {
      const found = yield* indexSteps();
      const matches = yield* found.matching(query);
      const { reveals } = get();
      set({
        open: true,
        query,
        searched: query,
        matches,
        current: matchFrom(matches, from),
        wrapped: null,
        reveals: reveal && matches.length > 0 ? reveals + 1 : reveals,
      });
    }

    return {
      ...CLOSED,
      reveals: 0,
      focusRequests: 0,
      selectQuery: true,
      openSearch(selectQuery = true) {
        set({ open: true, focusRequests: get().focusRequests + 1, selectQuery });
        // The index is built from the next task on, in slices, not in the first keystroke's.
        if (!index && !job) start(indexSteps(), false, false);
      },
      search(query, from, reveal = true) {
        const state = get();
        if (query === state.query && state.open) return;
        if (query.trim() === '') {
          stop();
          set({ open: true, query, searched: query, matches: [], current: -1, wrapped: null });
          return;
        }
        start(searching(query, from, reveal), true, true);
        // Not done in this task's slice: the field shows what was typed; the matches follow.
        if (job) set({ open: true, query });
      },
      step(direction) {
        finishSearch();
        const { matches, current, reveals } = get();
        if (matches.length === 0) return;
        const next = current + direction;
        const wrapped: Wrap = next >= matches.length ? 'to-first' : next < 0 ? 'to-last' : null;
        set({ current: (next + matches.length) % matches.length, wrapped, reveals: reveals + 1 });
      },
      goTo(match) {
        const { matches, reveals } = get();
        if (match >= 0 && match < matches.length) set({ current: match, wrapped: null, reveals: reveals + 1 });
      },
      close() {
        stop();
        if (get().open) set(CLOSED);
      },
    };
  });
}
