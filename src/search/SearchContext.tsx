import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MarkHub } from './markHub.ts';
import type { SearchActions, SearchState, SearchStore } from './searchStore.ts';

/** The episode's search: its state and the marks it publishes, for everything on the page that shows them. */
export interface EpisodeSearch {
  store: SearchStore;
  marks: MarkHub;
}

const SearchContext = createContext<EpisodeSearch | null>(null);

/** `value`: null until the search's code is loaded (useEpisodeSearchLoader.ts). */
export function SearchProvider({ value, children }: { value: EpisodeSearch | null; children: ReactNode }) {
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

/** The episode's search; null until its code is loaded (and on a page without one). */
export const useOptionalSearch = (): EpisodeSearch | null => useContext(SearchContext);

/** For the search's own parts, rendered only once it is loaded. */
export function useEpisodeSearch(): EpisodeSearch {
  const value = useOptionalSearch();
  if (!value) throw new Error('useEpisodeSearch needs a loaded search in a <SearchProvider> above it');
  return value;
}

export function useSearch<T>(selector: (state: SearchState & SearchActions) => T): T {
  return useStore(useEpisodeSearch().store, selector);
}

const noSubscription = () => () => undefined;

/** The search's `matches`, and none while it is not loaded: for parts of the page that show them if any. */
export function useSearchMatches(): SearchState['matches'] {
  const store = useOptionalSearch()?.store;
  return useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    () => store?.getState().matches ?? NO_MATCHES,
    () => NO_MATCHES,
  );
}
const NO_MATCHES: SearchState['matches'] = [];
