import type { YouTubePlayer } from 'react-youtube';
import type { PlayerAdapter, PlayerState } from './types.ts';

/** The YouTube IFrame API's state codes. */
export function playerStateFromCode(code: number): PlayerState | undefined {
  switch (code) {
    case -1:
      return 'unstarted';
    case 0:
      return 'ended';
    case 1:
      return 'playing';
    case 2:
      return 'paused';
    case 3:
      return 'buffering';
    case 5:
      return 'cued';
    default:
      return undefined;
  }
}

/**
 * Wraps the raw YouTube player (react-youtube's `onReady` target, whose getters return plain values). The
 * iframe can go away at any moment (navigation, errors), so every call is guarded and does nothing once
 * `release()` has been called.
 */
export function youtubeAdapter(player: YouTubePlayer): PlayerAdapter & { release(): void } {
  // react-youtube types its player as promisified; the onReady target is the synchronous one.
  const raw = player as unknown as Record<string, (...args: unknown[]) => unknown>;
  let released = false;
  const call = <T>(method: string, fallback: T, ...args: unknown[]): T => {
    if (released) return fallback;
    try {
      const value = raw[method]?.(...args);
      return (value ?? fallback) as T;
    } catch {
      return fallback;
    }
  };
  return {
    play: () => void call('playVideo', undefined),
    pause: () => void call('pauseVideo', undefined),
    seekTo: (seconds) => void call('seekTo', undefined, Math.max(0, seconds), true),
    getCurrentTime: () => {
      const time = call('getCurrentTime', Number.NaN);
      return typeof time === 'number' ? time : Number.NaN;
    },
    getDuration: () => {
      const duration = call('getDuration', 0);
      return typeof duration === 'number' && Number.isFinite(duration) ? duration : 0;
    },
    setRate: (rate) => void call('setPlaybackRate', undefined, rate),
    getState: () => playerStateFromCode(call('getPlayerState', -1)) ?? 'unstarted',
    release: () => {
      released = true;
    },
  };
}
