// @vitest-environment jsdom
/**
 * The app's start waits for the early player (src/app/earlyPlayerWait.ts): its code is fetched once the player
 * has been made, and run once it is ready; a player that never gets there holds nothing back for longer than
 * the wait's limit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyPlayerReached, type EarlyStep } from '../../src/app/earlyPlayerWait.ts';
import type { EarlyEvent, EarlyPlayer } from '../../src/player/earlyPlayer.ts';

function earlyPlayer(): EarlyPlayer {
  const early: EarlyPlayer = {
    videoId: '',
    start: 0,
    wait: false,
    create: () => undefined,
    player: null,
    events: [],
    listener: null,
    live: false,
  };
  window.__earlyPlayer = early;
  return early;
}

/** Whether the wait has ended after `ms` more of the clock. */
async function endedAfter(wait: Promise<void>, ms: number): Promise<boolean> {
  let ended = false;
  void wait.then(() => (ended = true));
  await vi.advanceTimersByTimeAsync(ms);
  return ended;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  window.__earlyPlayer = undefined;
});

describe('waiting for the early player', () => {
  it.each<EarlyStep>(['made', 'ready'])('does not wait on a page without one (%s)', async (step) => {
    expect(await endedAfter(earlyPlayerReached(step, 1000), 0)).toBe(true);
  });

  it('ends for "made" once the player exists, and not before', async () => {
    const early = earlyPlayer();
    const wait = earlyPlayerReached('made', 1000);
    expect(await endedAfter(wait, 100)).toBe(false);
    early.player = {};
    expect(await endedAfter(wait, 20)).toBe(true);
  });

  it('ends for "ready" once the player is live, not when it is only made', async () => {
    const early = earlyPlayer();
    const wait = earlyPlayerReached('ready', 1000);
    early.player = {};
    expect(await endedAfter(wait, 100)).toBe(false);
    early.live = true;
    expect(await endedAfter(wait, 20)).toBe(true);
  });

  it.each<[string, (early: EarlyPlayer) => void]>([
    ['the API did not load', (early) => early.events.push(['problem'] satisfies EarlyEvent)],
    ['the video reported an error', (early) => early.events.push(['error', 150] satisfies EarlyEvent)],
    ['it waits for the app to read the time', (early) => (early.wait = true)],
  ])('ends for either step when %s', async (_, happen) => {
    for (const step of ['made', 'ready'] as const) {
      const early = earlyPlayer();
      const wait = earlyPlayerReached(step, 1000);
      expect(await endedAfter(wait, 50)).toBe(false);
      happen(early);
      expect(await endedAfter(wait, 20), step).toBe(true);
    }
  });

  it('ends at its limit when the player gets nowhere', async () => {
    earlyPlayer();
    const wait = earlyPlayerReached('made', 200);
    expect(await endedAfter(wait, 150)).toBe(false);
    expect(await endedAfter(wait, 70)).toBe(true);
  });
});
