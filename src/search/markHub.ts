/**
 * Publishes the search's marks to what draws them into the page, one target (a line's text, a speaker's
 * name, a section title) at a time, so a keystroke redraws only the targets whose marks changed.
 *
 * Those can be thousands ("t" marks 16,000 matches in 4,000 lines), far more than one task should draw.
 * So the current match's target (and the one that held the current match before) is published at once,
 * for the view to scroll to; then the targets near the view, then the rest, nearest the current match
 * first, at most TASK_WEIGHT of them (each counted with the marks it gains and loses) per task. Finding
 * what changed is itself done in slices of SLICE_MS. A new query drops whatever was still waiting;
 * stepping to another match redraws just the two targets concerned. Off-screen marks land within a few
 * hundred milliseconds; nobody sees them late.
 */
import type { TextRange } from './findMatches.ts';
import { STEP_WORK, targetKey, type Match, type SearchTarget } from './episodeSearch.ts';
import { nextTask, SLICE_MS, type SearchStore, type Slicing } from './searchStore.ts';

export interface TargetMarks {
  ranges: readonly TextRange[];
  /** Which of `ranges` is the current match, or -1. */
  current: number;
}

export interface MarkHub {
  marksOf(key: string): TargetMarks | undefined;
  /** Calls `painter` with each target's marks as they are published, to draw them (useLineMarks.ts). */
  onPublish(painter: (target: SearchTarget, marks: TargetMarks | undefined) => void): () => void;
  /** Tells which targets the reader can see now; without it everything is published at once. */
  setNearView(isNear: ((target: SearchTarget) => boolean) | null): void;
}

/**
 * What one task may publish: a target counts 1, and each mark it gains or loses 1 more. A task publishing
 * 150 took 5–8 ms of CPU in a Chrome profile on a busy two-core machine when React drew the `<mark>`
 * elements (then style and layout of the lines in view), and 300 twice that; drawn directly into the lines
 * (lineDom.ts) they cost less, and the weight was kept.
 */
export const TASK_WEIGHT = 150;

/** Targets of `sorted` (ascending) by their distance to `center`, nearest first. */
function* outward(sorted: Int32Array, center: number): Generator<number> {
  let right = 0;
  while (right < sorted.length && sorted[right]! < center) right++;
  let left = right - 1;
  while (left >= 0 || right < sorted.length) {
    const takeRight = left < 0 || (right < sorted.length && sorted[right]! - center <= center - sorted[left]!);
    yield takeRight ? sorted[right++]! : sorted[left--]!;
  }
}

