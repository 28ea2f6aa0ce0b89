/**
 * A prerendered page is on screen before the app's code has run. The build puts a tiny script in it
 * (EARLY_CLICKS_SCRIPT) that keeps the clicks made meanwhile; once the app has taken the page over, the last
 * one on a control is made again, so a line clicked before the app was ready still plays from there.
 * (Links need no help: the browser follows them without the app.)
 */
declare global {
  interface Window {
    __earlyClicks?: EventTarget[] | null;
  }
}

export const EARLY_CLICKS_SCRIPT =
  "window.__earlyClicks=[];document.addEventListener('click',function(e){window.__earlyClicks&&window.__earlyClicks.push(e.target)},true);";

export function replayEarlyClicks(): void {
  const clicks = window.__earlyClicks;
  window.__earlyClicks = null;
  const last = clicks?.at(-1);
  if (!(last instanceof Element)) return;
  const control = last.closest<HTMLElement>('button, [role="button"]');
  // In a task of its own, outside React's commit: a click on a part not hydrated yet then hydrates it at once.
  if (control?.isConnected && !control.closest('a[href]')) setTimeout(() => control.click());
}
