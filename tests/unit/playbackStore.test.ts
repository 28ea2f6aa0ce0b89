import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createIndexWatcher } from '../../src/store/indexWatcher.ts';
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

describe('index watchers', () => {
  it('notify only the listeners of the index that was and the index that is', () => {
    const store = createPlaybackStore(timeline);
    const watcher = createIndexWatcher(store, [(s) => s.activeLine]);
    const calls: number[] = [];
    for (const index of [-1, 0, 1, 2, 3]) watcher.subscribe(index, () => calls.push(index));
    store.getState().tick(10);
    store.getState().tick(11);
    store.getState().tick(15);
    store.getState().tick(20);
    expect(calls).toEqual([-1, 0, 0, 1]);
    expect([watcher.flagsOf(0), watcher.flagsOf(1)]).toEqual([0, 1]);
  });

  it('flag each selector and notify an index once when several selectors move at once', () => {
    const store = createPlaybackStore(timeline);
    const watcher = createIndexWatcher(store, [(s) => s.activeLine, (s) => s.focusedLine ?? Math.max(0, s.activeLine)]);
    const calls: number[] = [];
    for (const index of [0, 1, 2]) watcher.subscribe(index, () => calls.push(index));
    expect(watcher.flagsOf(0)).toBe(2);
    store.getState().tick(20);
    expect(calls.sort()).toEqual([0, 1]);
    expect([watcher.flagsOf(0), watcher.flagsOf(1)]).toEqual([0, 3]);
    store.getState().setFocusedLine(2);
    expect(calls.sort()).toEqual([0, 1, 1, 2]);
    expect([watcher.flagsOf(1), watcher.flagsOf(2)]).toEqual([1, 2]);
  });

  it('stop calling a listener once it unsubscribes', () => {
    const store = createPlaybackStore(timeline);
    const watcher = createIndexWatcher(store, [(s) => s.activeLine]);
    const listener = vi.fn();
    const unsubscribe = watcher.subscribe(0, listener);
    unsubscribe();
    store.getState().tick(10);
    expect(listener).not.toHaveBeenCalled();
  });

  it('calls, once each, exactly the listeners of indexes whose flags changed', () => {
    const updates = fc.array(fc.record({ a: fc.integer({ min: -1, max: 4 }), b: fc.integer({ min: -1, max: 4 }) }));
    fc.assert(
      fc.property(updates, (states) => {
        const store = createStore(() => ({ a: -1, b: -1, other: 0 }));
        const watcher = createIndexWatcher(store, [(s) => s.a, (s) => s.b]);
        const calls: number[] = [];
        for (let index = -1; index <= 4; index++) watcher.subscribe(index, () => calls.push(index));
        for (const next of states) {
          const before = [-1, 0, 1, 2, 3, 4].map((index) => watcher.flagsOf(index));
          calls.length = 0;
          store.setState({ ...next, other: Math.random() });
          const changed = [-1, 0, 1, 2, 3, 4].filter((index, i) => watcher.flagsOf(index) !== before[i]);
          expect(calls.sort()).toEqual(changed);
        }
      }),
    );
  });
});
