/**
 * Follow mode: keeps the active line in view inside the transcript's own scroll area (the page does not
 * move). Any sign that the reader took over pauses it: wheel, touch, the scrollbar, keyboard scrolling,
 * selecting text, or keyboard focus moved to another line. Only the reader resumes it ("Back to now", or
 * clicking a line); no timer does.
 */
import type { PlaybackStore } from '../store/playbackStore.ts';
import {
  followAlignment,
  isNear,
  QUIET_FRAMES,
  scrollDestination,
  scrollHasEnded,
  type Edges,
} from './followPlacement.ts';
import { onScrollEvent } from './scrollEvents.ts';
import { lineId } from './lineDom.ts';

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

/** The height of the line's own section header, which covers the top of the view while the line is read. */
function headerCover(line: HTMLElement): number {
  return line.closest('.transcript-section')?.querySelector<HTMLElement>('.section-header')?.offsetHeight ?? 0;
}

/** The visible part of the scroll area, in the same terms as an IntersectionObserver's `rootBounds`. */
function viewEdges(container: HTMLElement): Edges {
  const top = container.getBoundingClientRect().top + container.clientTop;
  return { top, bottom: top + container.clientHeight };
}

/**
 * How many times, per line change, following looks again when its own scroll has ended and re-places a line
 * that landed astray. A scroll on a slow device can land off more than once (the blocks around the line are
 * laid out over several slow frames); the bound only keeps a layout that never settles from being chased
 * for ever.
 */
export const LOOKS_AGAIN = 4;

