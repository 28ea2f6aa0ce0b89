import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Section, TranscriptLine } from '../../src/episodes/model.ts';
import {
  createEpisodeIndex,
  matchFrom,
  searchTargets,
  targetKey,
  type SearchTarget,
} from '../../src/search/episodeSearch.ts';
import { findMatches } from '../../src/search/findMatches.ts';
import { foldQuery, foldText } from '../../src/search/fold.ts';
import { CHUNK_SIZE, createMarkHub } from '../../src/search/markHub.ts';
import { createSearchStore } from '../../src/search/searchStore.ts';
import { matchesPath, nearestMatch } from '../../src/transcript/ChapterTimeline.tsx';

const line = (start: number, text: string, speaker = 0, section = -1): TranscriptLine =>
  ({ start, text, speaker, section, estimated: false }) as TranscriptLine;
const section = (title: string, start: number, firstLine: number, lineCount: number): Section =>
  ({ title, start, end: start + 10, firstLine, lineCount }) as Section;

const lines = [
  line(0, 'Welcome to the show, Café fans.', 0),
  line(5, 'Thanks. I don’t mind.', 1, 0),
  line(9, 'Résumé tips: keep it short.', 1, 0),
  line(20, 'Back to the résumé.', 0, 1),
];
const sections = [section('Résumé basics', 5, 1, 2), section('Wrapping up', 20, 3, 1)];
const names = ['Alexey', 'Luke Whipps'];
const targets = searchTargets(lines, sections, names);
const index = createEpisodeIndex(targets);
const keysOf = (query: string) =>
  index.find(query).map((m) => targetKey(targets[m.target]!.kind, targets[m.target]!.index));

describe('what an episode search looks through', () => {
  it('is every title, shown speaker name and line, in page order', () => {
    // The lines before the first header, then each header, its speakers where they change, and its lines.
    expect(targets.map((t) => targetKey(t.kind, t.index))).toEqual([
      'p0',
      'l0',
      'h0',
      'p1',
      'l1',
      'l2',
      'h1',
      'p3',
      'l3',
    ]);
    expect(targets.find((t) => t.kind === 'speaker' && t.index === 1)).toMatchObject({ text: 'Luke Whipps', start: 5 });
    expect(targets.find((t) => t.kind === 'section' && t.index === 0)).toMatchObject({
      text: 'Résumé basics',
      start: 5,
    });
  });
});

describe('finding in an episode', () => {
  it('folds case, accents and quotes, and finds phrases across words', () => {
    expect(keysOf('resume')).toEqual(['h0', 'l2', 'l3']);
    expect(keysOf("don't")).toEqual(['l1']);
    expect(keysOf('CAFE FANS')).toEqual(['l0']);
    expect(keysOf('luke')).toEqual(['p1']);
  });

  it('marks the original characters', () => {
    const [match] = index.find("don't");
    expect(targets[match!.target]!.text.slice(match!.range.start, match!.range.end)).toBe('don’t');
  });

  it('never matches across two targets', () => {
    // "fans." ends line 0 and "Résumé" starts the next title: no match joins them.
    expect(index.find('fans. resume')).toEqual([]);
    expect(index.find('fans.\nresume')).toEqual([]);
  });

  it.each(['', '   ', 'x'.repeat(1000), '.*(', '😀', 'مرحبا'])('finds nothing, without error, for %j', (query) => {
    expect(index.find(query)).toEqual([]);
  });

  it('finds one letter everywhere it is', () => {
    expect(index.find('w').length).toBe(4); // Welcome, show, Whipps, Wrapping
  });
});

/** Targets of random text from characters real transcripts mix. */
const textOf = fc
  .array(fc.constantFrom('a', 'b', 'é', 'E', ' ', '\u00a0', "'", '’', '-', '.', 'ﬁ', 'i'), { maxLength: 30 })
  .map((chars) => chars.join(''));
const targetsOf = fc
  .array(textOf, { maxLength: 12 })
  .map((texts) => texts.map((text, i): SearchTarget => ({ kind: 'line', index: i, text, start: i })));

describe('finding, for any transcript and query', () => {
  it('finds exactly what searching each target on its own finds', () => {
    fc.assert(
      fc.property(targetsOf, textOf, (targets, query) => {
        const folded = foldQuery(query);
        const expected = targets.flatMap((target, i) =>
          folded === '' ? [] : findMatches(foldText(target.text), folded).map((range) => ({ target: i, range })),
        );
        const found = createEpisodeIndex(targets)
          .find(query)
          .map(({ target, range }) => ({ target, range }));
        expect(found).toEqual(expected);
      }),
    );
  });

  it('reports matches in page order', () => {
    fc.assert(
      fc.property(targetsOf, textOf, (targets, query) => {
        const found = createEpisodeIndex(targets).find(query);
        for (let i = 1; i < found.length; i++) {
          const [a, b] = [found[i - 1]!, found[i]!];
          expect(a.target < b.target || (a.target === b.target && a.range.end <= b.range.start)).toBe(true);
        }
      }),
    );
  });
});

