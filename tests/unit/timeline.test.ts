import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, keptSecIndices, type TimelineItem } from '../../src/episodes/timeline.ts';

const items = (...secs: Array<number | undefined>): TimelineItem[] => secs.map((sec) => ({ sec, weight: 10 }));

describe('buildTimeline', () => {
  it('keeps every sec of an increasing transcript exactly', () => {
    const timeline = buildTimeline(items(0, 5, 12, 30))!;
    expect(timeline.starts).toEqual([0, 5, 12, 30]);
    expect(timeline.estimated).toEqual([false, false, false, false]);
    expect(timeline.dropped).toEqual([]);
  });

  it('spreads lines that repeat a sec over the span to the next later sec, by text length', () => {
    const timeline = buildTimeline([
      { sec: 100, weight: 10 },
      { sec: 100, weight: 30 },
      { sec: undefined, weight: 20 },
      { sec: 140, weight: 10 },
    ])!;
    // 60 characters share 40 s: the second line starts after 10 of them (106.7 s), the third after 40
    // (126.7 s); estimates fall on whole seconds.
    expect(timeline.starts).toEqual([100, 106, 126, 140]);
    expect(timeline.estimated).toEqual([false, true, true, false]);
  });

  it('keeps the fraction of an estimate less than a second after the line before it', () => {
    const timeline = buildTimeline([
      { sec: 10, weight: 10 },
      { sec: undefined, weight: 10 },
      { sec: undefined, weight: 10 },
      { sec: 11, weight: 10 },
    ])!;
    expect(timeline.starts).toEqual([10, 10.33, 10.66, 11]);
  });

  it('treats sec 0 as a real time', () => {
    const timeline = buildTimeline(items(0, undefined, 10))!;
    expect(timeline.starts).toEqual([0, 5, 10]);
    expect(timeline.estimated).toEqual([false, true, false]);
  });

  it('drops a backwards sec like clamping would and estimates the line after its predecessor', () => {
    const timeline = buildTimeline(items(100, 200, 195, 300))!;
    expect(timeline.starts).toEqual([100, 200, 250, 300]);
    expect(timeline.dropped).toEqual([{ index: 2, sec: 195, kind: 'backwards', start: 250 }]);
  });

  it('drops one stray sec far ahead instead of squashing the correct lines after it', () => {
    const timeline = buildTimeline(items(100, 2000, 110, 120, 130))!;
    expect(timeline.starts).toEqual([100, 105, 110, 120, 130]);
    expect(timeline.dropped).toEqual([{ index: 1, sec: 2000, kind: 'ahead', start: 105 }]);
  });

  it('gives the last lines and the lines before the first sec the episode speaking rate', () => {
    // 100 characters per 10 s span: 10 characters per second.
    const timeline = buildTimeline([undefined, 50, 60, 70, undefined].map((sec) => ({ sec, weight: 100 })))!;
    expect(timeline.rate).toBe(10);
    expect(timeline.starts).toEqual([40, 50, 60, 70, 80]);
    expect(timeline.end).toBe(90);
  });

  it('is undefined when no line has a sec', () => {
    expect(buildTimeline(items(undefined, undefined))).toBeUndefined();
  });
});

describe('keptSecIndices', () => {
  it('prefers the earlier line when two choices are equally long', () => {
    expect(keptSecIndices(items(114, 163, 144, 175))).toEqual([0, 1, 3]);
  });

  it('keeps a longest non-decreasing run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }), { maxLength: 40 }),
        (secs) => {
          const kept = keptSecIndices(items(...secs));
          const keptSecs = kept.map((i) => secs[i]!);
          expect(kept).toEqual([...kept].sort((a, b) => a - b));
          expect(keptSecs).toEqual([...keptSecs].sort((a, b) => a - b));
          expect(kept.length).toBe(longestNonDecreasing(secs.filter((s): s is number => s !== undefined)));
        },
      ),
    );
  });
});

describe('timeline invariants', () => {
  const transcript = fc.array(
    fc.record({
      sec: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined, freq: 3 }),
      weight: fc.integer({ min: 0, max: 600 }),
    }),
    { minLength: 1, maxLength: 120 },
  );
  const timed = transcript.filter((list) => list.some((item) => item.sec !== undefined));

  it('starts never decrease, so clamping and estimation never reorder lines', () => {
    fc.assert(
      fc.property(timed, (list) => {
        const { starts } = buildTimeline(list)!;
        starts.forEach((start, i) => i > 0 && expect(start).toBeGreaterThanOrEqual(starts[i - 1]!));
      }),
    );
  });

  it('every start lies within the episode', () => {
    fc.assert(
      fc.property(timed, (list) => {
        const { starts, end } = buildTimeline(list)!;
        for (const start of starts) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThanOrEqual(end);
        }
      }),
    );
  });

  it('a line whose sec is later than every earlier sec and not later than any later one keeps it exactly', () => {
    fc.assert(
      fc.property(timed, (list) => {
        const { starts, estimated } = buildTimeline(list)!;
        list.forEach(({ sec }, i) => {
          if (sec === undefined) return;
          const earlier = list.slice(0, i).map((item) => item.sec ?? -1);
          const later = list.slice(i + 1).map((item) => item.sec ?? Infinity);
          if (earlier.every((s) => s < sec) && later.every((s) => s >= sec)) {
            expect(starts[i]).toBe(sec);
            expect(estimated[i]).toBe(false);
          }
        });
      }),
    );
  });

  it('an already ordered transcript keeps every first-of-its-second sec and drops none', () => {
    const ordered = timed.map((list) => {
      let last = 0;
      return list.map((item) => (item.sec === undefined ? item : { ...item, sec: (last = Math.max(last, item.sec)) }));
    });
    fc.assert(
      fc.property(ordered, (list) => {
        const { starts, dropped } = buildTimeline(list)!;
        expect(dropped).toEqual([]);
        let previous = -1;
        list.forEach(({ sec }, i) => {
          if (sec !== undefined && sec > previous) expect(starts[i]).toBe(sec);
          if (sec !== undefined) previous = sec;
        });
      }),
    );
  });

  it('marks exactly the lines whose start is not their own sec as estimated', () => {
    fc.assert(
      fc.property(timed, (list) => {
        const { starts, estimated } = buildTimeline(list)!;
        list.forEach(({ sec }, i) => {
          if (!estimated[i]) expect(starts[i]).toBe(sec);
          else if (sec === undefined) expect(estimated[i]).toBe(true);
        });
      }),
    );
  });
});

function longestNonDecreasing(values: number[]): number {
  const best = values.map(() => 1);
  values.forEach((value, i) => {
    for (let j = 0; j < i; j++) if (values[j]! <= value) best[i] = Math.max(best[i]!, best[j]! + 1);
  });
  return Math.max(0, ...best);
}
