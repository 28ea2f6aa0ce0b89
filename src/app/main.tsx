/**
 * The entry: small on purpose. On a page the build prerendered (see src/prerender) the page is already
 * there to be painted, so the app's code (React and the rest, fetched beside this file through the page's
 * preload links) is evaluated only after the browser has painted it; clicks meanwhile are kept (see
 * earlyClicks.ts). Elsewhere (the 404 fallback, dev) the app starts at once.
 */
import './styles.css';

const prerendered = document.getElementById('root')?.dataset.prerendered !== undefined;
void (prerendered ? afterNextPaint() : Promise.resolve()).then(() => import('./start.tsx'));

/** Resolves once a frame has been painted; a hidden tab paints none, so a timer goes on without one. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