describe('the current match', () => {
  const matches = index.find('e');
  it('is the first at or after the given second, else the first', () => {
    expect(matches[matchFrom(matches, 9)]!.start).toBe(9);
    expect(matches[matchFrom(matches, 100)]).toBe(matches[0]);
    expect(matchFrom([], 0)).toBe(-1);
  });
});

describe('the search store', () => {
  const store = () => createSearchStore(() => targets);

  it('steps through matches and wraps at both ends, saying so', () => {
    const search = store();
    search.getState().search('resume', 0);
    expect(search.getState()).toMatchObject({ open: true, current: 0, wrapped: null });
    search.getState().step(-1);
    expect(search.getState()).toMatchObject({ current: 2, wrapped: 'to-last' });
    search.getState().step(1);
    expect(search.getState()).toMatchObject({ current: 0, wrapped: 'to-first' });
    search.getState().step(1);
    expect(search.getState()).toMatchObject({ current: 1, wrapped: null });
  });

  it('asks for the current match to be shown on each step and query, unless told not to', () => {
    const search = store();
    search.getState().search('resume', 20, false);
    expect(search.getState()).toMatchObject({ reveals: 0, current: 2 });
    search.getState().step(1);
    search.getState().search('resum', 0);
    expect(search.getState().reveals).toBe(2);
  });

  it('clears everything on close', () => {
    const search = store();
    search.getState().search('resume', 0);
    search.getState().close();
    expect(search.getState()).toMatchObject({ open: false, query: '', matches: [], current: -1 });
  });
});

describe('publishing marks', () => {
  const many: SearchTarget[] = Array.from({ length: CHUNK_SIZE * 2 + 10 }, (_, i) => ({
    kind: 'line',
    index: i,
    text: `line ${i} of many`,
    start: i,
  }));

  it('notifies only the targets whose marks changed', () => {
    const search = createSearchStore(() => targets);
    const hub = createMarkHub(search, () => targets);
    const heard: string[] = [];
    for (const target of targets)
      hub.subscribe(targetKey(target.kind, target.index), () => heard.push(targetKey(target.kind, target.index)));
    search.getState().search('resume', 0);
    expect(heard.sort()).toEqual(['h0', 'l2', 'l3']);
    heard.length = 0;
    search.getState().step(1); // the current match moves from h0 to l2
    expect(heard.sort()).toEqual(['h0', 'l2']);
    expect(hub.marksOf('l2')).toEqual({ ranges: [{ start: 0, end: 6 }], current: 0 });
    heard.length = 0;
    search.getState().close();
    expect(heard.sort()).toEqual(['h0', 'l2', 'l3']);
    expect(hub.marksOf('l2')).toBeUndefined();
  });

  it('publishes targets near the view and the current match at once, the rest in chunks, one per task', () => {
    vi.useFakeTimers();
    try {
      const search = createSearchStore(() => many);
      const hub = createMarkHub(search, () => many);
      hub.setNearView((target) => target.index < 5);
      search.getState().search('many', 100);
      const published = () => many.filter((t) => hub.marksOf(targetKey('line', t.index))).length;
      expect(published()).toBe(6); // lines 0-4, and line 100, the current match
      vi.advanceTimersToNextTimer();
      expect(published()).toBe(6 + CHUNK_SIZE);
      vi.runAllTimers();
      expect(published()).toBe(many.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops what was still waiting when the query changes', () => {
    vi.useFakeTimers();
    try {
      const search = createSearchStore(() => many);
      const hub = createMarkHub(search, () => many);
      hub.setNearView(() => false);
      search.getState().search('many', 0);
      search.getState().search('zzz', 0);
      vi.runAllTimers();
      expect(many.filter((t) => hub.marksOf(targetKey('line', t.index)))).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('matches on the timeline', () => {
  const matches = index.find('e');
  it('draws one stroke per distinct place', () => {
    const path = matchesPath(matches, 40);
    expect(path.split('M').filter(Boolean).length).toBe(new Set(matches.map((m) => m.start)).size);
    expect(path).toContain('M22.5 0V1'); // 9 s of 40
  });

  it('goes to the nearest match within reach, else to none', () => {
    expect(matches[nearestMatch(matches, 19, 2)]!.start).toBe(20);
    expect(nearestMatch(matches, 15, 2)).toBe(-1);
  });
});
