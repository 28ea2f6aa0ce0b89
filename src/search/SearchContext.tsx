import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { MarkHub } from './markHub.ts';
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
