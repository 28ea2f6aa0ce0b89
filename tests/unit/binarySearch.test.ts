import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from '../../src/lib/binarySearch.ts';

describe('lastAtOrBefore', () => {
  it.each([
    [[], 5, -1],
    [[10], 5, -1],
    [[10], 10, 0],
    [[0, 10, 20], 15, 1],
    [[0, 10, 10, 20], 10, 2],
    [[0, 10, 20], 99, 2],
  ])('%j at %s → %s', (values, target, index) => {
    expect(lastAtOrBefore(values, target)).toBe(index);
  });

  it('agrees with a linear scan', () => {
    const sorted = fc.array(fc.integer({ min: 0, max: 1000 })).map((values) => values.sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -5, max: 1005 }), (values, target) => {
        const linear = values.reduce((found, value, index) => (value <= target ? index : found), -1);
        expect(lastAtOrBefore(values, target)).toBe(linear);
      }),
    );
  });
});
