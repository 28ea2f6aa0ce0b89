/**
 * Where follow mode wants the active line: comfortably in view, or scrolled there. Pure geometry, in one
 * axis: `line` and `view` are the line's and the scroll area's top and bottom edges on screen.
 */

/** The band of the visible height (fractions from its top) where a line that fits needs no scrolling. */
export const BAND_TOP = 0.12;
export const BAND_BOTTOM = 0.8;
/** Where 'start' puts a line: the scroll area's `scroll-padding-top` (25%, see styles.css), as `scrollIntoView` does. */
export const SCROLL_PADDING_TOP = 0.25;

/** Where a line is put: its start at the scroll padding, or its end at the view's end (`scrollIntoView`'s `block`). */
export type Alignment = 'start' | 'end';

export interface Edges {
  top: number;
  bottom: number;
}

/** The alignment that places a line well, for a line of `size` in a view of `height`. */
function alignmentFor(size: number, height: number): Alignment {
  // Below the scroll padding when it fits there whole; else its end at the view's end when that shows it
  // whole; a line taller than the view starts at the scroll padding and fills the rest.
  const fitsBelowPadding = size <= (1 - SCROLL_PADDING_TOP) * height;
  const fitsBelowBand = size <= (1 - BAND_TOP) * height;
  return fitsBelowPadding || !fitsBelowBand ? 'start' : 'end';
}

/** Whether the line can stay where it is: wholly in view and clear of the top, or filling the view from near its top. */
function isComfortable(line: Edges, view: Edges): boolean {
  const height = view.bottom - view.top;
  const size = line.bottom - line.top;
  const bandTop = view.top + BAND_TOP * height;
  if (size <= 0 || line.top < bandTop) return false;
  // A short line waits in the band, so following scrolls once every few lines rather than on every line.
  if (size <= (BAND_BOTTOM - SCROLL_PADDING_TOP) * height) return line.bottom <= view.top + BAND_BOTTOM * height;
  if (size <= (1 - BAND_TOP) * height) return line.bottom <= view.bottom;
  return line.top <= view.top + SCROLL_PADDING_TOP * height + 1;
}

/**
 * How to scroll the active line into place, or null when it is fine where it is. `moving`: the view is
 * still gliding to an earlier line, so where the line is now is not where it will end up; it is placed.
 */
export function followAlignment(line: Edges, view: Edges, moving = false): Alignment | null {
  if (!moving && isComfortable(line, view)) return null;
  return alignmentFor(line.bottom - line.top, view.bottom - view.top);
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
export function scrollDistance(line: Edges, view: Edges, block: Alignment): number {
  return block === 'end'
    ? line.bottom - view.bottom
    : line.top - (view.top + SCROLL_PADDING_TOP * (view.bottom - view.top));
}
