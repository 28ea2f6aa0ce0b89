/**
 * A prerendered page is on screen before the app's code has run. The build puts a tiny script in it
 * (EARLY_CLICKS_SCRIPT) that keeps the clicks made meanwhile; once the app has taken the page over, the last
 * one on a control is made again, so a line clicked before the app was ready still plays from there.
 * (Links need no help: the browser follows them without the app.)
 *
 * A click the page answered already is not made again: the early player's controls (src/player/earlyPlayer.ts)
 * seek and play on a line clicked once the player is ready, and say so with `preventDefault`. The app then
 * learns where the player is from the player itself; a second seek and play would only repeat the first.
 * Closing the list (`null`) also tells those controls that clicks are the app's from now on.
 */
declare global {
  interface Window {
    __earlyClicks?: Event[] | null;
  }
}

export const EARLY_CLICKS_SCRIPT =
  "window.__earlyClicks=[];document.addEventListener('click',function(e){window.__earlyClicks&&window.__earlyClicks.push(e)},true);";

export function replayEarlyClicks(): void {
  const clicks = window.__earlyClicks;
  window.__earlyClicks = null;
  const last = clicks?.at(-1);
  // Read once the click is over: its `defaultPrevented` is what every listener on the page made of it.
  if (!last || last.defaultPrevented || !(last.target instanceof Element)) return;
  const control = last.target.closest<HTMLElement>('button, [role="button"]');
  // In a task of its own, outside React's commit: a click on a part not hydrated yet then hydrates it at once.
  if (control?.isConnected && !control.closest('a[href]')) setTimeout(() => control.click());
}
