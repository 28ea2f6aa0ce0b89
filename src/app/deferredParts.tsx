/**
 * Parts of the episode page that reading, playing and following do not need at once, each in a chunk of its
 * own that loads once the page's code runs: the page's code before its data has a budget
 * (tests/bench/budgets.json), and these are a fifth of the app's own code.
 *
 * - `Deferred`: a part the build renders too (the episode's details, the transcript files). Its prerendered
 *   HTML stays as it is, links and `<details>` working, and React takes it over once its code is in.
 * - `LiveOnly`: a part only a live page shows (nothing of it is prerendered): rendered once hydrated.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useInBrowser } from '../lib/useInBrowser.ts';

const chunks = {
  details: () => import('./EpisodeDetails.tsx'),
  downloads: () => import('../exports/DownloadMenu.tsx'),
  selectionShare: () => import('../share/SelectionShare.tsx'),
  passageBar: () => import('../share/PassageBar.tsx'),
  resumeOffer: () => import('../resume/ResumeOffer.tsx'),
};

export const EpisodeDetails = lazy(() => chunks.details().then((m) => ({ default: m.EpisodeDetails })));
export const DownloadMenu = lazy(() => chunks.downloads().then((m) => ({ default: m.DownloadMenu })));
export const SelectionShare = lazy(() => chunks.selectionShare().then((m) => ({ default: m.SelectionShare })));
export const PassageBar = lazy(() => chunks.passageBar().then((m) => ({ default: m.PassageBar })));
export const ResumeOffer = lazy(() => chunks.resumeOffer().then((m) => ({ default: m.ResumeOffer })));

/** Starts loading every part, beside an episode's data, for a page the browser renders itself. */
export function preloadDeferredParts(): void {
  for (const load of Object.values(chunks)) void load();
}

export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

export function LiveOnly({ children }: { children: ReactNode }) {
  return useInBrowser() ? <Suspense fallback={null}>{children}</Suspense> : null;
}