/** Follows the active line in `container` from now on; returns the function that stops it. */
export function startFollowing(container: HTMLElement, store: PlaybackStore): () => void {
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  // WebKit 2.50 has neither `scrollend` nor scroll anchoring. Without anchoring, blocks of lines above the
  // line that are laid out after a follow scroll (sized from an estimate until then; taller than it at
  // phone width) push the line down, out of view; without `scrollend`, nothing says a follow scroll is
  // over. Both are made up for below, only while following settles after one of its own scrolls.
  const hasScrollEnd = 'onscrollend' in window;
  const hasAnchoring =
    typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('overflow-anchor', 'auto');
  // Where anchoring is there it does not always hold after a jump: Firefox left the line of a far jump
  // about 290 px lower, half out of view, once the blocks around it were laid out from their estimates.
  // So after every jump, in every engine, following settles as it does where anchoring is missing.
  const canSettle = typeof ResizeObserver === 'function';

  // Whether the active line is comfortably in view comes from an IntersectionObserver: it reports after
  // the browser's own layout, so a line change never forces a layout in the middle of a frame. Lines land
  // at the scroll area's `scroll-padding-top`, which also keeps focused lines clear of the sticky header.
  let placedOnce = false;
  // A scroll that following started has not ended yet (until `scrollend`). A line judged meanwhile is
  // placed anew: the view is still on its way to the earlier line and would leave this one half seen.
  let scrolling = false;
  let behavior: ScrollBehavior = 'auto';
  /** Where that scroll is headed (scrollTop), NaN for a scrollIntoView to a line not laid out. */
  let aim = Number.NaN;
  /**
   * Where it started from: while it lasts, the view stays between here and `aim`; once it has ended, both
   * are where it left the view. Anywhere else, another scroll took the view.
   */
  let from = 0;
  // When that scroll ends, look at the active line once more: where a scroll lands can differ from where
  // it was aimed (a jump during a glide lands off by what the glide had left; sections laid out on the
  // way change height). A look may scroll again, and that scroll ends with a look of its own, until the
  // line is in place or LOOKS_AGAIN looks are spent.
  let looksLeft = 0;
  // An observation is asked for and not reported yet.
  let looking = false;

  /** Scrolls `line` into place from its box and the view's, measured at the same moment. */
  const placeLine = (line: HTMLElement, box: Edges, view: Edges, how: ScrollBehavior, moving: boolean) => {
    const laidOut = box.bottom > box.top;
    const cover = laidOut ? headerCover(line) : 0;
    const block = followAlignment(box, view, moving, cover);
    if (!block) return;
    // A line that cannot get there (the first lines, the last) is left as it is: no scroll, no `scrollend`.
    const destination = scrollDestination(
      box,
      view,
      block,
      container.scrollTop,
      container.scrollHeight - container.clientHeight,
      cover,
    );
    if (laidOut && Math.abs(destination - container.scrollTop) < 1) return;
    scrolling = true;
    behavior = how;
    aim = laidOut ? destination : Number.NaN;
    from = container.scrollTop;
    settle();
    // scrollTo where the box says (cheaper than scrollIntoView in playback traces); a line in a section
    // the browser has not laid out yet has no box, and scrollIntoView still reaches it.
    if (laidOut) container.scrollTo({ top: destination, behavior: how });
    else {
      line.scrollIntoView({ block: 'start', behavior: how, container: 'nearest' } as ScrollIntoViewOptions);
      // A jump is where it lands: known now (the scroll has laid the line out).
      if (how === 'auto') aim = container.scrollTop;
    }
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const { activeLine, following } = store.getState();
      const line = lineElement(container, activeLine);
      // A report can be on a line that was active before: queued before the line changed, it comes after
      // the new line was observed, and the new line's own report is still to come. Only that one counts.
      const entry = entries.findLast((report) => report.target === line);
      if (!entry) return;
      looking = false;
      // One look per line change: later crossings come from other scrolling (find in page, a screen
      // reader, the reader) and must not be fought.
      observer.disconnect();
      if (!entry.rootBounds || !line || !following) return;
      // The report holds the layout of the frame it was taken in. On a slow device another frame, and a
      // glide's next step, can come before it is read, and a destination from its box and today's
      // scrollTop lands off by that step: so a line that has a box is measured again here, with the
      // scroll position it goes with. Reading scrollTop lays out anyway, so this costs no further layout.
      const laidOut = entry.boundingClientRect.height > 0;
      const box = laidOut ? line.getBoundingClientRect() : entry.boundingClientRect;
      const view = laidOut ? viewEdges(container) : entry.rootBounds;
      // Glide to a line within a screen of the view; jump to a far one, to a line in a section not laid
      // out yet (no box), and on the first placement, when the page opens.
      const glide = placedOnce && isNear(box, view) && !reducedMotion?.matches;
      placedOnce = true;
      placeLine(line, box, view, glide ? 'smooth' : 'auto', scrolling);
    },
    { root: container },
  );
  const watchActive = (again = false) => {
    if (!again) looksLeft = LOOKS_AGAIN;
    observer.disconnect();
    const { activeLine, following } = store.getState();
    const element = following ? lineElement(container, activeLine) : null;
    looking = element !== null;
    if (element) observer.observe(element);
    if (!following) {
      // The reader has taken over: whatever scroll following had under way is theirs now.
      scrolling = false;
      stopSettling();
    }
  };
  const onScrollEnd = () => {
    const ours = scrolling;
    scrolling = false;
    if (!ours) return;
    from = aim = container.scrollTop;
    if (looksLeft <= 0) return;
    looksLeft -= 1;
    watchActive(true);
  };

  // Settling, after a jump, and after any follow scroll where the browser lacks `scrollend` or scroll
  // anchoring: until the view and the transcript have been still for a few frames. Each frame only counts
  // (it reads no layout): a scroll event or a resize since the last one starts the count again. Without
  // `scrollend`, a follow scroll ends when its scroll events have gone quiet; a ResizeObserver on the
  // scroll area's content re-places the line whenever blocks laid out around it change its position. Its
  // callback runs after layout and before paint, so the reader never sees the line pushed away, and
  // measuring there forces no layout.
  let frame = 0;
  let quietFrames = 0;
  let sawScroll = false;
  let changed = false;
  const onResize = () => {
    changed = true;
    const { activeLine, following } = store.getState();
    const line = following ? lineElement(container, activeLine) : null;
    const box = line?.getBoundingClientRect();
    const view = viewEdges(container);
    const cover = line ? headerCover(line) : 0;
    // Anchoring may just have moved the view, in this same layout, to keep what is in it in place: when
    // the line is fine where it is, that is where following wants the view, whoever put it there.
    const jumped = !scrolling || behavior === 'auto';
    if (hasAnchoring && jumped && box && box.height > 0 && !followAlignment(box, view, false, cover)) {
      from = aim = container.scrollTop;
      return;
    }
    // Blocks laid out around a view another scroll took (before that scroll's event is heard).
    if (!isOurs(container.scrollTop)) return yieldToOtherScroll();
    if (!line || !box || box.height === 0) return;
    if (!scrolling) return placeLine(line, box, view, 'auto', false);
    // A scroll under way: aim it at where the line is now, if that moved.
    const block = followAlignment(box, view, true, cover)!;
    const room = container.scrollHeight - container.clientHeight;
    const destination = scrollDestination(box, view, block, container.scrollTop, room, cover);
    if (Math.abs(destination - aim) < 1) return;
    aim = destination;
    from = container.scrollTop;
    sawScroll = false;
    container.scrollTo({ top: destination, behavior });
  };
  const resizes = canSettle ? new ResizeObserver(onResize) : null;
  const tick = () => {
    frame = 0;
    quietFrames = changed ? 0 : quietFrames + 1;
    changed = false;
    if (scrolling && !hasScrollEnd && scrollHasEnded(quietFrames, sawScroll)) onScrollEnd();
    if (!scrolling && !looking && quietFrames >= QUIET_FRAMES) return stopSettling();
    frame = requestAnimationFrame(tick);
  };
  function settle() {
    // A glide, where the browser has both features, needs neither made up.
    if (hasScrollEnd && (!resizes || (hasAnchoring && behavior === 'smooth'))) return;
    quietFrames = 0;
    sawScroll = false;
    if (frame !== 0) return;
    frame = requestAnimationFrame(tick);
    for (const child of container.children) resizes?.observe(child);
  }
  function stopSettling() {
    cancelAnimationFrame(frame);
    frame = 0;
    resizes?.disconnect();
  }
  const onScroll = () => {
    if (frame === 0) return;
    changed = true;
    sawScroll = true;
    if (!isOurs(container.scrollTop)) yieldToOtherScroll();
  };
  /** Whether following's own scrolling can have put the view at `top`. */
  const isOurs = (top: number) =>
    Number.isNaN(aim) || (top >= Math.min(from, aim) - 1 && top <= Math.max(from, aim) + 1);
  // A scroll that is not following's (a script's, find in page, a screen reader) took the view elsewhere
  // while following settled: it is not fought. Re-placing the line as blocks are laid out around the new
  // view would pull the view back; the next line change places the line again.
  function yieldToOtherScroll() {
    scrolling = false;
    looksLeft = 0;
    looking = false;
    observer.disconnect();
    stopSettling();
  }

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
  const stopListening = [
    onScrollEvent(container, 'scroll', onScroll),
    ...(hasScrollEnd ? [onScrollEvent(container, 'scrollend', onScrollEnd)] : []),
  ];
  container.addEventListener('wheel', pause, { passive: true });
  container.addEventListener('touchmove', pause, { passive: true });
  container.addEventListener('pointerdown', onPointerDown);
  container.addEventListener('keydown', onKeyDown);
  document.addEventListener('selectionchange', onSelectionChange);
  return () => {
    unsubscribe();
    observer.disconnect();
    stopSettling();
    for (const stop of stopListening) stop();
    container.removeEventListener('wheel', pause);
    container.removeEventListener('touchmove', pause);
    container.removeEventListener('pointerdown', onPointerDown);
    container.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('selectionchange', onSelectionChange);
  };
}
