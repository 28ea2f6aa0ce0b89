/**
 * The moment the player is ready for the reader, as a User Timing mark: what the bench measures as "player
 * ready" (tests/bench/README.md) and the browser tests wait on. It is made once per player, by whoever first
 * lets the reader act on it: the prerendered page's early script (earlyPlayer.ts) for the player it makes,
 * since its controls are live from that player's onReady on, or else the app once the player reaches it.
 */
import type { PlayerAdapter } from './types.ts';

export const PLAYER_READY_MARK = 'transcript-player:player-ready';

/** The app's adapters of players whose ready the early script marked already, when it happened. */
const markedEarly = new WeakSet<PlayerAdapter>();

/** The early script made this player's mark: the app must not make it again. */
export function noteMarkedEarly(player: PlayerAdapter): void {
  markedEarly.add(player);
}

/** Marks that `player` is ready and in the app's hands, unless the early script marked it already. */
export function markPlayerReady(player: PlayerAdapter): void {
  if (!markedEarly.has(player)) performance.mark?.(PLAYER_READY_MARK);
}
