/**
 * What the episode's search does to the transcript's scroll area: it brings the current match into view
 * there (never scrolling the page), which is reading, so following pauses as when the reader scrolls; and
 * it tells the mark hub which lines are near the view, so that their marks are drawn first.
 */
import { useEffect, type RefObject } from 'react';
import type { PlaybackStore } from '../store/playbackStore.ts';
import { lastAtOrBefore } from '../lib/binarySearch.ts';
import { BAND_BOTTOM, SCROLL_PADDING_TOP } from './followPlacement.ts';
import type { EpisodeSearch } from '../search/SearchContext.tsx';

const CURRENT_MATCH = '.search-match-current';
/** Frames a match must stay in view after a scroll to it before it is left alone, and the most to wait. */
const STEADY_FRAMES = 3;
const SETTLE_FRAMES = 30;

/**
 * Scrolls `container` so that `element` sits at the scroll padding, unless it is already well in view,
 * clear of the sticky section header at the top. Where the match stays in view that way, the line holding it
 * is shown from its start (its time) instead, at the padding or just under the header. Returns whether it
 * scrolled.
 */
export function revealInside(container: HTMLElement, element: HTMLElement): boolean {
  const view = container.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const height = container.clientHeight;
  // The header that sticks over it is its own section's (a long title takes two or three rows).
  const header = (element.closest('.transcript-section') ?? container).querySelector<HTMLElement>('.section-header');
  const cover = header?.offsetHeight ?? 0;
  const top = view.top + container.clientTop;
  const bottom = top + BAND_BOTTOM * height;
  const line = element.closest<HTMLElement>('[data-line]')?.getBoundingClientRect();
  const lineAt = top + Math.max(SCROLL_PADDING_TOP * height, cover);
  const fromLine = line !== undefined && box.bottom - line.top <= bottom - lineAt;
  if ((fromLine ? line.top : box.top) >= top + cover && box.bottom <= bottom) return false;
  const destination = fromLine
    ? container.scrollTop + line.top - lineAt
    : container.scrollTop + box.top - (top + SCROLL_PADDING_TOP * height);
  container.scrollTo({ top: Math.max(0, destination), behavior: 'auto' });
  return true;
}

export function useSearchView(
  containerRef: RefObject<HTMLElement | null>,
  search: EpisodeSearch,
  playback: PlaybackStore,
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frame = 0;
    // Blocks of lines laid out on the way (their heights were estimates until then; far off at phone
    // width) move the match after the scroll, over several frames: so it is looked at again each frame
    // until it has stayed in view for STEADY_FRAMES, for at most SETTLE_FRAMES.
    const reveal = (framesLeft: number, steady: number) => {
      frame = 0;
      const match = container.querySelector<HTMLElement>(CURRENT_MATCH);
      if (!match) return;
      playback.getState().setFollowing(false);
      const moved = revealInside(container, match);
      const still = moved ? 0 : steady + 1;
      if (still < STEADY_FRAMES && framesLeft > 0) frame = requestAnimationFrame(() => reveal(framesLeft - 1, still));
    };
    const unsubscribe = search.store.subscribe((state, previous) => {
      if (state.reveals === previous.reveals) return;
      cancelAnimationFrame(frame);
      // The current match's mark is published at once (markHub.ts) and rendered before the next frame.
      frame = requestAnimationFrame(() => reveal(SETTLE_FRAMES, 0));
    });
    // The reader scrolling meanwhile has the last word.
    const stop = () => cancelAnimationFrame(frame);
    const reading = ['wheel', 'touchmove', 'pointerdown'] as const;
    for (const type of reading) container.addEventListener(type, stop, { passive: true });
    return () => {
      unsubscribe();
      stop();
      for (const type of reading) container.removeEventListener(type, stop);
    };
  }, [containerRef, search, playback]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || typeof IntersectionObserver !== 'function') return;
    const near = new Set<Element>();
    // Each block and its first line, in page order: a target's block is found without asking the DOM, which
    // a first letter would do for thousands of lines in one keystroke.
    const blocks = [...container.querySelectorAll<HTMLElement>('.line-block')];
    const firstLines = Int32Array.from(blocks, (block) =>
      Number(block.querySelector<HTMLElement>('[data-line]')?.dataset.line ?? -1),
    );
    // A screen above and below the view counts as near: a reader who scrolls a little finds marks drawn.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) near.add(entry.target);
          else near.delete(entry.target);
        }
      },
      { root: container, rootMargin: '100% 0px' },
    );
    blocks.forEach((block) => observer.observe(block));
    search.marks.setNearView((target) => {
      if (target.kind === 'section') return true;
      const block = blocks[lastAtOrBefore(firstLines, target.index)];
      return block ? near.has(block) : false;
    });
    return () => {
      observer.disconnect();
      search.marks.setNearView(null);
    };
  }, [containerRef, search]);
}
