/**
 * Marks the lines of the passage a link opened at (`data-passage`, styled apart from the spoken line and
 * from search matches), by setting the attribute on those elements after hydration: the prerendered page is
 * the page at its path alone, and a passage is in its address.
 */
import { useLayoutEffect } from 'react';
import { passageLines, type Passage } from '../share/passage.ts';
import { lineId } from './lineDom.ts';

/** `starts`: every line's start. */
export function usePassageMarks(starts: readonly number[], passage: Passage | undefined): void {
  useLayoutEffect(() => {
    if (!passage || starts.length === 0) return;
    const { first, last } = passageLines(starts, passage);
    const marked: HTMLElement[] = [];
    for (let i = first; i <= last; i++) {
      const line = document.getElementById(lineId(i));
      if (!line) continue;
      line.dataset.passage = i === first ? 'first' : i === last ? 'last' : '';
      marked.push(line);
    }
    return () => marked.forEach((line) => delete line.dataset.passage);
  }, [starts, passage]);
}
