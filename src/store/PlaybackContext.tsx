import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlaybackActions, PlaybackState, PlaybackStore } from './playbackStore.ts';

interface PlaybackContextValue {
  store: PlaybackStore;
}

/** The one line in the tab order: the focused one, else the one being spoken (else the first). */
export const tabbableLine = (s: PlaybackState) => s.focusedLine ?? Math.max(0, s.activeLine);

const PlaybackContext = createContext<PlaybackContextValue | null>(null);

export function createPlaybackContext(store: PlaybackStore): PlaybackContextValue {
  return { store };
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
