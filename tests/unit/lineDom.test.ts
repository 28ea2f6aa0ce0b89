// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paintMarks } from '../../src/transcript/lineDom.ts';
import type { TextRange } from '../../src/search/findMatches.ts';

/** Sorted, non-overlapping ranges inside a text of `length`. */
const rangesIn = (length: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 }).map((cuts): TextRange[] => {
    const sorted = cuts.sort((a, b) => a - b);
    const ranges: TextRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      if (sorted[i]! < sorted[i + 1]!) ranges.push({ start: sorted[i]!, end: sorted[i + 1]! });
    return ranges;
  });

const element = (text: string) => {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
};

describe('painting search marks into a line', () => {
  it('marks each range, the current one apart, keeping the text as it was', () => {
    const span = element('Résumé tips: keep your résumé short.');
    paintMarks(span, {
      ranges: [
        { start: 0, end: 6 },
        { start: 23, end: 29 },
      ],
      current: 1,
    });
    expect(span.textContent).toBe('Résumé tips: keep your résumé short.');
    const marks = [...span.querySelectorAll('mark')];
    expect(marks.map((mark) => [mark.textContent, mark.className])).toEqual([
      ['Résumé', 'search-match'],
      ['résumé', 'search-match search-match-current'],
    ]);
    paintMarks(span, undefined);
    expect(span.childNodes).toHaveLength(1);
    expect(span.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(span.textContent).toBe('Résumé tips: keep your résumé short.');
  });

  it('shows markup in a line as text, never as HTML', () => {
    const span = element('<img src=x onerror=alert(1)> and <b>bold</b>');
    paintMarks(span, { ranges: [{ start: 0, end: 4 }], current: 0 });
    expect(span.querySelector('img, b')).toBeNull();
    expect(span.textContent).toBe('<img src=x onerror=alert(1)> and <b>bold</b>');
  });

  it('for any text and ranges: the text is unchanged and each mark holds its range, repainted or cleared', () => {
    const cases = fc
      .string({ maxLength: 60 })
      .chain((text) => fc.tuple(fc.constant(text), rangesIn(text.length), rangesIn(text.length)));
    fc.assert(
      fc.property(cases, ([text, first, second]) => {
        const span = element(text);
        for (const ranges of [first, second]) {
          paintMarks(span, { ranges, current: ranges.length - 1 });
          expect(span.textContent).toBe(text);
          expect([...span.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(
            ranges.map((range) => text.slice(range.start, range.end)),
          );
          expect(span.querySelectorAll('.search-match-current')).toHaveLength(ranges.length > 0 ? 1 : 0);
        }
        paintMarks(span, undefined);
        expect(span.querySelector('mark')).toBeNull();
        expect(span.textContent).toBe(text);
      }),
    );
  });
});
