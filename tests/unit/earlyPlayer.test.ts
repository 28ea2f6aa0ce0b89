/**
 * The early player's script (src/player/earlyPlayer.ts) reads the second to cue from the address before the
 * app runs: where it does, it must read what the app reads (src/share/timeParam.ts), and where it cannot, it
 * must wait for the app.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../src/lib/time.ts';
import { CLOCK_SECONDS_SOURCE, EARLY_PLAYER_SCRIPT, type EarlyPlayer } from '../../src/player/earlyPlayer.ts';
import { momentFromLocation } from '../../src/share/timeParam.ts';

// The page's globals the script uses, as parameters: each run gets its own.
const runScript = new Function('window', 'document', 'location', EARLY_PLAYER_SCRIPT) as (
  ...globals: unknown[]
) => void;

/** Runs the script in a page at this address, with no API and no slot yet: what it decided, before any player. */
function readAddress(search: string, hash: string): EarlyPlayer {
  const window: { __earlyPlayer?: EarlyPlayer } = {};
  const appended: unknown[] = [];
  const document = {
    readyState: 'loading',
    head: { appendChild: (node: unknown) => appended.push(node) },
    createElement: () => ({}),
    querySelector: () => null,
    addEventListener: () => undefined,
  };
  runScript(window, document, { search, hash, protocol: 'https:' });
  expect(appended, 'the API is asked for at once').toHaveLength(1);
  return window.__earlyPlayer!;
}

describe('the early player reading the address', () => {
  it('reads no time as the start, and the plain seconds the app writes in its links', () => {
    expect(readAddress('', '')).toMatchObject({ start: 0, wait: false });
    expect(readAddress('?t=1826', '')).toMatchObject({ start: 1826, wait: false });
    expect(readAddress('?q=data&t=1826s', '')).toMatchObject({ start: 1826, wait: false });
    expect(readAddress('?t=1930,1961', '')).toMatchObject({ start: 1930, wait: false });
    expect(readAddress('', '#t=1826')).toMatchObject({ start: 1826, wait: false });
    expect(readAddress('?t=1826', '#t=99')).toMatchObject({ start: 1826, wait: false });
  });

  it('leaves any other form to the app', () => {
    for (const search of ['?t=30:26', '?t=30m26s', '?t=1h2m3s', '?t=', '?t=abc', '?t=-5', '?t=1826.5', '?t=%31826'])
      expect(readAddress(search, ''), search).toMatchObject({ wait: true });
    expect(readAddress('?t=abc', '#t=1826'), 'the app falls back to #t=').toMatchObject({ wait: true });
  });

  it('never reads a second the app would not: where it does not wait, it starts where the app does', () => {
    const piece = fc.oneof(
      fc.constantFrom('t=', 'q=', '&', ',', 's', 'm', 'h', ':', '.', '-', '%20', '+', '#', '='),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    const part = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(part, part, (search, hash) => {
        const early = readAddress(`?${search}`, `#${hash}`);
        if (early.wait) return;
        const app = momentFromLocation(`?${search}`, `#${hash}`, Number.POSITIVE_INFINITY);
        expect(early.start).toBe(Math.floor(app?.start ?? 0));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the early controls reading a clock the page shows', () => {
  const clockSeconds = new Function(`${CLOCK_SECONDS_SOURCE}; return clockSeconds;`)() as (text: unknown) => number;

  it('reads every clock formatClock writes back as its second, M:SS and H:MM:SS alike', () => {
    expect(clockSeconds('30:26')).toBe(1826);
    expect(clockSeconds('1:01:57')).toBe(3717);
    expect(clockSeconds('0:00')).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 3600 }), fc.constantFrom('', ' ', '\n  '), (second, space) => {
        expect(clockSeconds(`${space}${formatClock(second)}${space}`)).toBe(second);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives NaN for text that is not a clock, so the click is left to the app', () => {
    for (const text of ['', 'soon', '30', '30:2', '30:266', ':26', '1::26', '-1:00', '1:02:03:04', '30:26s', null])
      expect(clockSeconds(text), String(text)).toBeNaN();
  });

  it('never reads a second the app would read otherwise', () => {
    const clockish = fc
      .array(fc.oneof(fc.constantFrom(':', ' ', 'a', '-', '.'), fc.integer({ min: 0, max: 999 }).map(String)), {
        maxLength: 6,
      })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(clockish, (text) => {
        const second = clockSeconds(text);
        if (!Number.isNaN(second)) expect(second).toBe(parseClock(text)?.seconds);
      }),
      { numRuns: 2000 },
    );
  });
});
