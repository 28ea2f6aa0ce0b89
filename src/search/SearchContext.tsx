import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MarkHub, TargetMarks } from './markHub.ts';
import type { SearchActions, SearchState, SearchStore } from './searchStore.ts';

/** The episode's search: its state and the marks it publishes, for everything on the page that shows them. */
export interface EpisodeSearch {
  store: SearchStore;
  marks: MarkHub;
}

const SearchContext = createContext<EpisodeSearch | null>(null);

export function SearchProvider({ value, children }: { value: EpisodeSearch; children: ReactNode }) {
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

export function useEpisodeSearch(): EpisodeSearch {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useEpisodeSearch needs a <SearchProvider> above it');
  return value;
}

export function useSearch<T>(selector: (state: SearchState & SearchActions) => T): T {
  return useStore(useEpisodeSearch().store, selector);
}

const noSubscription = () => () => undefined;
const none = () => undefined;

/**
 * A target's marks (see markHub.ts); undefined while it has none, always on the server, and wherever the
 * page has no search (a transcript rendered on its own).
 */
export function useMarks(key: string): TargetMarks | undefined {
  const hub = useContext(SearchContext)?.marks;
  return useSyncExternalStore(
    hub ? (onChange) => hub.subscribe(key, onChange) : noSubscription,
    hub ? () => hub.marksOf(key) : none,
    none,
  );
}
