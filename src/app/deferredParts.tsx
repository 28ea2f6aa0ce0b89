/**
 * Parts of the episode page that reading, playing and following do not need at once, each in a chunk of its
 * own that loads once the page's code runs (the page's code before its data has a budget:
 * tests/bench/budgets.json). Parts only a live page shows, and nothing of which is prerendered: rendered by
 * `LiveOnly` once the page is hydrated, so hydration never waits on them.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useInBrowser } from '../lib/useInBrowser.ts';

const chunks = {
  passageBar: () => import('../share/PassageBar.tsx'),
  resumeOffer: () => import('../resume/ResumeOffer.tsx'),
};

export const PassageBar = lazy(() => chunks.passageBar().then((m) => ({ default: m.PassageBar })));
export const ResumeOffer = lazy(() => chunks.resumeOffer().then((m) => ({ default: m.ResumeOffer })));

/** Starts loading every part, beside an episode's data, for a page the browser renders itself. */
export function preloadDeferredParts(): void {
  for (const load of Object.values(chunks)) void load();
}

export function LiveOnly({ children }: { children: ReactNode }) {
  return useInBrowser() ? <Suspense fallback={null}>{children}</Suspense> : null;
}
