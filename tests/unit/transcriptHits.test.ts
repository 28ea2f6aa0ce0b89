import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStarts, encodeStarts, linkSecond } from '../../src/search/lineStarts.ts';
import {
  bestHits,
  BREAK_ID,
  EXCERPT_WORDS,
  episodeHits,
  indexQuery,
  lineHits,
  matchesQuery,
  MAX_QUERY_WORDS,
  mergeRanges,
  queryWords,
  searchesTranscripts,
  type LineHit,
  type MarkedText,
  type PagefindFragment,
} from '../../src/search/transcriptHits.ts';

/** A transcript as the index holds it: labels (speakers, headers) and lines, in page order. */
type Block = { label: string } | { line: string; start: number };

/** The fragment Pagefind makes of a page with these blocks (see pagefindPage.ts), with hits at `locations`. */
function fragmentOf(
  blocks: readonly Block[],
  locations: readonly number[] = [],
  slug = 'an-episode',
): PagefindFragment {
  const words: string[] = [];
  const anchors: PagefindFragment['anchors'][number][] = [];
  const starts: number[] = [];
  for (const block of blocks) {
    if ('label' in block) anchors.push({ id: BREAK_ID, location: words.length });
    else {
      anchors.push({ id: `line-${starts.length}`, location: words.length });
      starts.push(block.start);
    }
    words.push(...('label' in block ? block.label : block.line).split(' '));
  }
  return {
    url: `/episodes/${slug}`,
    content: words.join(' '),
    meta: { slug, title: 'An episode', starts: encodeStarts(starts) },
    anchors,
    locations,
  };
}

/** Where a word is in the fragment's text. */
const wordAt = (fragment: PagefindFragment, word: string, nth = 0) => {
  const positions = fragment.content
    .split(' ')
    .flatMap((w, i) => (w.replace(/[^\p{L}]/gu, '').toLowerCase() === word ? [i] : []));
  return positions[nth]!;
};

/** A marked text as `plain [marked] plain`. */
const show = ({ text, marks }: MarkedText) => {
  let out = '';
  let at = 0;
  for (const { start, end } of marks) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};

const BLOCKS: Block[] = [
  { label: 'Getting started' },
  { label: 'Alexey.' },
  { line: 'Welcome to the show, we talk about Résumés today.', start: 12 },
  { label: 'Luke Whipps.' },
  { line: 'Thanks. I don’t think a résumé is everything.', start: 25 },
  { line: 'Interviews matter more than people think.', start: 31 },
];

describe('line starts in the index', () => {
  it('round-trip any list of whole seconds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e7 })), (seconds) => {
        expect(decodeStarts(encodeStarts(seconds))).toEqual(seconds);
      }),
    );
  });

  it('are written as base-36 differences, short for a non-decreasing timeline', () => {
    expect(encodeStarts([0, 5, 17, 17, 40])).toBe('0,5,c,0,n');
    expect(encodeStarts([3600])).toBe('2s0');
  });

  it('link inside their line: a start rounds up, and never below zero', () => {
    expect([0, 12.2, 12.9, 13, -1].map(linkSecond)).toEqual([0, 13, 13, 13, 0]);
  });

  it('read what they can of a missing or damaged record', () => {
    expect(decodeStarts(undefined)).toEqual([]);
    expect(decodeStarts('')).toEqual([]);
    expect(decodeStarts('a,?,2')).toEqual([10, 10, 12]);
  });
});

