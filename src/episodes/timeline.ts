/**
 * The time model: gives every spoken line a start on a non-decreasing timeline.
 *
 * - The lines whose `sec` is kept are the longest run of non-decreasing `sec`s in file order (ties go to
 *   the earlier lines). A `sec` that goes backwards is dropped, exactly like clamping it, except when one
 *   stray `sec` that jumps far ahead would otherwise pull the many correct lines after it forward: then the
 *   stray one is dropped instead, so one typo moves one line rather than squashing a whole stretch.
 * - Lines that repeat the previous `sec`, have none, or had theirs dropped share the span up to the next
 *   later `sec`, in proportion to their text length, so the highlight walks through a long turn (rounded
 *   down to whole seconds where that keeps them apart).
 * - After the last `sec`, and before the first, the span is the text length at the episode's own speaking
 *   rate (median characters per second over its timed spans).
 */

export interface TimelineItem {
  /** The line's own `sec`, if it has a usable one. */
  sec?: number;
  /** Text length; estimated lines get time in proportion to it. */
  weight: number;
}

export interface DroppedSec {
  index: number;
  sec: number;
  /** `backwards`: earlier than a kept `sec` before it; `ahead`: later than kept `sec`s after it. */
  kind: 'backwards' | 'ahead';
  /** Where the line now starts. */
  start: number;
}

export interface Timeline {
  starts: number[];
  estimated: boolean[];
  /** Where the last line ends. */
  end: number;
  dropped: DroppedSec[];
  /** Characters per second used for spans with no later `sec`. */
  rate: number;
}

const DEFAULT_RATE = 15;
const MIN_RATE = 2;
const MAX_RATE = 50;

/** Returns undefined when no item has a `sec`: such a transcript cannot be placed in time at all. */
export function buildTimeline(items: readonly TimelineItem[]): Timeline | undefined {
  const kept = keptSecIndices(items);
  if (kept.length === 0) return undefined;

  // Anchors start a new span: a kept `sec` later than the kept `sec` before it.
  const anchors: number[] = [];
  let lastSec = -Infinity;
  for (const index of kept) {
    const sec = items[index]!.sec!;
    if (sec > lastSec) {
      anchors.push(index);
      lastSec = sec;
    }
  }

  const weights = items.map((item) => Math.max(1, item.weight));
  const spanWeight = (from: number, to: number) => {
    let total = 0;
    for (let i = from; i < to; i++) total += weights[i]!;
    return total;
  };

  const rate = speakingRate(items, anchors, spanWeight);
  const starts = new Array<number>(items.length);
  const estimated = new Array<boolean>(items.length).fill(true);

  // Estimated starts fall on whole seconds where they can (the second a line shows is then exactly where
  // a link to it lands); a line less than a second after the previous one keeps its fraction instead.
  const spread = (from: number, to: number, spanStart: number, spanEnd: number) => {
    const total = spanWeight(from, to);
    let before = 0;
    let previous = -Infinity;
    for (let i = from; i < to; i++) {
      const exact = spanStart + ((spanEnd - spanStart) * before) / total;
      const whole = Math.floor(exact);
      const start = whole > previous && whole >= spanStart ? whole : Math.max(spanStart, Math.floor(exact * 100) / 100);
      starts[i] = start;
      previous = start;
      before += weights[i]!;
    }
  };

  const first = anchors[0]!;
  const firstSec = items[first]!.sec!;
  if (first > 0) spread(0, first, Math.max(0, firstSec - spanWeight(0, first) / rate), firstSec);

  let end = firstSec;
  anchors.forEach((anchor, k) => {
    const sec = items[anchor]!.sec!;
    const next = anchors[k + 1];
    const to = next ?? items.length;
    const spanEnd = next === undefined ? sec + spanWeight(anchor, to) / rate : items[next]!.sec!;
    spread(anchor, to, sec, spanEnd);
    starts[anchor] = sec;
    estimated[anchor] = false;
    end = spanEnd;
  });

  const keptSet = new Set(kept);
  const dropped: DroppedSec[] = [];
  let previousKept = -Infinity;
  items.forEach((item, index) => {
    if (keptSet.has(index)) previousKept = item.sec!;
    else if (item.sec !== undefined) {
      const kind = item.sec < previousKept ? 'backwards' : 'ahead';
      dropped.push({ index, sec: item.sec, kind, start: starts[index]! });
    }
  });

  return { starts, estimated, end: Math.ceil(end * 100) / 100, dropped, rate };
}

/**
 * Indices of the items whose `sec` is kept: a longest non-decreasing subsequence of the `sec`s. Scanning
 * from the end and preferring the larger value on ties keeps the earlier lines' `sec`s when two choices are
 * equally long, which makes a lone backwards `sec` the one dropped (as clamping would). O(n log n).
 */
export function keptSecIndices(items: readonly TimelineItem[]): number[] {
  // In reverse order we look for the longest non-increasing subsequence; tails[k] holds the index of the
  // item ending the best such subsequence of length k + 1 (best = largest last value).
  const tails: number[] = [];
  const previous = new Map<number, number>();
  for (let index = items.length - 1; index >= 0; index--) {
    const sec = items[index]!.sec;
    if (sec === undefined) continue;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (items[tails[mid]!]!.sec! >= sec) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous.set(index, tails[low - 1]!);
    tails[low] = index;
  }
  const result: number[] = [];
  for (let index = tails[tails.length - 1]; index !== undefined; index = previous.get(index)) {
    result.push(index);
  }
  return result;
}

function speakingRate(
  items: readonly TimelineItem[],
  anchors: readonly number[],
  spanWeight: (from: number, to: number) => number,
): number {
  const rates: number[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const from = anchors[k]!;
    const to = anchors[k + 1]!;
    const seconds = items[to]!.sec! - items[from]!.sec!;
    rates.push(spanWeight(from, to) / seconds);
  }
  if (rates.length === 0) return DEFAULT_RATE;
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, median));
}
