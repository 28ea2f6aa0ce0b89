import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAND_TOP,
  followAlignment,
  isNear,
  QUIET_FRAMES,
  QUIET_FRAMES_BEFORE_ANY_SCROLL,
  SCROLL_PADDING_TOP,
  scrollDestination,
  scrollDistance,
  scrollHasEnded,
  type Alignment,
  type Edges,
} from '../../src/transcript/followPlacement.ts';

/** The phone's transcript area, as measured in Chromium at 390×844: 516px tall, starting 328px down. */
const VIEW: Edges = { top: 328, bottom: 844 };
const HEIGHT = VIEW.bottom - VIEW.top;
const at = (top: number, size: number): Edges => ({ top: VIEW.top + top, bottom: VIEW.top + top + size });

/** Where this alignment puts a line of `size` (given room to scroll), below a sticky header `cover` tall. */
function placed(size: number, block: Alignment, cover = 0): Edges {
  if (block === 'end') return at(HEIGHT - size, size);
  return block === 'top' ? at(cover, size) : at(SCROLL_PADDING_TOP * HEIGHT, size);
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

  it("shows a paragraph that fits the view but not below the band whole, its end at the view's end", () => {
    // 30:26 at 447×900 (507 px in a 540 px view, here scaled): from the scroll padding its last lines were cut off.
    expect(followAlignment(at(129, 485), VIEW)).toBe('end');
    expect(followAlignment(at(HEIGHT - 485, 485), VIEW), 'seen whole, above the band top').toBeNull();
    expect(followAlignment(at(HEIGHT - 485 - 10, 485), VIEW), 'seen whole, a little higher').toBeNull();
    expect(followAlignment(at(-5, 485), VIEW), 'its start cut off').toBe('end');
  });

  it('keeps a paragraph seen whole clear of its sticky section header, and starts one too tall for that near the top', () => {
    const header = 30;
    expect(followAlignment(at(HEIGHT - 470, 470), VIEW, false, header), 'whole, below the header').toBeNull();
    expect(followAlignment(at(HEIGHT - 485, 485), VIEW, false, 0), 'no header: whole').toBeNull();
    // 485 px do not fit under a 40 px header: its start goes just below the header, and it fills the view.
    expect(followAlignment(at(HEIGHT - 485, 485), VIEW, false, 40)).toBe('top');
    expect(followAlignment(placed(485, 'top', 40), VIEW, false, 40)).toBeNull();
  });

  it('with a sticky header, is content with where it puts any line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * HEIGHT }),
        fc.integer({ min: -3 * HEIGHT, max: 3 * HEIGHT }),
        fc.integer({ min: 0, max: Math.floor(BAND_TOP * HEIGHT) }),
        (size, top, header) => {
          const block = followAlignment(at(top, size), VIEW, true, header)!;
          const there = placed(size, block, header);
          expect(followAlignment(there, VIEW, false, header)).toBeNull();
          // And what it is content with shows the line's start below the header.
          expect(there.top).toBeGreaterThanOrEqual(VIEW.top + header);
        },
      ),
    );
  });

  it('starts a paragraph taller than the view near the top, and leaves it there while it is read', () => {
    expect(followAlignment(at(129, 768), VIEW)).toBeNull();
    expect(followAlignment(at(400, 768), VIEW), 'only its first lines show').toBe('top');
    expect(followAlignment(at(-100, 768), VIEW), 'its start is above the view').toBe('top');
    expect(followAlignment(placed(768, 'top', 40), VIEW, false, 40), 'just below the header').toBeNull();
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
          const block = followAlignment(at(top, size), VIEW, true)!;
          expect(followAlignment(placed(size, block), VIEW)).toBeNull();
        },
      ),
    );
  });

  it('is content only with a line seen whole below the header, or filling the view from near its top', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * HEIGHT }),
        fc.integer({ min: -3 * HEIGHT, max: 3 * HEIGHT }),
        fc.integer({ min: 0, max: Math.floor(BAND_TOP * HEIGHT) }),
        (size, top, header) => {
          fc.pre(followAlignment(at(top, size), VIEW, false, header) === null);
          const whole = top >= header && top + size <= HEIGHT;
          const fills = top >= header - 1 && top <= SCROLL_PADDING_TOP * HEIGHT + 1 && top + size > HEIGHT;
          expect(whole || fills).toBe(true);
          // A line short enough to wait in the band is not left above it.
          if (size <= (1 - BAND_TOP) * HEIGHT) expect(top).toBeGreaterThanOrEqual(BAND_TOP * HEIGHT);
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
          const block = followAlignment(at(top, size), VIEW, true, 30)!;
          const distance = scrollDistance(at(top, size), VIEW, block, 30);
          expect(at(top - distance, size).top).toBeCloseTo(placed(size, block, 30).top, 6);
        },
      ),
    );
  });
});

describe('scrollDestination', () => {
  it('is the scroll position that places the line, within what the view can reach', () => {
    expect(scrollDestination(at(500, 60), VIEW, 'start', 1000, 5000)).toBe(1000 + 500 - SCROLL_PADDING_TOP * HEIGHT);
    expect(scrollDestination(at(-4000, 60), VIEW, 'start', 1000, 5000), 'no higher than the top').toBe(0);
    expect(scrollDestination(at(9000, 60), VIEW, 'start', 1000, 5000), 'no lower than the end').toBe(5000);
    expect(scrollDestination(at(500, 60), VIEW, 'start', 0, -10), 'nothing to scroll').toBe(0);
  });

  it('never leaves the reachable range, and is exact inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * HEIGHT }),
        fc.integer({ min: -3 * HEIGHT, max: 3 * HEIGHT }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (size, top, scrollTop, room) => {
          const block = followAlignment(at(top, size), VIEW, true)!;
          const destination = scrollDestination(at(top, size), VIEW, block, scrollTop, room);
          expect(destination).toBeGreaterThanOrEqual(0);
          expect(destination).toBeLessThanOrEqual(room);
          const exact = scrollTop + scrollDistance(at(top, size), VIEW, block);
          if (exact >= 0 && exact <= room) expect(destination).toBeCloseTo(exact, 6);
        },
      ),
    );
  });
});

describe('scrollHasEnded', () => {
  it('ends a scroll after a few quiet frames, and waits longer for one that has not started moving', () => {
    expect(scrollHasEnded(QUIET_FRAMES - 1, true)).toBe(false);
    expect(scrollHasEnded(QUIET_FRAMES, true)).toBe(true);
    expect(scrollHasEnded(QUIET_FRAMES, false)).toBe(false);
    expect(scrollHasEnded(QUIET_FRAMES_BEFORE_ANY_SCROLL, false)).toBe(true);
  });

  it('once ended, stays ended as quiet frames go on', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.boolean(), (frames, more, sawScroll) => {
        if (scrollHasEnded(frames, sawScroll)) expect(scrollHasEnded(frames + more, sawScroll)).toBe(true);
        if (scrollHasEnded(frames, false)) expect(scrollHasEnded(frames, true)).toBe(true);
      }),
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
