/**
 * Follow mode (follow.ts) and its "Back to now" button are a chunk of their own: the page reads, plays and
 * highlights without them, so the page's code before its data leaves them out (tests/bench/budgets.json).
 */
import { useEffect, type RefObject } from 'react';
import { lateModule, useLateModule } from '../lib/lateModule.ts';
import type { PlaybackStore } from '../store/playbackStore.ts';

export const followModeCode = lateModule(() => import('./followMode.ts'));

/** Follows the active line in the container; returns follow mode's parts once its code is in. */
export function useFollowMode(containerRef: RefObject<HTMLElement | null>, store: PlaybackStore) {
  const followMode = useLateModule(followModeCode);
  useEffect(() => {
    const container = containerRef.current;
    if (followMode && container) return followMode.startFollowing(container, store);
  }, [followMode, containerRef, store]);
  return followMode;
}
