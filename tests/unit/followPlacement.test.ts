import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAND_TOP,
  followAlignment,
  isNear,
  SCROLL_PADDING_TOP,
  scrollDistance,
  type Edges,
} from '../../src/transcript/followPlacement.ts';

/** The phone's transcript area, as measured in Chromium at 390×844: 516px tall, starting 328px down. */
const VIEW: Edges = { top: 328, bottom: 844 };
const HEIGHT = VIEW.bottom - VIEW.top;
const at = (top: number, size: number): Edges => ({ top: VIEW.top + top, bottom: VIEW.top + top + size });

/** Where `scrollIntoView` with this alignment puts a line of `size` (given room to scroll). */
function placed(size: number, block: ScrollLogicalPosition): Edges {
  return block === 'end' ? at(HEIGHT - size, size) : at(SCROLL_PADDING_TOP * HEIGHT, size);
}

describe('followAlignment', () => {
  it('leaves a short line alone inside the band, and brings it to the scroll padding when it leaves', () => {
    expect(followAlignment(at(200, 60), VIEW)).toBeNull();
    expect(followAlignment(at(450, 60), VIEW), 'below the band').toBe('start');
    expect(followAlignment(at(20, 60), VIEW), 'under the sticky header').toBe('start');
    expect(followAlignment(at(-300, 60), VIEW), 'above the view').toBe('start');
  });

  it('shows a line that fits the view whole, and never leaves one cut off at the bottom', () => {
    // 32:27 on the phone (116px) once the glide to 32:01 ended: its last lines were under the edge.
    expect(followAlignment(at(506, 116), VIEW)).toBe('start');
    // A 440px paragraph fits under the band but not under the scroll padding: its end goes to the view's end.
    expect(followAlignment(at(129, 440), VIEW)).toBe('end');
    expect(followAlignment(at(70, 440), VIEW)).toBeNull();
  });

  it('starts a paragraph taller than the view near the top, and leaves it there while it is read', () => {
    expect(followAlignment(at(129, 768), VIEW)).toBeNull();
    expect(followAlignment(at(400, 768), VIEW), 'only its first lines show').toBe('start');
    expect(followAlignment(at(-100, 768), VIEW), 'its start is above the view').toBe('start');
  });

  it('places a line anew while the view is still gliding to an earlier one', () => {
    expect(followAlignment(at(200, 60), VIEW, true)).toBe('start');
  });

  it('places a line without a box (not laid out yet)', () => {
    expect(followAlignment({ top: 0, bottom: 0 }, VIEW)).toBe('start');
  });

  it('is content with where it puts any line: placing twice never scrolls again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * HEIGHT }),
        fc.integer({ min: -3 * HEIGHT, max: 3 * HEIGHT }),
        (size, top) => {
          const block = followAlignment(at(top, size), VIEW) ?? 'start';
          expect(followAlignment(placed(size, block), VIEW)).toBeNull();
        },
      ),
    );
  });

  it('is content only with a line whose start shows below the band top, wholly or filling the view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * HEIGHT }),
        fc.integer({ min: -3 * HEIGHT, max: 3 * HEIGHT }),
        (size, top) => {
          fc.pre(followAlignment(at(top, size), VIEW) === null);
          expect(top).toBeGreaterThanOrEqual(BAND_TOP * HEIGHT);
          const whole = top + size <= HEIGHT;
          const fills = top <= SCROLL_PADDING_TOP * HEIGHT + 1 && top + size > HEIGHT;
          expect(whole || fills).toBe(true);
        },
      ),
    );
  });
});

describe('scrollDistance', () => {
  it('is how far the view moves to put the line where its alignment says', () => {
    expect(scrollDistance(at(500, 60), VIEW, 'start')).toBe(500 - SCROLL_PADDING_TOP * HEIGHT);
    expect(scrollDistance(at(100, 60), VIEW, 'start'), 'up').toBeLessThan(0);
    expect(scrollDistance(at(129, 440), VIEW, 'end')).toBe(129 + 440 - HEIGHT);
  });

  it('agrees with where the alignment puts the line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * HEIGHT }),
        fc.integer({ min: -3 * HEIGHT, max: 3 * HEIGHT }),
        (size, top) => {
          const block = followAlignment(at(top, size), VIEW, true)!;
          const distance = scrollDistance(at(top, size), VIEW, block);
          expect(at(top - distance, size).top).toBeCloseTo(placed(size, block).top, 6);
        },
      ),
    );
  });
});

describe('isNear', () => {
  it('glides within a screen of the view and jumps farther or to a line without a box', () => {
    expect(isNear(at(HEIGHT + 100, 60), VIEW)).toBe(true);
    expect(isNear(at(-HEIGHT + 10, 60), VIEW)).toBe(true);
    expect(isNear(at(2 * HEIGHT + 1, 60), VIEW)).toBe(false);
    expect(isNear(at(-2 * HEIGHT, 60), VIEW)).toBe(false);
    expect(isNear({ top: 0, bottom: 0 }, VIEW)).toBe(false);
  });
});
