import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/search/findMatches.ts';
import { foldQuery, foldText } from '../../src/search/fold.ts';

const marked = (text: string, query: string) =>
  findMatches(foldText(text), foldQuery(query)).map(({ start, end }) => text.slice(start, end));

describe('folding for search', () => {
  it.each([
    ['Résumé, RESUME and resume', 'resume', ['Résumé', 'RESUME', 'resume']],
    ['I don’t know', "don't", ['don’t']],
    ['“Quoted” words', '"quoted"', ['“Quoted”']],
    ['end‑to‑end — and back', 'end-to-end - and', ['end‑to‑end — and']],
    ['data\u00a0 science', 'data science', ['data\u00a0 science']],
    ['Ångström', 'angstrom', ['Ångström']],
    ['İstanbul', 'istanbul', ['İstanbul']],
    ['the ﬁrst ﬁle', 'fi', ['ﬁ', 'ﬁ']],
    ['😀 emoji 😀', '😀', ['😀', '😀']],
    ['مرحبا بالعالم', 'بالعالم', ['بالعالم']],
    ['regex .*( chars', '.*(', ['.*(']],
    ['nothing here', 'absent', []],
    ['anything', '   ', []],
  ])('in %j, %j marks %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('marks a character once however many matches fall inside it', () => {
    expect(findMatches(foldText('ﬀ'), 'f')).toEqual([{ start: 0, end: 1 }]);
  });
});

/** Letters, accents, quotes and spaces of several kinds: what real transcripts mix. */
const CHARS = [
  'a',
  'b',
  'e',
  'é',
  'E',
  'É',
  'e\u0301',
  ' ',
  '\u00a0',
  '\t',
  "'",
  '’',
  '"',
  '“',
  '-',
  '—',
  '.',
  '*',
  '(',
];
const textOf = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((chars) => chars.join(''));

/** Non-overlapping occurrences, by looking at every position in turn. */
function naiveCount(text: string, query: string): number {
  let count = 0;
  for (let i = 0; i + query.length <= text.length;) {
    if (text.slice(i, i + query.length) === query) {
      count++;
      i += query.length;
    } else i++;
  }
  return count;
}

describe('matching, for any text and query', () => {
  it('reports only ranges whose text folds to something containing the query', () => {
    fc.assert(
      fc.property(textOf, textOf, (text, rawQuery) => {
        const query = foldQuery(rawQuery);
        for (const { start, end } of findMatches(foldText(text), query)) {
          expect(foldText(text.slice(start, end)).text).toContain(query);
        }
      }),
    );
  });

  it('finds as many matches as a naive scan of the folded text', () => {
    fc.assert(
      fc.property(textOf, textOf, (text, rawQuery) => {
        const query = foldQuery(rawQuery);
        if (query === '') return;
        expect(findMatches(foldText(text), query)).toHaveLength(naiveCount(foldText(text).text, query));
      }),
    );
  });

  it('reports ranges in order, each inside the text and after the one before', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 4 }),
        (text, q) => {
          let previous = 0;
          for (const { start, end } of findMatches(foldText(text), foldQuery(q))) {
            expect(start).toBeGreaterThanOrEqual(previous);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(text.length);
            previous = end;
          }
        },
      ),
    );
  });
});

describe('the plain-ASCII fast path', () => {
  it('folds exactly as the general path does', () => {
    // An accent at the end sends the same text down the general path; its fold then ends with one more 'e'.
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ `\'"-.*( \t9'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(ascii, (text) => {
        const fast = foldText(text);
        const general = foldText(`${text}é`);
        expect(general.text).toBe(`${fast.text}e`);
        expect([...general.from].slice(0, -1)).toEqual([...fast.from]);
        expect([...general.to].slice(0, -1)).toEqual([...fast.to]);
      }),
    );
  });
});
