/**
 * The state of the search inside an episode: whether the field is open, the query, its matches in page
 * order and which one is current. Pure: the page's marks (markHub.ts), the bar, the timeline and the view
 * all read from here. The episode's index is built when the field opens (or a `?q=` search starts), not
 * with the page: folding a 15,000-line transcript takes 35–50 ms that a reader who never searches should not pay.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEpisodeIndex, matchFrom, type EpisodeIndex, type Match, type SearchTarget } from './episodeSearch.ts';

/** Where stepping went past an end and came round to the other. */
export type Wrap = 'to-first' | 'to-last' | null;

export interface SearchState {
  open: boolean;
  query: string;
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
}

export interface SearchActions {
  /** Opens the field (if it is closed) and puts the keyboard in it. */
  openSearch(): void;
  /** Searches for `query`; the current match is the first at or after `from` seconds (see matchFrom). */
  search(query: string, from: number, reveal?: boolean): void;
  step(direction: 1 | -1): void;
  goTo(match: number): void;
  close(): void;
}

export type SearchStore = StoreApi<SearchState & SearchActions>;

const CLOSED = { open: false, query: '', matches: [], current: -1, wrapped: null } satisfies Partial<SearchState>;

export function createSearchStore(targetsOf: () => readonly SearchTarget[]): SearchStore {
  let index: EpisodeIndex | undefined;
  const indexNow = () => (index ??= createEpisodeIndex(targetsOf()));
  return createStore<SearchState & SearchActions>()((set, get) => ({
    ...CLOSED,
    reveals: 0,
    focusRequests: 0,
    openSearch() {
      set({ open: true, focusRequests: get().focusRequests + 1 });
      // The index is built in a task of its own as the field opens, not in the first keystroke's.
      setTimeout(indexNow, 0);
    },
    search(query, from, reveal = true) {
      const state = get();
      if (query === state.query && state.open) return;
      const matches = query.trim() === '' ? [] : indexNow().find(query);
      set({
        open: true,
        query,
        matches,
        current: matchFrom(matches, from),
        wrapped: null,
        reveals: reveal && matches.length > 0 ? state.reveals + 1 : state.reveals,
      });
    },
    step(direction) {
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
      if (get().open) set(CLOSED);
    },
  }));
}
