/**
 * The entry: small on purpose. It runs once the document has been parsed. On a page the build prerendered
 * (see src/prerender) the page is then there to be painted: the app's code (React and the rest) and the
 * episode's data are fetched from now on (pageCode.ts) and evaluated only after the browser has painted the
 * page; clicks meanwhile are kept (see earlyClicks.ts). Elsewhere (the 404 fallback, dev) the app starts at once.
 */
import './styles.css';
import { fetchPageCode } from './pageCode.ts';

const prerendered = document.getElementById('root')?.dataset.prerendered !== undefined;
fetchPageCode();
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
