import type { ReactNode } from 'react';
import type { TargetMarks } from './markHub.ts';

/**
 * Text with its search matches in `<mark>` elements, the current one set apart (`search-match-current`):
 * real elements, so the matches show in forced colours and to assistive technology, not by colour alone.
 * A function, not a component: without marks it is the bare text, and a line costs no extra fiber.
 */
export function markedText(text: string, marks: TargetMarks | undefined): ReactNode {
  if (!marks) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  marks.ranges.forEach((range, i) => {
    if (range.start > at) parts.push(text.slice(at, range.start));
    const current = i === marks.current;
    parts.push(
      <mark key={i} className={current ? 'search-match search-match-current' : 'search-match'}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
