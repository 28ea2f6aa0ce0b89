import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { setPrerenderedPath } from '../lib/router.tsx';
import { App } from './App.tsx';
import { selectionShareCode } from './deferredParts.tsx';
import { loadPage } from './pageData.ts';
import { currentChapterCode } from '../transcript/Chapters.tsx';
import { followModeCode } from '../transcript/useFollowMode.ts';
import { lineToolsCode } from '../transcript/TranscriptPanel.tsx';

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
  // What runs from the moment the page is live (follow mode, the current chapter, the selection share, the
  // line buttons) comes in beside the data (the build asks for it with the data: LIVE_MODULES in
  // src/prerender/plugin.ts); should it fail to load, the page goes live without it.
  const live = [followModeCode, currentChapterCode, selectionShareCode, lineToolsCode].map((code) =>
    code.load().catch(() => undefined),
  );
  void Promise.all([loadPage(prerenderedPath), ...live]).then(() => {
    hydrateRoot(container, app);
    // The page is live from here: sections are laid out as the app renders them (src/transcript/transcript.css).
    delete container.dataset.prerendered;
  });
} else {
  createRoot(container).render(app);
}
