import { describe, expect, it } from 'vitest';
import { parseTimeParam, startTimeFromLocation } from '../../src/share/timeParam.ts';

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
