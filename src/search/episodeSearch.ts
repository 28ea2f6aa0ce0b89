/**
 * Search inside one episode: every place the reader sees text (section titles, speaker names where they are
 * shown, the lines) is a target, in the order the page shows them, so "3 of 17" counts as the reader reads.
 *
 * The targets' folded texts are joined into one string, so a query is one `indexOf` loop over the whole
 * transcript, however many lines it has (about 2 ms for 15,000 lines); a separator that no folded query
 * contains keeps a match inside one target. Most lines are plain ASCII, whose folded offsets are their own;
 * for the others the way back from folded to original characters (fold.ts) is worked out only when they
 * match, and kept. (A one-letter query at 4,000 lines, 16,000 matches: 89 ms before, when every matching
 * line was mapped back.)
 *
 * Building the index and searching it also come as steps (generators that yield every so much work), so
 * the page can spread a big search (a first letter: 64,000 matches at 15,000 lines) over several short
 * tasks, and drop it when the reader types on (searchStore.ts).
 */
import type { LineTiming, Section } from '../episodes/model.ts';
import { groupLines, showsSpeaker } from '../episodes/layout.ts';
import { foldedString, foldQuery, foldsInPlace, foldText, type FoldedText } from './fold.ts';
import { findMatches, type TextRange } from './findMatches.ts';

export type TargetKind = 'section' | 'speaker' | 'line';

export interface SearchTarget {
  kind: TargetKind;
  /** The section's index for a section title, else the line's. */
  index: number;
  text: string;
  /** Where playing it would start, in seconds. */
  start: number;
}

export interface Match {
  /** Index into the episode's targets. */
  target: number;
  range: TextRange;
  start: number;
}

const KEY_PREFIXES: Record<TargetKind, string> = { section: 'h', speaker: 'p', line: 'l' };

/** A target's key: `marksOf` answers by it (`l42` for line 42's text, `p42` for its speaker, `h3` for a title). */
export const targetKey = (kind: TargetKind, index: number) => `${KEY_PREFIXES[kind]}${index}`;

/** `texts`: each line's words (on a page, read from the page: see LineTiming). */
export function searchTargets(
  { starts, speakers }: LineTiming,
  sections: readonly Section[],
  speakerNames: readonly string[],
  texts: readonly string[],
): SearchTarget[] {
  const targets: SearchTarget[] = [];
  for (const group of groupLines(starts.length, sections)) {
    const section = sections[group.section];
    if (section) targets.push({ kind: 'section', index: group.section, text: section.title, start: section.start });
    for (let index = group.from; index < group.to; index++) {
      const start = starts[index]!;
      if (showsSpeaker(speakers, index, group.from)) {
        const name = speakerNames[speakers[index]!];
        if (name) targets.push({ kind: 'speaker', index, text: name, start });
      }
      targets.push({ kind: 'line', index, text: texts[index] ?? '', start });
    }
  }
  return targets;
}

const SEPARATOR = '\n';

export interface EpisodeIndex {
  targets: readonly SearchTarget[];
  /** Every match of `query`, in page order, at once. */
  find(query: string): Match[];
  /**
   * The same search as steps: it yields after every STEP_WORK units of work (a match, or a character of a
   * target mapped back to its original), so a caller can spread it over tasks (see runUntil). Its result is
   * exactly `find`'s.
   */
  matching(query: string): Generator<void, Match[]>;
}

/** Work between two yields of a stepped search or index build: well under a millisecond. */
export const STEP_WORK = 1024;

/**
 * Runs `steps` until they are done or the clock (`performance.now()`) passes `deadline`; the clock is read
 * only where they yield. Returns the result when done, else undefined: `steps` can be run on later.
 */
export function runUntil<T>(steps: Iterator<void, T>, deadline: number): { value: T } | undefined {
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value };
    if (performance.now() >= deadline) return undefined;
  }
}

/** Runs `steps` to their end. */
export function runAll<T>(steps: Iterator<void, T>): T {
  return runUntil(steps, Number.POSITIVE_INFINITY)!.value;
}

export function createEpisodeIndex(targets: readonly SearchTarget[]): EpisodeIndex {
  return runAll(buildEpisodeIndex(targets));
}

/**
 * The index, built in steps (it yields every STEP_WORK characters folded): folding a 15,000-line
 * transcript takes tens of milliseconds, more than one task should take.
 */
export function* buildEpisodeIndex(targets: readonly SearchTarget[]): Generator<void, EpisodeIndex> {
  const offsets = new Uint32Array(targets.length);
  const inPlace = new Uint8Array(targets.length);
  const parts: string[] = [];
  let length = 0;
  let work = 0;
  for (let i = 0; i < targets.length; i++) {
    const { text } = targets[i]!;
    offsets[i] = length;
    inPlace[i] = foldsInPlace(text) ? 1 : 0;
    const folded = foldedString(text);
    parts.push(folded);
    length += folded.length + SEPARATOR.length;
    work += text.length;
    if (work >= STEP_WORK * 16) {
      work = 0;
      yield;
    }
  }
  const all = parts.join(SEPARATOR);
  const maps = new Map<number, FoldedText>();
  const mapOf = (target: number) => {
    let folded = maps.get(target);
    if (!folded) maps.set(target, (folded = foldText(targets[target]!.text)));
    return folded;
  };
  /** The target holding the joined string's character `at`: the last one starting at or before it. */
  const targetAt = (at: number) => {
    let low = 0;
    let high = targets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (offsets[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  function* matching(query: string): Generator<void, Match[]> {
    const folded = foldQuery(query);
    const matches: Match[] = [];
    if (folded === '') return matches;
    let work = 0;
    let at = all.indexOf(folded);
    while (at !== -1) {
      if (work >= STEP_WORK) {
        work = 0;
        yield;
      }
      const target = targetAt(at);
      const { start } = targets[target]!;
      const next = target + 1 < targets.length ? offsets[target + 1]! : all.length;
      if (inPlace[target]) {
        // Its matches are where the joined string has them, less the target's offset.
        for (; at !== -1 && at < next; at = all.indexOf(folded, at + folded.length)) {
          const from = at - offsets[target]!;
          matches.push({ target, range: { start: from, end: from + folded.length }, start });
          work++;
        }
        continue;
      }
      // Every match in that target at once, on its original characters; then on past it.
      if (!maps.has(target)) work += targets[target]!.text.length >> 2;
      for (const range of findMatches(mapOf(target), folded)) {
        matches.push({ target, range, start });
        work++;
      }
      at = all.indexOf(folded, next);
    }
    return matches;
  }

  return { targets, matching, find: (query) => runAll(matching(query)) };
}

/** The first match at or after `seconds` (a link's `?t=`, the spoken line), else the first of all; -1 if none. */
export function matchFrom(matches: readonly Match[], seconds: number): number {
  if (matches.length === 0) return -1;
  const at = matches.findIndex((match) => match.start >= seconds);
  return at === -1 ? 0 : at;
}
