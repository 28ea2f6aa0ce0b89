/**
 * The player-ready mark (src/player/readyMark.ts) is made once per player: by the early script for the player
 * it made, else by the app when a player reaches it (a page the app rendered itself, with react-youtube).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { markPlayerReady, noteMarkedEarly, PLAYER_READY_MARK } from '../../src/player/readyMark.ts';
import type { PlayerAdapter } from '../../src/player/types.ts';

const player = (): PlayerAdapter => ({
  play: () => undefined,
  pause: () => undefined,
  seekTo: () => undefined,
  getCurrentTime: () => 0,
  getDuration: () => 0,
  setRate: () => undefined,
  getState: () => 'cued',
});
const marks = () => performance.getEntriesByName(PLAYER_READY_MARK, 'mark').length;

describe('the player-ready mark', () => {
  beforeEach(() => performance.clearMarks(PLAYER_READY_MARK));

  it('is made for a player the early script did not mark, for each one that reaches the app', () => {
    markPlayerReady(player());
    expect(marks()).toBe(1);
    markPlayerReady(player());
    expect(marks()).toBe(2);
  });

  it('is not made again for the early player, whose script marked it when it became ready', () => {
    const early = player();
    noteMarkedEarly(early);
    markPlayerReady(early);
    expect(marks()).toBe(0);
    markPlayerReady(player());
    expect(marks(), 'a later page, with react-youtube').toBe(1);
  });
});
