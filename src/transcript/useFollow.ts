/**
 * Follow mode: keeps the active line in view inside the transcript's own scroll area (the page does not
 * move). Any sign that the reader took over pauses it: wheel, touch, the scrollbar, keyboard scrolling,
 * selecting text, or keyboard focus moved to another line. Only the reader resumes it ("Back to now", or
 * clicking a line); no timer does.
 */
import { useEffect, type RefObject } from 'react';
import type { PlaybackStore } from '../store/playbackStore.ts';
import { followAlignment, isNear, scrollDistance } from './followPlacement.ts';
import { onScrollEvent } from './scrollEvents.ts';
import { lineId } from './TranscriptLineView.tsx';

/** Keys that scroll the transcript when they are not taken by a line (lines take arrows, Home, End, Enter, Space). */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' ', 'ArrowUp', 'ArrowDown']);
const ALWAYS_SCROLL_KEYS = new Set(['PageUp', 'PageDown']);

export function lineElement(container: HTMLElement, index: number): HTMLElement | null {
  return container.ownerDocument.getElementById(lineId(index));
}

/** Where line `index` is relative to the visible part of the container. */
export function linePosition(container: HTMLElement, index: number): 'above' | 'below' | 'visible' | undefined {
  const element = lineElement(container, index);
  if (!element) return undefined;
  const box = container.getBoundingClientRect();
  let line = element.getBoundingClientRect();
  // A line in a section the browser has not laid out (content-visibility) has no box: use its section's.
  if (line.height === 0) line = element.closest('.line-block')?.getBoundingClientRect() ?? line;
  if (line.bottom <= box.top + stickyOffset(container)) return 'above';
  if (line.top >= box.bottom) return 'below';
  return 'visible';
}

/** The height of the sticky section header that covers the top of the scroll area. */
function stickyOffset(container: HTMLElement): number {
  return container.querySelector<HTMLElement>('.section-header')?.offsetHeight ?? 0;
}

export function useFollow(containerRef: RefObject<HTMLElement | null>, store: PlaybackStore): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');

    // Whether the active line is comfortably in view comes from an IntersectionObserver: it reports after
    // the browser's own layout, so a line change never forces a layout in the middle of a frame. Lines land
    // at the scroll area's `scroll-padding-top`, which also keeps focused lines clear of the sticky header.
    let placedOnce = false;
    // A scroll that following started has not ended yet (until `scrollend`). A line judged meanwhile is
    // placed anew: the view is still on its way to the earlier line and would leave this one half seen.
    let scrolling = false;
    // When that scroll ends, look at the active line once more: where a scroll lands can differ from where
    // it was aimed (a jump during a glide lands off by what the glide had left; sections laid out on the
    // way change height). The second look may scroll again, but does not ask for a third.
    let lookAgainAtEnd = false;
    let lookingAgain = false;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        const { activeLine, following } = store.getState();
        const line = lineElement(container, activeLine);
        // One look per line change: later crossings come from other scrolling (find in page, a screen
        // reader, the reader) and must not be fought.
        observer.disconnect();
        if (!entry?.rootBounds || !following || entry.target !== line) return;
        const box = entry.boundingClientRect;
        const view = entry.rootBounds;
        const block = followAlignment(box, view, scrolling);
        // Glide to a line within a screen of the view; jump to a far one, to a line in a section not laid
        // out yet (no box), and on the first placement, when the page opens.
        const glide = placedOnce && isNear(box, view) && !reducedMotion?.matches;
        placedOnce = true;
        if (!block) return;
        // A line that cannot get there (the first lines, the last) is left as it is: no scroll, no `scrollend`.
        const room = container.scrollHeight - container.clientHeight;
        const distance = scrollDistance(box, view, block);
        const destination = Math.min(Math.max(container.scrollTop + distance, 0), room);
        if (box.height > 0 && Math.abs(destination - container.scrollTop) < 1) return;
        scrolling = true;
        lookAgainAtEnd = !lookingAgain;
        const behavior = glide ? 'smooth' : 'auto';
        // scrollTo where the box says (cheaper than scrollIntoView in playback traces); a line in a section
        // the browser has not laid out yet has no box, and scrollIntoView still reaches it.
        if (box.height > 0) container.scrollTo({ top: destination, behavior });
        else line.scrollIntoView({ block, behavior, container: 'nearest' } as ScrollIntoViewOptions);
      },
      { root: container },
    );
    const watchActive = (again = false) => {
      lookingAgain = again;
      observer.disconnect();
      const { activeLine, following } = store.getState();
      const element = following ? lineElement(container, activeLine) : null;
      if (element) observer.observe(element);
    };
    const onScrollEnd = () => {
      scrolling = false;
      if (!lookAgainAtEnd) return;
      lookAgainAtEnd = false;
      watchActive(true);
    };

    watchActive();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.activeLine !== previous.activeLine || state.following !== previous.following) watchActive();
    });

    const pause = () => store.getState().setFollowing(false);
    const onPointerDown = (event: PointerEvent) => {
      // The scrollbar belongs to the container itself: a press there is the reader grabbing it.
      if (event.target === container) pause();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const takenByControl = target.closest('[data-line], [data-copy], button, a, summary');
      if (ALWAYS_SCROLL_KEYS.has(event.key) || (SCROLL_KEYS.has(event.key) && !takenByControl)) pause();
    };
    const onSelectionChange = () => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && selection.anchorNode && container.contains(selection.anchorNode))
        pause();
    };

    // The scroll area's own scroll events are kept from React's root (scrollEvents.ts): they are many in a glide.
    const stopListening = [onScrollEvent(container, 'scrollend', onScrollEnd), onScrollEvent(container, 'scroll')];
    container.addEventListener('wheel', pause, { passive: true });
    container.addEventListener('touchmove', pause, { passive: true });
    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('keydown', onKeyDown);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      unsubscribe();
      observer.disconnect();
      for (const stop of stopListening) stop();
      container.removeEventListener('wheel', pause);
      container.removeEventListener('touchmove', pause);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [containerRef, store]);
}
