/**
 * A fake player for component tests: it stands in for `YouTubeVideo` (the only component that knows
 * YouTube) and reports through the same `PlayerEvents`. Its clock moves only when a test says so.
 */
import { useEffect } from 'react';
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { PlayerAdapter, PlayerEvents, PlayerProblem, PlayerState } from '../../src/player/types.ts';

export class FakePlayer implements PlayerAdapter {
  time: number;
  state: PlayerState = 'cued';
  rate = 1;
  released = false;
  readonly calls: string[] = [];
  /** When set, seeks land only when the test calls `arrive()`, like a real player that needs a moment. */
  lagSeeks = false;
  private target: number | undefined;

  constructor(
    readonly videoId: string,
    readonly start: number,
    private readonly events: PlayerEvents,
  ) {
    this.time = start;
  }

  play() {
    this.calls.push('play');
    this.setState('playing');
  }
  pause() {
    this.calls.push('pause');
    this.setState('paused');
  }
  seekTo(seconds: number) {
    this.calls.push(`seekTo ${seconds}`);
    if (this.lagSeeks) this.target = seconds;
    else this.time = seconds;
  }
  arrive() {
    if (this.target !== undefined) this.time = this.target;
    this.target = undefined;
  }
  getCurrentTime() {
    return this.time;
  }
  getDuration() {
    return 3800;
  }
  setRate(rate: number) {
    this.rate = rate;
    this.events.onRateChange(rate);
  }
  /** The viewer picks a speed in YouTube's own controls. */
  userSetsRate(rate: number) {
    act(() => {
      this.rate = rate;
      this.events.onRateChange(rate);
    });
  }
  getState() {
    return this.state;
  }

  setState(state: PlayerState) {
    this.state = state;
    this.events.onStateChange(state);
  }

  fail(problem: PlayerProblem) {
    act(() => this.events.onProblem(problem));
  }
}

export const players: FakePlayer[] = [];

export function FakeYouTubeVideo(props: PlayerEvents & { videoId: string; start: number; title: string }) {
  useEffect(() => {
    const player = new FakePlayer(props.videoId, props.start, props);
    players.push(player);
    props.onReady(player);
    return () => {
      player.released = true;
    };
    // The real player is created once per mount too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <div data-testid="video" data-video-id={props.videoId} />;
}

export function currentPlayer(): FakePlayer {
  const player = players.findLast((p) => !p.released);
  if (!player) throw new Error('no live fake player');
  return player;
}

/** Plays `seconds` of video, one animation frame per `step`, as the real clock would read it. */
export function advance(seconds: number, step = 0.25) {
  const player = currentPlayer();
  for (let done = 0; done < seconds - 1e-9; done += step) {
    if (player.state === 'playing') player.time += Math.min(step, seconds - done);
    act(() => vi.advanceTimersToNextFrame());
  }
}
