import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { momentFromLocation, parseMoment, parseTimeParam, startTimeFromLocation } from '../../src/share/timeParam.ts';

describe('parseTimeParam', () => {
  it.each([
    ['1826', 1826],
    ['1826s', 1826],
    ['30:26', 1826],
    ['0:30:26', 1826],
    ['30m26s', 1826],
    ['1h2m3s', 3723],
    ['1H2M3S', 3723],
    ['1h', 3600],
    ['45m', 2700],
    ['90', 90],
    ['90:00', 5400],
    ['0', 0],
    [' 1826 ', 1826],
    ['12.5', 12.5],
  ])('%j → %s s', (text, seconds) => {
    expect(parseTimeParam(text)).toBe(seconds);
  });

  it.each([null, undefined, '', 'abc', '-5', '1:99:99', '30:', 'h', '1h2x', '1826ms', 'NaN', 'Infinity', '1e3'])(
    '%j is not a time',
    (text) => {
      expect(parseTimeParam(text)).toBeUndefined();
    },
  );
});

describe('startTimeFromLocation', () => {
  it('reads ?t= first, then #t=', () => {
    expect(startTimeFromLocation('?t=30:26', '#t=10', 3700)).toBe(1826);
    expect(startTimeFromLocation('', '#t=1826', 3700)).toBe(1826);
    expect(startTimeFromLocation('?x=1&t=1826s', '', 3700)).toBe(1826);
  });

  it('ignores garbage and clamps what lies past the end', () => {
    expect(startTimeFromLocation('?t=abc', '', 3700)).toBeUndefined();
    expect(startTimeFromLocation('?t=99999999', '', 3700)).toBe(3700);
    expect(startTimeFromLocation('', '', 3700)).toBeUndefined();
  });
});

describe('passages in the address', () => {
  it('reads ?t= and #t= ranges in every time syntax', () => {
    expect(parseMoment('1930,1961')).toEqual({ start: 1930, end: 1961 });
    expect(parseMoment('32:10,32:41')).toEqual({ start: 1930, end: 1961 });
    expect(parseMoment('32m10s,1961s')).toEqual({ start: 1930, end: 1961 });
    expect(momentFromLocation('', '#t=1930,1961', 3700)).toEqual({ start: 1930, end: 1961 });
    expect(momentFromLocation('?t=1930,1961', '#t=5', 3700)).toEqual({ start: 1930, end: 1961 });
  });

  it('keeps the start of a reversed, empty or half-broken range, and clamps an end past the episode', () => {
    expect(momentFromLocation('?t=1961,1930', '', 3700)).toEqual({ start: 1961 });
    expect(momentFromLocation('?t=1930,1930', '', 3700)).toEqual({ start: 1930 });
    expect(momentFromLocation('?t=1930,soon', '', 3700)).toEqual({ start: 1930 });
    expect(momentFromLocation('?t=1930,99999', '', 3700)).toEqual({ start: 1930, end: 3700 });
    expect(momentFromLocation('?t=9999,99999', '', 3700)).toEqual({ start: 3700 });
    expect(momentFromLocation('?t=soon,1961', '', 3700)).toBeUndefined();
    expect(momentFromLocation('?t=1,2,3', '', 3700)).toBeUndefined();
  });

  it('never throws, and always gives a start within the episode', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 0, max: 100_000 }), (search, hash, end) => {
        const moment = momentFromLocation(`?t=${search}`, `#t=${hash}`, end);
        if (!moment) return;
        expect(moment.start).toBeGreaterThanOrEqual(0);
        expect(moment.start).toBeLessThanOrEqual(end);
        if (moment.end !== undefined) {
          expect(moment.end).toBeGreaterThan(moment.start);
          expect(moment.end).toBeLessThanOrEqual(end);
        }
      }),
    );
  });
});
