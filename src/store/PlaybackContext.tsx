import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createIndexWatcher, type IndexWatcher } from './indexWatcher.ts';
import type { PlaybackActions, PlaybackState, PlaybackStore } from './playbackStore.ts';

interface PlaybackContextValue {
  store: PlaybackStore;
  activeLine: IndexWatcher;
  activeSection: IndexWatcher;
  /** The one line in the tab order: the focused line, else the active one (else the first). */
  tabbableLine: IndexWatcher;
}

const PlaybackContext = createContext<PlaybackContextValue | null>(null);

export function createPlaybackContext(store: PlaybackStore): PlaybackContextValue {
  return {
    store,
    activeLine: createIndexWatcher(store, (s) => s.activeLine),
    activeSection: createIndexWatcher(store, (s) => s.activeSection),
    tabbableLine: createIndexWatcher(store, (s) => s.focusedLine ?? Math.max(0, s.activeLine)),
  };
}

export function PlaybackProvider({ value, children }: { value: PlaybackContextValue; children: ReactNode }) {
  return <PlaybackContext.Provider value={value}>{children}</PlaybackContext.Provider>;
}

function usePlaybackContext(): PlaybackContextValue {
  const value = useContext(PlaybackContext);
  if (!value) throw new Error('usePlayback needs a <PlaybackProvider> above it');
  return value;
}

/** Selects from the playback store; re-renders only when the selected value changes. */
export function usePlayback<T>(selector: (state: PlaybackState & PlaybackActions) => T): T {
  return useStore(usePlaybackContext().store, selector);
}

/** The store itself, for reading in event handlers and subscribing in effects without re-rendering. */
export function usePlaybackStore(): PlaybackStore {
  return usePlaybackContext().store;
}

function useIndexIs(watcher: IndexWatcher, index: number): boolean {
  return useSyncExternalStore(
    (onChange) => watcher.subscribe(index, onChange),
    () => watcher.current() === index,
  );
}

export const useIsActiveLine = (index: number) => useIndexIs(usePlaybackContext().activeLine, index);
export const useIsActiveSection = (index: number) => useIndexIs(usePlaybackContext().activeSection, index);
export const useIsTabbableLine = (index: number) => useIndexIs(usePlaybackContext().tabbableLine, index);
