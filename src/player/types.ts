/** What the rest of the app knows about a video player: no YouTube types beyond this folder. */

/** How long the YouTube API may take to come up before the page says it is not coming. */
export const READY_TIMEOUT_MS = 15_000;

export type PlayerState = 'unstarted' | 'cued' | 'buffering' | 'playing' | 'paused' | 'ended';

/** Every method is safe to call at any time, including after the player is gone (then it does nothing). */
export interface PlayerAdapter {
  play(): void;
  pause(): void;
  seekTo(seconds: number): void;
  getCurrentTime(): number;
  getDuration(): number;
  setRate(rate: number): void;
  getState(): PlayerState;
}

/** Why there is no video: the player API did not load, or the video itself failed (YouTube's error code). */
export type PlayerProblem = { kind: 'api' } | { kind: 'video'; code: number };

export interface PlayerEvents {
  onReady(adapter: PlayerAdapter): void;
  onStateChange(state: PlayerState): void;
  onRateChange(rate: number): void;
  onProblem(problem: PlayerProblem): void;
}
