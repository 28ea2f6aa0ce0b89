import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearAllPlaces,
  parsePlace,
  PLACE_PREFIX,
  placeFor,
  readAllPlaces,
  readPlace,
  serialisePlace,
  writePlace,
  type Place,
} from '../../src/resume/places.ts';

/** A Map-backed localStorage, or one that throws on every call (disabled), or refuses writes (full). */
function installStorage(mode: 'ok' | 'disabled' | 'full' = 'ok') {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      if (mode === 'disabled') throw new Error('SecurityError');
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (key: string) => {
      if (mode === 'disabled') throw new Error('SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (mode !== 'ok') throw new Error('QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => {
      if (mode === 'disabled') throw new Error('SecurityError');
      data.delete(key);
    },
  };
  vi.stubGlobal('window', { localStorage: storage });
  return data;
}

beforeEach(() => installStorage());
afterEach(() => vi.unstubAllGlobals());

const place = (seconds: number, extra: Partial<Place> = {}): Place => ({
  seconds,
  at: 1_700_000_000_000,
  duration: 3720,
  finished: false,
  ...extra,
});

describe('what is kept of a place', () => {
  it('keeps nothing in the first 30 seconds', () => {
    expect(placeFor(29.9, 3720, 3700, 1)).toBeNull();
    expect(placeFor(30, 3720, 3700, 1)).toEqual({ seconds: 30, at: 1, duration: 3720, finished: false });
  });

  it('counts the last minute, and past the final line, as finished', () => {
    expect(placeFor(3660, 3720, 3700, 1)?.finished).toBe(true);
    expect(placeFor(3659, 3720, 3700, 1)?.finished).toBe(false);
    expect(placeFor(3701, 7200, 3700, 1)?.finished).toBe(true);
  });

  it('keeps a place without a known length, unfinished until past the final line', () => {
    expect(placeFor(100, Number.NaN, Number.POSITIVE_INFINITY, 1)).toEqual({
      seconds: 100,
      at: 1,
      duration: 0,
      finished: false,
    });
  });
});

describe('stored places', () => {
  it('come back as they were written', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 2 ** 45 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.boolean(),
        (slug, seconds, at, duration, finished) => {
          writePlace(slug, { seconds, at, duration, finished });
          expect(readPlace(slug)).toEqual({ seconds, at, duration, finished });
        },
      ),
    );
  });

  it('read whatever the storage holds without throwing, as a place or as none', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const parsed = parsePlace(raw);
          if (parsed) expect(parsePlace(serialisePlace(parsed))).toEqual(parsed);
        },
      ),
    );
  });

  it('ignore hand edits and older formats, and are replaced by the next write', () => {
    const data = installStorage();
    for (const garbage of [
      '1930',
      '{"t":1930}',
      '{"v":2,"t":1930,"at":1,"d":3,"done":false}',
      '{"v":1,"t":-5,"at":1,"d":3,"done":false}',
      'null',
      '{',
    ]) {
      data.set(`${PLACE_PREFIX}ep`, garbage);
      expect(readPlace('ep')).toBeUndefined();
      expect(readAllPlaces().size).toBe(0);
    }
    writePlace('ep', place(1930));
    expect(readPlace('ep')).toEqual(place(1930));
  });

  it('are listed all together, and cleared one by one or all at once', () => {
    writePlace('a', place(100));
    writePlace('b', place(200));
    writePlace('c', null);
    expect([...readAllPlaces().keys()].sort()).toEqual(['a', 'b']);
    writePlace('a', null);
    expect([...readAllPlaces().keys()]).toEqual(['b']);
    clearAllPlaces();
    expect(readAllPlaces().size).toBe(0);
  });

  it('never break anything when storage is disabled or full', () => {
    for (const mode of ['disabled', 'full'] as const) {
      installStorage(mode);
      expect(() => writePlace('ep', place(100))).not.toThrow();
      expect(readPlace('ep')).toBeUndefined();
      expect(readAllPlaces().size).toBe(0);
      expect(() => clearAllPlaces()).not.toThrow();
    }
  });
});
