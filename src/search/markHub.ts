/**
 * Publishes the search's marks to the components that show them, one target (a line's text, a speaker's
 * name, a section title) at a time, so a keystroke re-renders only the targets whose marks changed.
 *
 * Those can be thousands ("the" in a 4,000-line transcript), more than one task should render: so the
 * targets near the view (and the current match's) are published at once, and the rest in chunks of
 * CHUNK_SIZE, one per task, which keeps every task short while the reader types. A new query replaces
 * whatever was still waiting. Off-screen marks land within a few hundred milliseconds; nobody sees them late.
 */
import type { TextRange } from './findMatches.ts';
import { targetKey, type SearchTarget } from './episodeSearch.ts';
import type { SearchState, SearchStore } from './searchStore.ts';

export interface TargetMarks {
  ranges: readonly TextRange[];
  /** Which of `ranges` is the current match, or -1. */
  current: number;
}

export interface MarkHub {
  marksOf(key: string): TargetMarks | undefined;
  subscribe(key: string, listener: () => void): () => void;
  /** Tells which targets the reader can see now; without it everything is published at once. */
  setNearView(isNear: ((target: SearchTarget) => boolean) | null): void;
}

/** Targets rendered per task beyond those in view: about 3 ms of rendering each on a laptop. */
export const CHUNK_SIZE = 200;

const sameMarks = (a: TargetMarks | undefined, b: TargetMarks | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.current === b.current &&
    a.ranges.length === b.ranges.length &&
    a.ranges.every((range, i) => range.start === b.ranges[i]!.start && range.end === b.ranges[i]!.end));

export function createMarkHub(store: SearchStore, targetsOf: () => readonly SearchTarget[]): MarkHub {
  const shown = new Map<string, TargetMarks>();
  const listeners = new Map<string, Set<() => void>>();
  let desired = new Map<string, TargetMarks>();
  let waiting: string[] = [];
  let nearView: ((target: SearchTarget) => boolean) | null = null;
  let keys: string[] | undefined;
  const byKey = new Map<string, SearchTarget>();
  const keyOf = (target: number) => {
    if (!keys) {
      const targets = targetsOf();
      keys = targets.map((t) => targetKey(t.kind, t.index));
      keys.forEach((key, i) => byKey.set(key, targets[i]!));
    }
    return keys[target]!;
  };

  const publish = (key: string) => {
    const marks = desired.get(key);
    if (marks) shown.set(key, marks);
    else shown.delete(key);
    listeners.get(key)?.forEach((listener) => listener());
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const publishChunk = () => {
    timer = undefined;
    for (const key of waiting.splice(0, CHUNK_SIZE)) publish(key);
    if (waiting.length > 0) timer = setTimeout(publishChunk, 0);
  };

  const update = ({ matches, current }: SearchState) => {
    desired = new Map();
    matches.forEach((match, i) => {
      const key = keyOf(match.target);
      let marks = desired.get(key) as { ranges: TextRange[]; current: number } | undefined;
      if (!marks) desired.set(key, (marks = { ranges: [], current: -1 }));
      if (i === current) marks.current = marks.ranges.length;
      marks.ranges.push(match.range);
    });
    const changed: string[] = [];
    for (const [key, marks] of desired) if (!sameMarks(shown.get(key), marks)) changed.push(key);
    for (const key of shown.keys()) if (!desired.has(key)) changed.push(key);
    clearTimeout(timer);
    waiting = [];
    for (const key of changed) {
      const holdsCurrent = (desired.get(key)?.current ?? -1) !== -1 || (shown.get(key)?.current ?? -1) !== -1;
      const now = !nearView || holdsCurrent;
      if (now || nearView!(byKey.get(key)!)) publish(key);
      else waiting.push(key);
    }
    if (waiting.length > 0) timer = setTimeout(publishChunk, 0);
  };

  // Lives as long as its store, the page's: nothing outside them holds either.
  store.subscribe((state, previous) => {
    if (state.matches !== previous.matches || state.current !== previous.current) update(state);
  });

  return {
    marksOf: (key) => shown.get(key),
    subscribe(key, listener) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    setNearView(isNear) {
      nearView = isNear;
    },
  };
}
