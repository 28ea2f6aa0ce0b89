/**
 * The transcript's lines (and section headers) as the page holds them: plain elements, prerendered (or
 * rendered once), that no component owns one by one. What changes on them later (the spoken line, search marks, a passage, the
 * copy buttons) is written onto those elements directly, so a transcript of 15,000 lines costs the page
 * no object per line beyond its DOM (see LineBlock.tsx).
 */
import type { TargetMarks } from '../search/markHub.ts';

/** Each line has an id: found in constant time, and `#line-42` links to it. */
export const lineId = (index: number) => `line-${index}`;

export const lineById = (document: Document, index: number) => document.getElementById(lineId(index));

/** A section's header has one too (`#section-3`). */
export const sectionId = (index: number) => `section-${index}`;

export const sectionById = (document: Document, index: number) => document.getElementById(sectionId(index));

/** Line `index`'s words, as the page shows them ('' when it has no such line). */
export function lineText(index: number): string {
  return lineById(document, index)?.querySelector('.line-text')?.textContent ?? '';
}

/** Every line's words, in order, read in one pass over the page (for search's index). */
export function lineTexts(): string[] {
  return [...document.querySelectorAll('.transcript .line-text')].map((text) => text.textContent ?? '');
}

/** The speaker's name shown above line `index`, if one is. */
export function speakerOf(index: number): HTMLElement | null {
  const before = lineById(document, index)?.previousElementSibling;
  return before?.classList.contains('line-speaker') ? (before as HTMLElement) : null;
}

/**
 * Writes `marks` into `element`'s text: each match in a `<mark>` (a real element, so matches show in forced
 * colours and to assistive technology, not by colour alone), the current one set apart; without marks, the
 * bare text again. The text is read from the element itself, so it is never parsed as HTML.
 */
export function paintMarks(element: Element, marks: TargetMarks | undefined): void {
  const text = element.textContent ?? '';
  if (!marks) {
    if (element.childElementCount > 0) element.textContent = text;
    return;
  }
  const document = element.ownerDocument;
  const parts: Node[] = [];
  let at = 0;
  marks.ranges.forEach((range, i) => {
    if (range.start > at) parts.push(document.createTextNode(text.slice(at, range.start)));
    const mark = document.createElement('mark');
    mark.className = i === marks.current ? 'search-match search-match-current' : 'search-match';
    mark.textContent = text.slice(range.start, range.end);
    parts.push(mark);
    at = range.end;
  });
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  element.replaceChildren(...parts);
}
