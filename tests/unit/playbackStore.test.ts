import { describe, expect, it, vi } from 'vitest';
import { createPlaybackStore, SEEK_TOLERANCE, type PlaybackTimeline } from '../../src/store/playbackStore.ts';

// Lines at 10, 20, 20.5 (estimated), 40; sections: intro (0–10, no lines), A (lines 0–1), B (lines 2–3).
const timeline: PlaybackTimeline = { starts: [10, 20, 20.5, 40], lineSections: [1, 1, 2, 2], introSection: 0, end: 60 };

describe('the playback store', () => {
  it('places the start time: before the first line the intro section is active', () => {
    expect(createPlaybackStore(timeline, 0).getState()).toMatchObject({ activeLine: -1, activeSection: 0, time: 0 });
    expect(createPlaybackStore(timeline, 25).getState()).toMatchObject({ activeLine: 2, activeSection: 2 });
  });

  it('moves the active line and section with clock readings', () => {
    const store = createPlaybackStore(timeline);
    const seen: Array<[number, number]> = [];
    for (const time of [5, 10, 19.9, 20, 20.4, 20.5, 39, 40, 59]) {
      store.getState().tick(time);
      seen.push([store.getState().activeLine, store.getState().activeSection]);
    }
    expect(seen).toEqual([
      [-1, 0],
      [0, 1],
      [0, 1],
      [1, 1],
      [1, 1],
      [2, 2],
      [2, 2],
      [3, 2],
      [3, 2],
    ]);
  });

  it('does not notify when a reading changes nothing', () => {
    const store = createPlaybackStore(timeline);
    store.getState().tick(12);
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().tick(12);
    store.getState().setStatus('unstarted');
    store.getState().setFollowing(true);
    expect(listener).not.toHaveBeenCalled();
  });

  it('seeks at once and ignores stale clock readings until the player arrives', () => {
    const store = createPlaybackStore(timeline);
    store.getState().tick(12);
    store.getState().seek(40, 3);
    expect(store.getState()).toMatchObject({ time: 40, activeLine: 3, pendingSeek: 40 });
    store.getState().tick(12.1); // the player has not moved yet
    expect(store.getState()).toMatchObject({ time: 40, activeLine: 3, pendingSeek: 40 });
    store.getState().tick(40 + SEEK_TOLERANCE / 2);
    expect(store.getState()).toMatchObject({ activeLine: 3, pendingSeek: null });
    store.getState().tick(12);
    expect(store.getState().activeLine).toBe(0);
  });

  it('gives up on a seek the player never reaches, after a while', () => {
    const store = createPlaybackStore(timeline);
    store.getState().seek(40);
    for (let frame = 0; frame < 200 && store.getState().pendingSeek !== null; frame++) store.getState().tick(12);
    expect(store.getState()).toMatchObject({ pendingSeek: null, activeLine: 0 });
  });

  it('clamps seeks to the episode', () => {
    const store = createPlaybackStore(timeline);
    store.getState().seek(-5);
    expect(store.getState().time).toBe(0);
    store.getState().seek(999);
    expect(store.getState().time).toBe(60);
  });
});
