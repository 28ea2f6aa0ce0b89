/**
 * Keeps the reader's place in an episode (places.ts) once they have played it here: when playback pauses or
 * ends, when the tab is hidden or the page left, and at most every WRITE_EVERY_MS while it plays, so a
 * closed tab or a crash loses a few seconds at most. Never on every frame: a tick only compares two numbers.
 * A page opened at a link's second and left without playing keeps nothing: the reader never watched there.
 */
import type { PlaybackStore } from '../store/playbackStore.ts';
import { placeFor, writePlace } from './places.ts';

export const WRITE_EVERY_MS = 5000;

/** Starts keeping the place of the episode `slug` played in `store`; returns what stops it. */
export function rememberPlace(slug: string, store: PlaybackStore, lastLineStart: number): () => void {
  // Started once the page is live: playing may have begun already (the early player).
  let played = store.getState().status === 'playing';
  let lastWrite = 0;
  const write = () => {
    if (!played) return;
    const { time, duration } = store.getState();
    lastWrite = Date.now();
    writePlace(slug, placeFor(time, duration, lastLineStart, lastWrite));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.status === 'playing') played = true;
    if (state.status !== previous.status && (state.status === 'paused' || state.status === 'ended')) write();
    else if (state.status === 'playing' && state.time !== previous.time && Date.now() - lastWrite >= WRITE_EVERY_MS)
      write();
  });
  const onVisibility = () => document.visibilityState === 'hidden' && write();
  window.addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    write(); // leaving for another page of the app
    unsubscribe();
    window.removeEventListener('pagehide', write);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
