import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { setPrerenderedPath } from '../lib/router.tsx';
import { App } from './App.tsx';
import { loadPage } from './pageData.ts';
import './styles.css';

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// A page the build prerendered (see src/prerender) is already on screen: React takes it over once the page's
// data is here, rendering exactly what the build rendered. Other addresses (the 404 fallback, dev) render here.
const prerenderedPath = container.dataset.prerendered;
if (prerenderedPath !== undefined) {
  setPrerenderedPath(prerenderedPath);
  // Not awaited here: the document finishes loading (and the browser paints it) without waiting for this.
  void Promise.all([loadPage(prerenderedPath), afterNextPaint()]).then(() => hydrateRoot(container, app));
} else {
  createRoot(container).render(app);
}

/**
 * Lets the browser show the prerendered page before hydrating it takes the main thread (clicks meanwhile are
 * kept, see earlyClicks.ts). A hidden tab paints no frame: the timer goes on without one.
 */
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
