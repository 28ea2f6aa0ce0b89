/**
 * Where follow mode wants the active line: comfortably in view, or scrolled there. Pure geometry, in one
 * axis: `line` and `view` are the line's and the scroll area's top and bottom edges on screen.
 */

/** The band of the visible height (fractions from its top) where a line that fits needs no scrolling. */
export const BAND_TOP = 0.12;
export const BAND_BOTTOM = 0.8;
/** Where 'start' puts a line: the scroll area's `scroll-padding-top` (25%, see styles.css), as `scrollIntoView` does. */
export const SCROLL_PADDING_TOP = 0.25;

/**
 * Where a line is put: its start at the scroll padding (`start`, as `scrollIntoView` does), its end at the
 * view's end (`end`), or, for a line too tall to be seen whole, its start just below its sticky section
 * header (`top`), which shows the most of it.
 */
export type Alignment = 'start' | 'end' | 'top';

export interface Edges {
  top: number;
  bottom: number;
}

/**
 * The alignment that places a line well, for a line of `size` in a view of `height` whose top `cover`
 * pixels a sticky section header hides.
 */
function alignmentFor(size: number, height: number, cover: number): Alignment {
  // Below the scroll padding when it fits there whole; else its end at the view's end when the view can
  // show it whole below the header (at phone width a paragraph often fills most of the view: from the
  // scroll padding its end would be cut off); a line taller than that starts just below the header.
  if (size <= (1 - SCROLL_PADDING_TOP) * height) return 'start';
  return size <= height - cover ? 'end' : 'top';
}

/** Whether the line can stay where it is: wholly in view and clear of the top, or filling the view from near its top. */
function isComfortable(line: Edges, view: Edges, cover: number): boolean {
  const height = view.bottom - view.top;
  const size = line.bottom - line.top;
  const clear = view.top + cover;
  if (size <= 0) return false;
  // Too tall to be seen whole: fine while it fills the view from its start, below the header, to the end.
  if (size > height - cover) return line.top >= clear - 1 && line.top <= view.top + SCROLL_PADDING_TOP * height + 1;
  // Seen whole but not below the band: fine wherever it is seen whole.
  if (size > (1 - BAND_TOP) * height) return line.top >= clear && line.bottom <= view.bottom;
  if (line.top < Math.max(view.top + BAND_TOP * height, clear)) return false;
  // A short line waits in the band, so following scrolls once every few lines rather than on every line.
  if (size <= (BAND_BOTTOM - SCROLL_PADDING_TOP) * height) return line.bottom <= view.top + BAND_BOTTOM * height;
  return line.bottom <= view.bottom;
}

/**
 * How to scroll the active line into place, or null when it is fine where it is. `moving`: the view is
 * still gliding to an earlier line, so where the line is now is not where it will end up; it is placed.
 * `cover`: how much of the view's top the line's sticky section header hides (less than the band's top).
 */
export function followAlignment(line: Edges, view: Edges, moving = false, cover = 0): Alignment | null {
  if (!moving && isComfortable(line, view, cover)) return null;
  return alignmentFor(line.bottom - line.top, view.bottom - view.top, cover);
}

/**
 * Whether a scroll to the line should glide (it is within a screen of the view) rather than jump (far
 * away, or not laid out yet: no box).
 */
export function isNear(line: Edges, view: Edges): boolean {
  const height = view.bottom - view.top;
  return line.bottom > line.top && line.bottom > view.top - height && line.top < view.bottom + height;
}

/** How far the view must scroll (down when positive) to place the line as `block` says. */
export function scrollDistance(line: Edges, view: Edges, block: Alignment, cover = 0): number {
  if (block === 'end') return line.bottom - view.bottom;
  if (block === 'top') return line.top - (view.top + cover);
  return line.top - (view.top + SCROLL_PADDING_TOP * (view.bottom - view.top));
}

/**
 * Where the view's top must go (its `scrollTop`) to place the line as `block` says, clamped to what it can
 * reach (`room`: scrollHeight − clientHeight). `scrollTop` must be read at the same moment as the edges.
 */
export function scrollDestination(
  line: Edges,
  view: Edges,
  block: Alignment,
  scrollTop: number,
  room: number,
  cover = 0,
): number {
  return Math.min(Math.max(scrollTop + scrollDistance(line, view, block, cover), 0), Math.max(room, 0));
}

/**
 * Frames in a row without a scroll event after which a scroll counts as over, where the browser has no
 * `scrollend`: a glide moves the view, and sends a scroll event, in every frame until it ends. Before its
 * first event a scroll may take a few frames to start, so then it waits longer (a scroll that could not
 * move sends none at all).
 */
export const QUIET_FRAMES = 3;
export const QUIET_FRAMES_BEFORE_ANY_SCROLL = 10;

/** Whether a scroll is over, after `quietFrames` frames in a row without a scroll event. */
export function scrollHasEnded(quietFrames: number, sawScroll: boolean): boolean {
  return quietFrames >= (sawScroll ? QUIET_FRAMES : QUIET_FRAMES_BEFORE_ANY_SCROLL);
}
