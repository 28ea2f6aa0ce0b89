/**
 * The performance contract of the transcript: a playback tick that stays on the same line renders no line,
 * and a line change renders exactly the two lines involved. Every render of a line calls `useLineFlags`
 * once, so counting those calls counts line renders.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PlaybackContext from '../../src/store/PlaybackContext.tsx';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { expectActive, line, press, renderEpisode, seed } from './helpers.tsx';

const renders = new Map<number, number>();

vi.mock('../../src/store/PlaybackContext.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof PlaybackContext>();
  return {
    ...actual,
    useLineFlags: (index: number) => {
      renders.set(index, (renders.get(index) ?? 0) + 1);
      return actual.useLineFlags(index);
    },
  };
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  players.length = 0;
});
afterEach(() => vi.useRealTimers());

/** Line renders since the last call, as index → count. */
function takeRenders(): Record<number, number> {
  const taken = Object.fromEntries(renders);
  renders.clear();
  return taken;
}

describe('line renders', () => {
  const episode = seed();

  it('renders every line once on load', async () => {
    await renderEpisode(episode, '?t=1826');
    const counts = takeRenders();
    expect(Object.keys(counts)).toHaveLength(episode.lines.length);
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
  });

  it('renders no line on ticks within a line, and the two lines involved on a change', async () => {
    await renderEpisode(episode, '?t=1826');
    press('k');
    takeRenders();

    advance(30); // 120 frames inside the 30:26 line
    expectActive('30:26');
    expect(takeRenders()).toEqual({});

    advance(12.25); // crosses 31:08.05
    expectActive('31:08');
    expect(takeRenders()).toEqual({ 68: 1, 69: 1 });
  });

  it('renders the two lines involved when the reader seeks far away', async () => {
    await renderEpisode(episode, '?t=1826');
    takeRenders();
    act(() => line('1:01:57').click());
    expectActive('1:01:57');
    expect(takeRenders()).toEqual({ 68: 1, 147: 1 });
    expect(currentPlayer().calls).toEqual(['seekTo 3717', 'play']);
  });
});
