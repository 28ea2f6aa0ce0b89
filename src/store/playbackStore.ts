/**
 * The playback store: facts about playback and the transcript position. Player events and user actions
 * write here; views select what they show. Every action compares before `set`, because zustand notifies
 * subscribers on each `set`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { lastAtOrBefore } from '../lib/binarySearch.ts';

export type PlaybackStatus = 'unstarted' | 'cued' | 'buffering' | 'playing' | 'paused' | 'ended';

/** What the store needs to know about the episode to place a time in the transcript. */
export interface PlaybackTimeline {
  /** Line starts, non-decreasing. */
  starts: readonly number[];
  /** Each line's section index (-1 for none). */
  lineSections: readonly number[];
  /** A section that covers the time before the first line (an intro header with no lines), or -1. */
  introSection: number;
  /** Where the transcript ends; the duration until the player knows better. */
  end: number;
}

export interface PlaybackState {
  /** Playback position in seconds. */
  time: number;
  status: PlaybackStatus;
  rate: number;
  duration: number;
  /** The line being spoken, or -1 before the first line. */
  activeLine: number;
  activeSection: number;
  /** Whether the transcript keeps the active line in view. */
  following: boolean;
  /** A seek the player has not caught up with yet: stale clock readings are ignored until it does. */
  pendingSeek: number | null;
  /** The line that has keyboard focus in the transcript, or null when focus is elsewhere. */
  focusedLine: number | null;
  /** The line under the pointer, or null. */
  hoveredLine: number | null;
}

export interface PlaybackActions {
  /** A reading from the player's clock. */
  tick(time: number): void;
  /** The user asks for a moment: the highlight moves at once, the player catches up. */
  seek(time: number, line?: number): void;
  setStatus(status: PlaybackStatus): void;
  setRate(rate: number): void;
  setDuration(duration: number): void;
  setFollowing(following: boolean): void;
  setFocusedLine(line: number | null): void;
  setHoveredLine(line: number | null): void;
}

export type PlaybackStore = StoreApi<PlaybackState & PlaybackActions>;

/** How close a clock reading must be to a pending seek's target to count as the player having arrived. */
export const SEEK_TOLERANCE = 1.5;
/** Readings far from the target that end a pending seek anyway (the player went elsewhere, e.g. clamped). */
const STALE_READINGS_LIMIT = 90;

export function createPlaybackStore(timeline: PlaybackTimeline, startTime = 0): PlaybackStore {
  const { starts, lineSections, introSection } = timeline;

  const place = (time: number, hint = -1) => {
    // The common case during playback: still on the same line, or on the next one.
    let line = hint;
    if (!(hint >= 0 && starts[hint]! <= time && (hint + 1 >= starts.length || time < starts[hint + 1]!))) {
      line = lastAtOrBefore(starts, time);
    }
    const section = line >= 0 ? lineSections[line]! : introSection;
    return { line, section };
  };

  const initial = place(0);
  let staleReadings = 0;

  const store = createStore<PlaybackState & PlaybackActions>()((set, get) => ({
    time: 0,
    status: 'unstarted',
    rate: 1,
    duration: timeline.end,
    activeLine: initial.line,
    activeSection: initial.section,
    following: true,
    pendingSeek: null,
    focusedLine: null,
    hoveredLine: null,

    tick(time) {
      const state = get();
      if (!Number.isFinite(time)) return;
      if (state.pendingSeek !== null) {
        if (Math.abs(time - state.pendingSeek) > SEEK_TOLERANCE && ++staleReadings < STALE_READINGS_LIMIT) return;
        staleReadings = 0;
      }
      const { line, section } = place(time, state.activeLine);
      if (time === state.time && line === state.activeLine && state.pendingSeek === null) return;
      set({ time, activeLine: line, activeSection: section, pendingSeek: null });
    },

    seek(time, line) {
      const clamped = Math.max(0, Math.min(time, get().duration));
      const placed = place(clamped);
      const activeLine = line ?? placed.line;
      const activeSection = activeLine >= 0 ? lineSections[activeLine]! : placed.section;
      staleReadings = 0;
      set({ time: clamped, activeLine, activeSection, pendingSeek: clamped });
    },

    setStatus(status) {
      if (get().status !== status) set({ status });
    },
    setRate(rate) {
      if (get().rate !== rate) set({ rate });
    },
    setDuration(duration) {
      if (duration > 0 && get().duration !== duration) set({ duration });
    },
    setFollowing(following) {
      if (get().following !== following) set({ following });
    },
    setFocusedLine(focusedLine) {
      if (get().focusedLine !== focusedLine) set({ focusedLine });
    },
    setHoveredLine(hoveredLine) {
      if (get().hoveredLine !== hoveredLine) set({ hoveredLine });
    },
  }));
  // The initial state is the episode at 0:00, as the build prerenders it (and as hydration must render it);
  // the start moves it from there.
  if (startTime !== 0) {
    const { line, section } = place(startTime);
    store.setState({ time: startTime, activeLine: line, activeSection: section });
  }
  return store;
}