describe('transcript hits', () => {
  it('map each hit position to the line it falls in, at that line’s second', () => {
    const fragment = fragmentOf(BLOCKS);
    const hits = lineHits(
      { ...fragment, locations: [wordAt(fragment, 'interviews'), wordAt(fragment, 'show')] },
      'interviews show',
    );
    expect(hits.map((hit) => [hit.line, hit.second])).toEqual([
      [0, 12],
      [2, 31],
    ]);
  });

  it('mark every occurrence of each query word, folded (case, accents, quote styles)', () => {
    const fragment = fragmentOf(BLOCKS);
    const at = [wordAt(fragment, 'résumés'), wordAt(fragment, 'dont')];
    const hits = lineHits({ ...fragment, locations: at }, "resume don't");
    expect(hits.map((hit) => show(hit.excerpt))).toEqual([
      'Welcome to the show, we talk about [Résumés] today.',
      'Thanks. I [don’t] think a [résumé] is everything.',
    ]);
  });

  it('mark the words Pagefind matched even where they differ from the query (stemming, prefixes)', () => {
    const fragment = fragmentOf(BLOCKS);
    const [hit] = lineHits({ ...fragment, locations: [wordAt(fragment, 'interviews')] }, 'interview');
    expect(show(hit!.excerpt)).toBe('[Interviews] matter more than people think.');
    const [prefix] = lineHits({ ...fragment, locations: [wordAt(fragment, 'welcome')] }, 'welc');
    expect(show(prefix!.excerpt)).toBe('[Welcome] to the show, we talk about Résumés today.');
  });

  it('show a hit in a speaker label or section header with the line that follows it, the label first', () => {
    const fragment = fragmentOf(BLOCKS);
    const hits = lineHits(
      { ...fragment, locations: [wordAt(fragment, 'luke'), wordAt(fragment, 'started')] },
      'luke started',
    );
    expect(hits.map((hit) => [hit.line, hit.label && show(hit.label), show(hit.excerpt)])).toEqual([
      [0, 'Getting [started]', 'Welcome to the show, we talk about Résumés today.'],
      [1, '[Luke] Whipps', 'Thanks. I don’t think a résumé is everything.'],
    ]);
  });

  it('show the words around the first hit of a long line, saying what was cut', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`);
    long[60] = 'needle';
    const fragment = fragmentOf([{ line: long.join(' '), start: 0 }]);
    const [hit] = lineHits({ ...fragment, locations: [60] }, 'needle');
    const words = hit!.excerpt.text.split(' ');
    expect(words).toHaveLength(EXCERPT_WORDS);
    expect(words[8]).toBe('needle');
    expect([hit!.cutBefore, hit!.cutAfter]).toEqual([true, true]);

    const [start] = lineHits({ ...fragment, locations: [2] }, 'w2');
    expect([start!.cutBefore, start!.cutAfter, start!.excerpt.text.split(' ')[0]]).toEqual([false, true, 'w0']);
    const [end] = lineHits({ ...fragment, locations: [99] }, 'w99');
    expect([end!.cutBefore, end!.cutAfter, end!.excerpt.text.split(' ').length]).toEqual([true, false, EXCERPT_WORDS]);
  });

  it('ignore positions outside the text, and anchors that are not markers', () => {
    const fragment = fragmentOf(BLOCKS);
    const hits = lineHits(
      { ...fragment, anchors: [...fragment.anchors, { id: 'transcript-heading', location: 3 }], locations: [-1, 999] },
      'x',
    );
    expect(hits).toEqual([]);
  });

  it('rank lines by Pagefind’s scores, a label’s hits counting for less', () => {
    const fragment = fragmentOf(BLOCKS);
    const weighted = [
      { location: wordAt(fragment, 'luke'), balanced_score: 10 },
      { location: wordAt(fragment, 'interviews'), balanced_score: 6 },
    ];
    const hits = lineHits({ ...fragment, weighted_locations: weighted }, 'luke interviews');
    expect(hits.map((hit) => [hit.line, hit.score])).toEqual([
      [1, 5],
      [2, 6],
    ]);
  });

  it.each([
    ['many words', fc.array(fc.string(), { maxLength: 40 })],
    [
      'odd text',
      fc.array(fc.oneof(fc.constantFrom('😀', 'مرحبا', '.*(', '“', 'ﬁ', 'İ'), fc.string()), { maxLength: 20 }),
    ],
  ])('always land on the line whose words hold the hit (%s), with marks inside the text', (_, text) => {
    const block = fc.oneof(
      fc.record({ label: fc.stringMatching(/^[A-Za-z]{1,8}( [A-Za-z]{1,8}){0,2}$/) }),
      fc.record({
        line: text.map((words) => words.map((w) => w.replace(/\s/g, '') || 'x').join(' ') || 'x'),
        start: fc.nat(10_000),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(200)),
        fc.string(),
        (blocks, at, q) => {
          const fragment = fragmentOf(blocks);
          const wordCount = fragment.content.split(' ').length;
          const locations = at.map((i) => i % wordCount);
          // Without words to judge by (see matchesQuery), every position counts.
          const hits = lineHits({ ...fragment, locations }, '');
          // The reference: walk the blocks, and take the next line for a position in a label.
          const expected = new Set<number>();
          let word = 0;
          let line = -1;
          const owner: Array<{ line: number; label: boolean }> = [];
          for (const b of blocks) {
            const n = ('label' in b ? b.label : b.line).split(' ').length;
            if (!('label' in b)) line++;
            for (let i = 0; i < n; i++)
              owner[word++] = 'label' in b ? { line: -1, label: true } : { line, label: false };
          }
          for (const location of locations) {
            const own = owner[location]!;
            if (!own.label) expected.add(own.line);
            else {
              const next = owner.slice(location).find((o) => !o.label);
              if (next) expected.add(next.line);
            }
          }
          expect(hits.map((hit) => hit.line)).toEqual([...expected].sort((a, b) => a - b));
          for (const hit of lineHits({ ...fragment, locations }, q)) {
            for (const shown of [hit.excerpt, ...(hit.label ? [hit.label] : [])]) {
              expect(mergeRanges(shown.marks)).toEqual(shown.marks);
              for (const mark of shown.marks) expect(0 <= mark.start && mark.end <= shown.text.length).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('words Pagefind matched', () => {
  it.each([
    ['interview', ['interv'], true],
    ['Interviews,', ['interview'], true],
    ['interview', ['interviews'], true],
    ['run', ['running'], true],
    ['pre-research', ['research'], true],
    ['“Résumé”', ['resume'], true],
    ['AI', ['ai'], true],
    ['Z,', ['zxqv'], false],
    ['A/A', ['aaaaaaaaaa'], false],
    ['team', ['zxqv', 'tea'], true],
    ['anything', [], true],
  ])('%j is what %j asked for: %s', (word, query, expected) => {
    expect(matchesQuery(word, query)).toBe(expected);
  });

  it('drop what only shares a first letter with the query: nonsense finds nothing', () => {
    const fragment = fragmentOf(BLOCKS);
    expect(lineHits({ ...fragment, locations: [wordAt(fragment, 'thanks')] }, 'tzzqv')).toEqual([]);
  });
});

describe('an episode’s hits', () => {
  const hit = (line: number, score: number) => ({ line, score }) as LineHit;

  it('show the best few, in line order', () => {
    const hits = [hit(0, 1), hit(1, 5), hit(2, 1), hit(3, 9), hit(4, 5)];
    expect(bestHits(hits, 3).map((h) => h.line)).toEqual([1, 3, 4]);
    expect(bestHits([hit(0, 1), hit(1, 1)], 3).map((h) => h.line)).toEqual([0, 1]);
  });

  it('are named by the slug the page records, else its address', () => {
    const fragment = fragmentOf(BLOCKS, [], 'with space');
    expect(episodeHits(fragment, 'x')).toMatchObject({ slug: 'with space', title: 'An episode' });
    const meta = { starts: fragment.meta.starts };
    expect(episodeHits({ ...fragment, meta, url: '/podcast/episodes/a%20b/' }, 'x')).toMatchObject({
      slug: 'a b',
      title: 'a b',
    });
  });
});

describe('queries', () => {
  it.each([
    ['', false],
    ['a', false],
    ['é', false],
    ['.*(', false],
    ['!!', false],
    ['😀😀', false],
    ['ai', true],
    ['a1', true],
    [' a b ', true],
    ['שלום', true],
    ['مرحبا', true],
  ])('%j searches transcripts: %s', (query, expected) => {
    expect(searchesTranscripts(query)).toBe(expected);
  });

  it('send the index the first words only, however long the query', () => {
    const long = 'word '.repeat(200) + 'x'.repeat(1000);
    expect(indexQuery(long).split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(indexQuery('  two   words ')).toBe('two words');
  });

  it('mark words folded, without the punctuation around them, each once', () => {
    expect(queryWords('“Résumé,” resume .*( DON’T')).toEqual(['resume', "don't"]);
  });
});
