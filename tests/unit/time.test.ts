import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, formatLength, parseClock } from '../../src/lib/time.ts';

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [59.99, '0:59'],
    [60, '1:00'],
    [1826, '30:26'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [43200, '12:00:00'],
    [-4, '0:00'],
    [Number.NaN, '0:00'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('round-trips through parseClock for every whole second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (seconds) => {
        expect(parseClock(formatClock(seconds))).toEqual({ seconds, wellFormed: true });
      }),
    );
  });
});

describe('parseClock', () => {
  it.each([
    ['1:41', 101, true],
    ['01:41', 101, true],
    ['30:26', 1826, true],
    ['1:02:03', 3723, true],
    [' 1:02:03 ', 3723, true],
    ['60:08', 3608, false],
    ['1:5:07', 3907, false],
    ['0:7', 7, false],
  ])('%s → %s (well formed: %s)', (text, seconds, wellFormed) => {
    expect(parseClock(text)).toEqual({ seconds, wellFormed });
  });

  it.each(['', '37:567', '1:01: 40', 'soon', '12', '1:2:3:4', '-1:00'])('%j is not a clock', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });
});

describe('formatLength', () => {
  it.each([
    [45, '45 s'],
    [60, '1 min'],
    [3741, '1 h 2 min'],
    [3600, '1 h'],
    [5160, '1 h 26 min'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatLength(seconds)).toBe(text);
  });
});
