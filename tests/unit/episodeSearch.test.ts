import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section, TranscriptLine } from '../../src/episodes/model.ts';
import {
  createEpisodeIndex,
  matchFrom,
  searchTargets,
  targetKey,
  type SearchTarget,
} from '../../src/search/episodeSearch.ts';
import { timingOf } from '../../src/episodes/pageData.ts';
import { findMatches } from '../../src/search/findMatches.ts';
import { foldQuery, foldText } from '../../src/search/fold.ts';
import { matchCount } from '../../src/search/EpisodeSearchBar.tsx';
import { createMarkHub, type TargetMarks } from '../../src/search/markHub.ts';
import { createSearchStore, type Scheduler } from '../../src/search/searchStore.ts';
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
const targets = searchTargets(
  timingOf(lines),
  sections,
  names,
  lines.map((line) => line.text),
);
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
  // Each search in one slice, whatever the clock says: these tests are about what the state says.
  const store = () => createSearchStore(() => targets, { sliceMs: Infinity });

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

/** Tasks the page schedules, run when the test says: in order, skipping those called off. */
function taskQueue() {
  const queue: { task: () => void; live: boolean }[] = [];
  const schedule: Scheduler = (task) => {
    const entry = { task, live: true };
    queue.push(entry);
    return () => void (entry.live = false);
  };
  const runOne = () => {
    const entry = queue.shift();
    if (entry?.live) entry.task();
    return entry !== undefined;
  };
  return {
    schedule,
    runOne,
    run(tasks: number) {
      for (let i = 0; i < tasks && runOne(); i++);
    },
    drain() {
      let tasks = 0;
      while (runOne()) tasks++;
      return tasks;
    },
    live: () => queue.filter((entry) => entry.live).length,
  };
}

/** Many targets with several matches each: a search of them takes many steps (see STEP_WORK). */
const many: SearchTarget[] = Array.from({ length: 3000 }, (_, i) => ({
  kind: 'line',
  index: i,
  text: `line ${i}: a line of many lines`,
  start: i,
}));
const manyIndex = createEpisodeIndex(many);

describe('searching in slices', () => {
  // sliceMs 0: one step of work per task, so every search of `many` spans tasks.
  const sliced = (targets: readonly SearchTarget[]) => {
    const tasks = taskQueue();
    return { tasks, search: createSearchStore(() => targets, { schedule: tasks.schedule, sliceMs: 0 }) };
  };

  it('applies a long search when its last slice is done, the field showing the query at once', () => {
    const { tasks, search } = sliced(many);
    search.getState().search('line', 10);
    expect(search.getState()).toMatchObject({ open: true, query: 'line', searched: '', matches: [] });
    expect(matchCount(search.getState())).toBe(''); // not "No matches" while it looks
    expect(tasks.drain()).toBeGreaterThan(1);
    const matches = manyIndex.find('line');
    expect(search.getState()).toMatchObject({ searched: 'line', matches, current: matchFrom(matches, 10) });
    expect(matchCount(search.getState())).toBe(`${matchFrom(matches, 10) + 1} of ${matches.length}`);
  });

  it('keeps the previous count until the new one is known', () => {
    const { tasks, search } = sliced(many);
    search.getState().search('line', 0);
    tasks.drain();
    const before = matchCount(search.getState());
    search.getState().search('lines', 0);
    tasks.run(1);
    expect(search.getState().query).toBe('lines');
    expect(matchCount(search.getState())).toBe(before);
    tasks.drain();
    expect(matchCount(search.getState())).toBe(`1 of ${manyIndex.find('lines').length}`);
  });

  it('drops a search when the reader types on, or closes the field', () => {
    const { tasks, search } = sliced(many);
    search.getState().search('l', 0);
    tasks.run(2);
    search.getState().search('li', 0);
    expect(tasks.live()).toBe(1); // the older search's next slice is called off
    tasks.drain();
    expect(search.getState()).toMatchObject({ searched: 'li', matches: manyIndex.find('li') });
    search.getState().search('lin', 0);
    search.getState().close();
    expect(tasks.live()).toBe(0);
    expect(search.getState()).toMatchObject({ open: false, query: '', searched: '', matches: [] });
  });

  it('finishes a search still under way when the reader steps, and steps from its current match', () => {
    const { tasks, search } = sliced(many);
    search.getState().search('many', 100);
    search.getState().step(1);
    expect(tasks.live()).toBe(0);
    expect(search.getState()).toMatchObject({ searched: 'many', current: 101 });
  });

  it('builds the index in slices from the task after the field opens', () => {
    const { tasks, search } = sliced(many);
    search.getState().openSearch();
    expect(tasks.live()).toBe(1); // nothing built in the task that opened it
    tasks.run(2);
    expect(tasks.live()).toBe(1); // still building
    search.getState().search('of many', 0); // carries on from where the build is
    tasks.drain();
    expect(search.getState().matches).toEqual(manyIndex.find('of many'));
  });

  /** What the reader does: a key (a query), or some tasks passing before the next. */
  const actions = fc.array(
    fc.oneof(
      fc.record({ query: fc.constantFrom('', 'l', 'li', 'line', 'line 1', 'a l', 'many', 'zz', '1', '2:') }),
      fc.record({ tasks: fc.nat(6) }),
      fc.constant({ open: true }),
      fc.constant({ step: true }),
    ),
    { maxLength: 12 },
  );
  const few = many.slice(0, 120);
  const fewIndex = createEpisodeIndex(few);

  it('ends, after any keys and pauses, with what one search of the last query finds; its state never mixes queries', () => {
    fc.assert(
      fc.property(actions, (steps) => {
        const { tasks, search } = sliced(few);
        let last = '';
        const consistent = () => {
          const state = search.getState();
          expect(state.query).toBe(last);
          expect(state.matches).toEqual(state.searched.trim() === '' ? [] : fewIndex.find(state.searched));
        };
        for (const step of steps) {
          if ('query' in step) search.getState().search((last = step.query), 0);
          else if ('tasks' in step) for (let i = 0; i < step.tasks; i++) tasks.runOne();
          else if ('open' in step) search.getState().openSearch();
          else search.getState().step(1);
          consistent();
        }
        tasks.drain();
        consistent();
        expect(search.getState().searched).toBe(last);
      }),
    );
  });
});

