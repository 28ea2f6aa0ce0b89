/**
 * Follow mode: keeps the active line in view inside the transcript's own scroll area (the page does not
 * move). Any sign that the reader took over pauses it: wheel, touch, the scrollbar, keyboard scrolling,
 * selecting text, or keyboard focus moved to another line. Only the reader resumes it ("Back to now", or
 * clicking a line); no timer does.
 */
import { useEffect, type RefObject } from 'react';
import type { PlaybackStore } from '../store/playbackStore.ts';
import { lineId } from './TranscriptLineView.tsx';

/**
 * The band of the visible height where the active line needs no scrolling. When it leaves the band, the
 * line is scrolled to the top of the scroll area's `scroll-padding-top` (a quarter of its height, see
 * styles.css), which also keeps focused lines clear of the sticky section header.
 */
const BAND_TOP = 0.12;
const BAND_BOTTOM = 0.8;

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
    // the browser's own layout, so a line change never forces a layout in the middle of a frame.
    let placedOnce = false;
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
        const band = entry.rootBounds;
        const comfortable =
          entry.isIntersecting && box.top >= band.top && (box.bottom <= band.bottom || box.height > band.height);
        // Glide to a line within a screen of the view; jump to a far one, to a line in a section not laid
        // out yet (no box), and on the first placement, when the page opens.
        const screen = band.height / (BAND_BOTTOM - BAND_TOP);
        const viewTop = band.top - screen * BAND_TOP;
        const near = placedOnce && box.height > 0 && box.bottom > viewTop - screen && box.top < viewTop + 2 * screen;
        placedOnce = true;
        if (comfortable) return;
        // scrollIntoView also reaches lines in sections the browser has not laid out yet.
        line.scrollIntoView({
          block: 'start',
          behavior: near && !reducedMotion?.matches ? 'smooth' : 'auto',
          container: 'nearest',
        } as ScrollIntoViewOptions);
      },
      {
        root: container,
        rootMargin: `-${BAND_TOP * 100}% 0px -${Math.round((1 - BAND_BOTTOM) * 100)}% 0px`,
        threshold: [0, 1],
      },
    );
    const watchActive = () => {
      observer.disconnect();
      const { activeLine, following } = store.getState();
      const element = following ? lineElement(container, activeLine) : null;
      if (element) observer.observe(element);
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

    container.addEventListener('wheel', pause, { passive: true });
    container.addEventListener('touchmove', pause, { passive: true });
    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('keydown', onKeyDown);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      unsubscribe();
      observer.disconnect();
      container.removeEventListener('wheel', pause);
      container.removeEventListener('touchmove', pause);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [containerRef, store]);
}
