/**
 * Marks the spoken line and its section's header (`aria-current="true"`), and the one line in the tab order
 * (`tabindex="0"`), by setting those attributes directly on the elements involved, from a store
 * subscription. Playback then renders no React component at all when the line or the section changes: a few
 * attribute writes in the frame in which the clock crossed the line's start, before that frame is painted.
 */
import { useLayoutEffect } from 'react';
import { tabbableLine } from '../store/PlaybackContext.tsx';
import type { PlaybackStore } from '../store/playbackStore.ts';
import { lineById, sectionById } from './lineDom.ts';

export function useTranscriptHighlight(store: PlaybackStore): void {
  useLayoutEffect(() => {
    const line = (index: number) => lineById(document, index);
    const header = (index: number) => sectionById(document, index);
    let active = -1;
    let section = -1;
    let tabbable = -1;
    const apply = (state: ReturnType<PlaybackStore['getState']>) => {
      if (state.activeLine !== active) {
        line(active)?.removeAttribute('aria-current');
        line(state.activeLine)?.setAttribute('aria-current', 'true');
        active = state.activeLine;
      }
      if (state.activeSection !== section) {
        header(section)?.removeAttribute('aria-current');
        header(state.activeSection)?.setAttribute('aria-current', 'true');
        section = state.activeSection;
      }
      const next = tabbableLine(state);
      if (next !== tabbable) {
        const previous = line(tabbable);
        if (previous) previous.tabIndex = -1;
        const element = line(next);
        if (element) element.tabIndex = 0;
        tabbable = next;
      }
    };
    apply(store.getState());
    const unsubscribe = store.subscribe(apply);
    return () => {
      unsubscribe();
      line(active)?.removeAttribute('aria-current');
      header(section)?.removeAttribute('aria-current');
    };
  }, [store]);
}
