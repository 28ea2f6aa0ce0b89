import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { setPrerenderedPath } from '../lib/router.tsx';
import { App } from './App.tsx';
import { loadPage } from './pageData.ts';

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// A prerendered page is taken over once its data is here, rendering exactly what the build rendered.
const prerenderedPath = container.dataset.prerendered;
if (prerenderedPath !== undefined) {
  setPrerenderedPath(prerenderedPath);
  void loadPage(prerenderedPath).then(() => hydrateRoot(container, app));
} else {
  createRoot(container).render(app);
}
