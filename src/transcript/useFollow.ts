/**
 * Follow mode: keeps the active line in view inside the transcript's own scroll area (the page does not
 * move). Any sign that the reader took over pauses it: wheel, touch, the scrollbar, keyboard scrolling,
 * selecting text, or keyboard focus moved to another line. Only the reader resumes it ("Back to now", or
 * clicking a line); no timer does.
 */
import { useEffect, type RefObject } from 'react';
import type { PlaybackStore } from '../store/playbackStore.ts';

/** Where the active line is placed when following scrolls, as a fraction of the visible height. */
const ANCHOR = 0.25;
/** The active line counts as comfortably in view between these fractions: no scroll needed. */
const BAND = [0.12, 0.8] as const;

const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' ', 'ArrowUp', 'ArrowDown']);

export function lineElement(container: HTMLElement, index: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-line="${index}"]`);
}

/** Where line `index` is relative to the visible part of the container. */
export function linePosition(container: HTMLElement, index: number): 'above' | 'below' | 'visible' | undefined {
  const element = lineElement(container, index);
  if (!element) return undefined;
  const box = container.getBoundingClientRect();
  const line = element.getBoundingClientRect();
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

    const scrollToActive = (smooth: boolean) => {
      const { activeLine, following } = store.getState();
      if (!following || activeLine < 0) return;
      const element = lineElement(container, activeLine);
      if (!element) return;
      const box = container.getBoundingClientRect();
      const line = element.getBoundingClientRect();
      const top = (line.top - box.top) / box.height;
      const bottom = (line.bottom - box.top) / box.height;
      if (top >= BAND[0] && bottom <= BAND[1]) return;
      container.scrollTo({
        top: container.scrollTop + (line.top - box.top) - box.height * ANCHOR,
        behavior: smooth && !reducedMotion?.matches ? 'smooth' : 'auto',
      });
    };

    scrollToActive(false);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.activeLine !== previous.activeLine || (state.following && !previous.following)) {
        scrollToActive(true);
      }
    });

    const pause = () => store.getState().setFollowing(false);
    const onPointerDown = (event: PointerEvent) => {
      // The scrollbar belongs to the container itself: a press there is the reader grabbing it.
      if (event.target === container) pause();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const onLine = target.closest('[data-line], [data-copy], button, a, summary');
      if (SCROLL_KEYS.has(event.key) && !onLine) pause();
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
      container.removeEventListener('wheel', pause);
      container.removeEventListener('touchmove', pause);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [containerRef, store]);
}
