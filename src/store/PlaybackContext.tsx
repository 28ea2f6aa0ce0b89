import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createIndexWatcher, type IndexWatcher } from './indexWatcher.ts';
import type { PlaybackActions, PlaybackState, PlaybackStore } from './playbackStore.ts';

interface PlaybackContextValue {
  store: PlaybackStore;
  /** Watches the active line (ACTIVE), the one line in the tab order (TABBABLE), the line offering its link (COPY). */
  lines: IndexWatcher;
  sections: IndexWatcher;
}

export const ACTIVE = 1;
export const TABBABLE = 2;
export const COPY = 4;

/** The tabbable line is the focused one, else the one being spoken (else the first). */
const tabbableLine = (s: PlaybackState) => s.focusedLine ?? Math.max(0, s.activeLine);

const PlaybackContext = createContext<PlaybackContextValue | null>(null);

export function createPlaybackContext(store: PlaybackStore): PlaybackContextValue {
  return {
    store,
    lines: createIndexWatcher(store, [
      (s) => s.activeLine,
      tabbableLine,
      // The line under the pointer offers its link; without a pointer, the tabbable line does.
      (s) => s.hoveredLine ?? tabbableLine(s),
    ]),
    sections: createIndexWatcher(store, [(s) => s.activeSection]),
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

function useFlags(watcher: IndexWatcher, index: number): number {
  return useSyncExternalStore(
    (onChange) => watcher.subscribe(index, onChange),
    () => watcher.flagsOf(index),
  );
}

/** A line's ACTIVE, TABBABLE and COPY flags: one subscription per line, notified only when they change. */
export const useLineFlags = (index: number) => useFlags(usePlaybackContext().lines, index);
export const useIsActiveSection = (index: number) => useFlags(usePlaybackContext().sections, index) === ACTIVE;