export function createMarkHub(
  store: SearchStore,
  targetsOf: () => readonly SearchTarget[],
  { schedule = nextTask, sliceMs = SLICE_MS, taskWeight = TASK_WEIGHT }: Slicing & { taskWeight?: number } = {},
): MarkHub {
  const shown = new Map<string, TargetMarks>();
  /** The target of each key in `shown`. */
  const shownTargets = new Map<string, number>();
  const painters = new Set<(target: SearchTarget, marks: TargetMarks | undefined) => void>();
  let nearView: ((target: SearchTarget) => boolean) | null = null;
  const keys: string[] = [];
  const targetOf = (target: number) => targetsOf()[target]!;
  const keyOf = (target: number) => (keys[target] ??= targetKey(targetOf(target).kind, targetOf(target).index));
  /** Per target, the update that last saw it among the matches (to find the targets left without any). */
  let seen: Uint32Array | undefined;
  let generation = 0;

  // The matches being published, and which is current: read when a target is published, not before.
  let matches: readonly Match[] = [];
  let current = -1;
  /** The target whose shown marks hold the current match, or -1. */
  let shownCurrent = -1;

  /** Where `target`'s matches are in `matches`: [from, to), empty if it has none. */
  const rangeOf = (target: number): [number, number] => {
    let low = 0;
    let high = matches.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (matches[middle]!.target < target) low = middle + 1;
      else high = middle;
    }
    let to = low;
    while (to < matches.length && matches[to]!.target === target) to++;
    return [low, to];
  };

  /** Whether `marks` are what matches [from, to) would show. */
  const showsAlready = (marks: TargetMarks | undefined, from: number, to: number) => {
    if (!marks) return from === to;
    if (marks.ranges.length !== to - from) return false;
    if (marks.current !== (current >= from && current < to ? current - from : -1)) return false;
    return marks.ranges.every((range, i) => {
      const other = matches[from + i]!.range;
      return range.start === other.start && range.end === other.end;
    });
  };

  /** Brings `target`'s shown marks up to date; returns what that cost (0 when they already were). */
  const publish = (target: number): number => {
    const [from, to] = rangeOf(target);
    const key = keyOf(target);
    const before = shown.get(key);
    if (showsAlready(before, from, to)) return 0;
    if (from === to) {
      shown.delete(key);
      shownTargets.delete(key);
    } else {
      const holds = current >= from && current < to ? current - from : -1;
      shown.set(key, { ranges: matches.slice(from, to).map((match) => match.range), current: holds });
      shownTargets.set(key, target);
    }
    if (current >= from && current < to) shownCurrent = target;
    else if (shownCurrent === target) shownCurrent = -1;
    painters.forEach((paint) => paint(targetOf(target), shown.get(key)));
    return 1 + (to - from) + (before?.ranges.length ?? 0);
  };

  const currentTarget = () => (current >= 0 ? matches[current]!.target : -1);

  /** The current match's target and the one showing the old current match, which the view looks for. */
  const publishCurrent = () => {
    const before = shownCurrent;
    const target = currentTarget();
    if (target !== -1) publish(target);
    if (before !== -1 && before !== target) publish(before);
  };

  /** Left to publish in this task (see TASK_WEIGHT). */
  let budget = 0;

  function* updating(): Generator<void, void> {
    publishCurrent();
    // What changed: the targets whose marks differ, and those that had marks and now have none.
    seen ??= new Uint32Array(targetsOf().length);
    const stamp = ++generation;
    const near: number[] = [];
    const later: number[] = [];
    const sort = (target: number) => (nearView?.(targetOf(target)) ? near : later).push(target);
    let work = 0;
    for (let from = 0; from < matches.length;) {
      const { target } = matches[from]!;
      let to = from + 1;
      while (to < matches.length && matches[to]!.target === target) to++;
      seen[target] = stamp;
      if (!showsAlready(shown.get(keyOf(target)), from, to)) sort(target);
      work += to - from;
      from = to;
      if (work >= STEP_WORK) {
        work = 0;
        yield;
      }
    }
    for (const target of shownTargets.values()) if (seen[target] !== stamp) sort(target);
    // Near the view first, then the rest: each nearest the current match first.
    const center = Math.max(0, currentTarget());
    for (const list of [near, later]) {
      for (const target of outward(Int32Array.from(list).sort(), center)) {
        budget -= publish(target);
        yield;
      }
    }
  }

  let job: { steps: Iterator<void, void>; cancel?: () => void } | undefined;
  const slice = (mine: NonNullable<typeof job>) => {
    mine.cancel = undefined;
    // Without knowing the view, everything at once (a transcript without IntersectionObserver, the tests').
    const unbounded = !nearView;
    budget = unbounded ? Number.POSITIVE_INFINITY : taskWeight;
    const deadline = unbounded ? Number.POSITIVE_INFINITY : performance.now() + sliceMs;
    for (;;) {
      if (mine.steps.next().done) {
        if (job === mine) job = undefined;
        return;
      }
      if (budget <= 0 || performance.now() >= deadline) break;
    }
    mine.cancel = schedule(() => slice(mine));
  };

  // Lives as long as its store, the page's: nothing outside them holds either.
  store.subscribe((state, previous) => {
    if (state.matches !== previous.matches) {
      job?.cancel?.();
      matches = state.matches;
      current = state.current;
      job = { steps: updating() };
      slice(job);
    } else if (state.current !== previous.current) {
      // Stepping: only the targets that lose and gain the current match change.
      current = state.current;
      publishCurrent();
    }
  });

  return {
    marksOf: (key) => shown.get(key),
    onPublish(painter) {
      painters.add(painter);
      return () => void painters.delete(painter);
    },
    setNearView(isNear) {
      nearView = isNear;
    },
  };
}
