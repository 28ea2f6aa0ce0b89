/**
 * Keeps the reader's place in the episode while its page is open (rememberPlace.ts), from once the page is
 * live: its code is a chunk of its own, not the page's.
 */
import { useEffect } from 'react';
import type { PlaybackStore } from '../store/playbackStore.ts';

export function useRememberPlace(slug: string, store: PlaybackStore, lastLineStart: number): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let mounted = true;
    void import('./rememberPlace.ts').then(({ rememberPlace }) => {
      if (mounted) stop = rememberPlace(slug, store, lastLineStart);
    });
    return () => {
      mounted = false;
      stop?.();
    };
  }, [slug, store, lastLineStart]);
}
