/**
 * How the app's start waits for the prerendered page's early player (src/player/earlyPlayer.ts): the app's
 * work on the main thread held back YouTube's player by as long as it ran (see main.tsx).
 */
import type { EarlyPlayer } from '../player/earlyPlayer.ts';

/**
 * `made`: the player has been created (its iframe is loading). `ready`: its onReady ran. Either is also
 * reached when it never will be: the API failed to load, the video reported an error, or the player waits
 * for the app to read the address's time.
 */
export type EarlyStep = 'made' | 'ready';

function reached(early: EarlyPlayer | undefined, step: EarlyStep): boolean {
  if (!early || early.wait || early.events.some(([event]) => event === 'error' || event === 'problem')) return true;
  return step === 'made' ? early.player !== null : early.live;
}

/** Resolves once the page's early player has reached `step` (at once on a page without one), or after `ms`. */
export function earlyPlayerReached(step: EarlyStep, ms: number): Promise<void> {
  const until = performance.now() + ms;
  return new Promise((resolve) => {
    const check = () => {
      if (reached(window.__earlyPlayer, step) || performance.now() >= until) resolve();
      else setTimeout(check, 16);
    };
    check();
  });
}
