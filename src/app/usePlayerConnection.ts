/**
 * Wires the player to the playback store: player events become store facts, and user intents (seek, play,
 * skip) go to both, the store first so the page answers at once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { startClock, type Clock } from '../player/clock.ts';
import { isPlaybackRate, writePreferredRate } from '../player/playbackRate.ts';
import { markPlayerReady } from '../player/readyMark.ts';
import type { PlayerAdapter, PlayerEvents, PlayerProblem } from '../player/types.ts';
import type { PlaybackStore } from '../store/playbackStore.ts';

/** The User Timing mark made once the player is ready for the reader (src/player/readyMark.ts). */
export { PLAYER_READY_MARK } from '../player/readyMark.ts';

export interface PlaybackControls {
  /** Jump to a moment and play (`line` pins the highlight when several lines share a start). */
  seek(seconds: number, line?: number): void;
  togglePlay(): void;
  pause(): void;
  /** Move by `delta` seconds, keeping the play state. */
  skip(delta: number): void;
  /** Play at `rate` (1 = normal speed), here and, remembered, in every episode opened after. */
  setRate(rate: number): void;
}

export function usePlayerConnection(store: PlaybackStore) {
  const adapter = useRef<PlayerAdapter | null>(null);
  const clock = useRef<Clock | null>(null);
  const [problem, setProblem] = useState<PlayerProblem | null>(null);

  useEffect(
    () => () => {
      clock.current?.stop();
      adapter.current = null;
    },
    [],
  );

  const events = useMemo<PlayerEvents>(
    () => ({
      onReady(player) {
        // The moment the player reached the app, for the bench's "player ready" (tests/bench/README.md); a
        // prerendered page's early script made it already, when its own controls went live.
        markPlayerReady(player);
        adapter.current = player;
        clock.current?.stop();
        clock.current = startClock(player, (time) => store.getState().tick(time));
        const state = store.getState();
        state.setDuration(player.getDuration());
        if (state.rate !== 1) player.setRate(state.rate);
        // The reader picked a moment before the video was ready: take the video there now.
        if (state.pendingSeek !== null) player.seekTo(state.pendingSeek);
      },
      onStateChange(state) {
        const current = store.getState();
        current.setStatus(state);
        if (state === 'playing') current.setDuration(adapter.current?.getDuration() ?? 0);
        clock.current?.update(state);
      },
      onRateChange(rate) {
        // Also a change made in YouTube's own controls: remembered like one made here.
        store.getState().setRate(rate);
        writePreferredRate(rate);
      },
      onProblem(next) {
        clock.current?.stop();
        adapter.current = null;
        store.getState().setStatus('paused');
        setProblem((current) => current ?? next);
      },
    }),
    [store],
  );

  const controls = useMemo<PlaybackControls>(
    () => ({
      seek(seconds, line) {
        store.getState().seek(seconds, line);
        adapter.current?.seekTo(store.getState().time);
        adapter.current?.play();
      },
      togglePlay() {
        const player = adapter.current;
        if (!player) return;
        const { status } = store.getState();
        if (status === 'playing' || status === 'buffering') player.pause();
        else player.play();
      },
      pause() {
        adapter.current?.pause();
      },
      skip(delta) {
        const state = store.getState();
        state.seek(state.time + delta);
        adapter.current?.seekTo(store.getState().time);
      },
      setRate(rate) {
        if (!isPlaybackRate(rate)) return;
        store.getState().setRate(rate);
        writePreferredRate(rate);
        adapter.current?.setRate(rate);
      },
    }),
    [store],
  );

  return { events, controls, problem };
}
