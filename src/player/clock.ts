/**
 * YouTube has no `timeupdate` event, but `getCurrentTime()` answers from a local cache, so reading it once
 * per animation frame while playing is cheap. The loop runs only while playing and the page is visible;
 * every state change reads once more so a pause or seek lands exactly.
 */
import type { PlayerAdapter, PlayerState } from './types.ts';

export interface Clock {
  /** Call on every player state change. */
  update(state: PlayerState): void;
  stop(): void;
}

export function startClock(adapter: PlayerAdapter, onTime: (seconds: number) => void): Clock {
  let frame = 0;
  let playing = false;
  let stopped = false;

  const read = () => onTime(adapter.getCurrentTime());
  const loop = () => {
    read();
    frame = requestAnimationFrame(loop);
  };
  const sync = () => {
    const run = playing && !stopped && document.visibilityState === 'visible';
    if (run && frame === 0) frame = requestAnimationFrame(loop);
    if (!run && frame !== 0) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') read();
    sync();
  };
  document.addEventListener('visibilitychange', onVisibility);

  return {
    update(state) {
      if (stopped) return;
      playing = state === 'playing' || state === 'buffering';
      read();
      sync();
    },
    stop() {
      stopped = true;
      sync();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
