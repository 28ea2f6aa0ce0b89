/** Where a folded query occurs in a text, as ranges of the original text (see fold.ts). */
import type { FoldedText } from './fold.ts';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Every occurrence of `query` (already folded) in `folded`, left to right, not overlapping. Two occurrences
 * inside one original character (`f` twice in `ﬀ`) are one range: a mark cannot split a character.
 */
export function findMatches(folded: FoldedText, query: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (query === '') return ranges;
  for (let at = folded.text.indexOf(query); at !== -1; at = folded.text.indexOf(query, at + query.length)) {
    const start = folded.from[at]!;
    const end = folded.to[at + query.length - 1]!;
    const last = ranges.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}
