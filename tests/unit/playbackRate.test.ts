import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatRate,
  PLAYBACK_RATES,
  readPreferredRate,
  stepRate,
  writePreferredRate,
} from '../../src/player/playbackRate.ts';

describe('stepping the speed', () => {
  it.each([
    [1, 1, 1.25],
    [1, -1, 0.75],
    [2, 1, 2],
    [0.5, -1, 0.5],
    [1.1, 1, 1.25],
    [1.1, -1, 1],
    [0.25, 1, 0.5],
  ] as const)('from %s by %s gives %s', (rate, step, expected) => expect(stepRate(rate, step)).toBe(expected));

  it('always lands on an offered speed, and moves unless at an end', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAYBACK_RATES), fc.constantFrom(-1 as const, 1 as const), (rate, step) => {
        const next = stepRate(rate, step);
        expect(PLAYBACK_RATES).toContain(next);
        const atEnd = step === 1 ? rate === 2 : rate === 0.5;
        expect(next === rate).toBe(atEnd);
      }),
    );
  });

  it('names speeds as people read them', () => {
    expect(PLAYBACK_RATES.map(formatRate)).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
  });
});

/** A Storage whose items are whatever a test puts there. */
function fakeStorage(items: Record<string, string> = {}, full = false): Storage {
  return {
    getItem: (key: string) => items[key] ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items[key] = value;
    },
  } as Storage;
}

describe('the remembered speed', () => {
  beforeEach(() => vi.stubGlobal('window', { localStorage: fakeStorage() }));
  afterEach(() => vi.unstubAllGlobals());

  it('reads back what was written', () => {
    writePreferredRate(1.5);
    expect(readPreferredRate()).toBe(1.5);
  });

  it('is 1 whatever garbage storage holds, and never throws', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), (stored) => {
        vi.stubGlobal('window', {
          localStorage: fakeStorage(stored === null ? {} : { 'transcript-player:rate': stored }),
        });
        const rate = readPreferredRate();
        expect(rate >= 0.25 && rate <= 2).toBe(true);
        if (!/^\s*[\d.e+-]+\s*$/i.test(stored ?? '')) expect(rate).toBe(1);
      }),
    );
  });

  it('works without storage, or with storage that is full or refuses access', () => {
    vi.stubGlobal('window', {});
    expect(readPreferredRate()).toBe(1);
    expect(() => writePreferredRate(2)).not.toThrow();
    vi.stubGlobal('window', { localStorage: fakeStorage({}, true) });
    expect(() => writePreferredRate(2)).not.toThrow();
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readPreferredRate()).toBe(1);
    expect(() => writePreferredRate(2)).not.toThrow();
  });

  it('does not store a speed YouTube cannot play', () => {
    writePreferredRate(1.5);
    writePreferredRate(16);
    writePreferredRate(Number.NaN);
    expect(readPreferredRate()).toBe(1.5);
  });
});
