import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineEnd, linesPassage, passageClock, passageLines, quoteText, speakersOf } from '../../src/share/passage.ts';

// Each line's start, and who says it.
const lines = [0, 10, 10, 25, 40];
const speakers = [0, 1, 1, 0, 1];

describe('passages', () => {
  it('end each line at the next start, the last at the episode end, never before its own start', () => {
    expect(lineEnd(lines, 0, 60)).toBe(10);
    expect(lineEnd(lines, 1, 60)).toBe(25); // the next line starts at the same second
    expect(lineEnd(lines, 4, 60)).toBe(60);
    expect(lineEnd(lines, 4, 30)).toBe(40);
  });

  it('cover the lines from the one spoken at the start to the last starting before the end', () => {
    expect(passageLines(lines, { start: 12, end: 30 })).toEqual({ first: 2, last: 3 });
    expect(passageLines(lines, { start: 25, end: 40 })).toEqual({ first: 3, last: 3 });
    expect(linesPassage(lines, 1, 3, 60)).toEqual({ start: 10, end: 40 });
  });

  it('round-trip: the lines of a passage made from lines are those lines', () => {
    const sorted = fc
      .array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 40 })
      .map((starts) => [...new Set(starts)].sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, fc.nat(), fc.nat(), (all, a, b) => {
        const first = Math.min(a, b) % all.length;
        const last = Math.max(first, Math.max(a, b) % all.length);
        const passage = linesPassage(all, first, last, all.at(-1)! + 30);
        expect(passageLines(all, passage)).toEqual({ first, last });
      }),
    );
  });

  it('name each speaker once, in order of speaking', () => {
    expect(speakersOf(speakers, 0, 4, ['Alexey', 'Luke Whipps'])).toEqual(['Alexey', 'Luke Whipps']);
    expect(speakersOf(speakers, 1, 2, ['Alexey', 'Luke Whipps'])).toEqual(['Luke Whipps']);
  });

  it('quote the words with who said them, the episode and the time range, then the link', () => {
    const text = quoteText({
      text: '  There are two\n elements  ',
      speakers: ['Luke Whipps'],
      episodeTitle: 'Preparing for a Data Science Interview',
      passage: { start: 1930, end: 1961 },
      link: 'https://example.org/episodes/s12e06?t=1930,1961',
    });
    expect(text).toBe(
      '“There are two elements” — Luke Whipps, Preparing for a Data Science Interview (32:10–32:41)\n' +
        'https://example.org/episodes/s12e06?t=1930,1961',
    );
    expect(passageClock({ start: 3600, end: 3725 })).toBe('1:00:00–1:02:05');
  });
});