describe('publishing marks', () => {
  it('notifies only the targets whose marks changed', () => {
    const search = createSearchStore(() => targets, { sliceMs: Infinity });
    const hub = createMarkHub(search, () => targets);
    const heard: string[] = [];
    hub.onPublish((target) => heard.push(targetKey(target.kind, target.index)));
    search.getState().search('resume', 0);
    expect(heard.sort()).toEqual(['h0', 'l2', 'l3']);
    heard.length = 0;
    search.getState().search('resume ', 0); // the same matches: nothing re-renders
    expect(heard).toEqual([]);
    search.getState().step(1); // the current match moves from h0 to l2
    expect(heard.sort()).toEqual(['h0', 'l2']);
    expect(hub.marksOf('l2')).toEqual({ ranges: [{ start: 0, end: 6 }], current: 0 });
    heard.length = 0;
    search.getState().close();
    expect(heard.sort()).toEqual(['h0', 'l2', 'l3']);
    expect(hub.marksOf('l2')).toBeUndefined();
  });

  /** A page whose marks go out a task at a time, `weight` per task, with lines below 5 in view. */
  const page = (weight: number) => {
    const tasks = taskQueue();
    const search = createSearchStore(() => many, { sliceMs: Infinity });
    const hub = createMarkHub(search, () => many, { schedule: tasks.schedule, sliceMs: Infinity, taskWeight: weight });
    hub.setNearView((target) => target.index < 5);
    const published = () => many.filter((t) => hub.marksOf(targetKey('line', t.index))).map((t) => t.index);
    return { tasks, search, hub, published };
  };

  it('publishes the current match and the view at once, then the rest nearest the current match first', () => {
    // Each line of `many` has one "many": a target costs 2 (itself and its mark), so 10 a task is 5 targets.
    const { tasks, search, hub, published } = page(10);
    search.getState().search('many', 100);
    expect(published()).toEqual([0, 1, 2, 3, 4, 100]);
    expect(hub.marksOf('l100')).toMatchObject({ current: 0 });
    tasks.runOne();
    expect(published()).toEqual([0, 1, 2, 3, 4, 98, 99, 100, 101, 102, 103]);
    tasks.drain();
    expect(published()).toHaveLength(many.length);
  });

  it('publishes no more than its weight in one task, beyond the current match', () => {
    const { tasks, search, hub } = page(40);
    let cost = 0;
    hub.onPublish((_, marks) => (cost += 1 + (marks?.ranges.length ?? 0)));
    search.getState().search('line', 1500); // 3 marks a line
    expect(cost).toBeLessThanOrEqual(40 + 4 + 4);
    while (tasks.live() > 0) {
      cost = 0;
      tasks.runOne();
      expect(cost).toBeLessThanOrEqual(40 + 4);
    }
  });

  it('drops what was still waiting when the query changes', () => {
    const { tasks, search, published } = page(12);
    search.getState().search('many', 0);
    search.getState().search('zzz', 0);
    tasks.drain();
    expect(published()).toEqual([]);
  });

  it('ends, after any keys, steps and pauses, showing on every target just what one search gives, the current match at once', () => {
    const few = many.slice(0, 120);
    const fewIndex = createEpisodeIndex(few);
    const steps = fc.array(
      fc.oneof(
        fc.record({ query: fc.constantFrom('', 'l', 'line', 'line 1', 'many', 'zz', '1', ': a') }),
        fc.record({ tasks: fc.nat(4) }),
        fc.record({ step: fc.constantFrom(1 as const, -1 as const) }),
      ),
      { maxLength: 14 },
    );
    fc.assert(
      fc.property(steps, fc.nat(119), fc.integer({ min: 1, max: 30 }), (actions, view, weight) => {
        const tasks = taskQueue();
        const slicing = { schedule: tasks.schedule, sliceMs: 0 };
        const search = createSearchStore(() => few, slicing);
        const hub = createMarkHub(search, () => few, { ...slicing, taskWeight: weight });
        hub.setNearView((target) => Math.abs(target.index - view) < 10);
        const currentShows = () => {
          const { matches, current } = search.getState();
          const match = matches[current];
          if (!match) return;
          const marks = hub.marksOf(targetKey('line', match.target))!;
          expect(marks.ranges[marks.current]).toEqual(match.range);
        };
        for (const action of actions) {
          if ('query' in action) search.getState().search(action.query, 0);
          else if ('step' in action) search.getState().step(action.step);
          else for (let i = 0; i < action.tasks; i++) tasks.runOne();
          currentShows();
        }
        tasks.drain();
        const { matches, current } = search.getState();
        expect(matches).toEqual(
          search.getState().searched.trim() === '' ? [] : fewIndex.find(search.getState().searched),
        );
        const expected = new Map<string, TargetMarks>();
        matches.forEach((match, i) => {
          const key = targetKey('line', match.target);
          const marks = expected.get(key) ?? { ranges: [], current: -1 };
          if (i === current) marks.current = marks.ranges.length;
          expected.set(key, { ranges: [...marks.ranges, match.range], current: marks.current });
        });
        for (const target of few) {
          const key = targetKey('line', target.index);
          expect(hub.marksOf(key)).toEqual(expected.get(key));
        }
      }),
    );
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
