/**
 * Parts of the episode page that reading, playing and following do not need at once, each in a chunk of its
 * own (the page's code before its data has a budget: tests/bench/budgets.json). They load once the page is
 * live, or beside the episode's data for a page the browser renders itself, so they are in by the time they
 * are wanted. None is prerendered, so hydration never waits on them:
 *
 * - the passage bar and the resume offer, rendered by `LiveOnly` once the page is hydrated;
 * - the keyboard shortcuts dialog, rendered once it is asked for;
 * - the selection share, which watches the selection from the moment the page is live (start.tsx loads it
 *   beside the data), and its popover, which it loads (preloaded here).
 *
 * The pages that say what went wrong are here too, loaded only where one is shown.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { lateModule } from '../lib/lateModule.ts';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { selectionPopoverCode } from '../share/selectionPopoverCode.ts';
import type { Problem } from './ProblemPage.tsx';

const chunks = {
  passageBar: () => import('../share/PassageBar.tsx'),
  resumeOffer: () => import('../resume/ResumeOffer.tsx'),
  shortcutsDialog: () => import('./ShortcutsDialog.tsx'),
};

/** A page saying what went wrong (ProblemPage.tsx): a chunk of its own, loaded only where one is shown. */
const LazyProblemPage = lazy(() => import('./ProblemPage.tsx').then((m) => ({ default: m.ProblemPage })));
export const ProblemPage = (props: Problem) => (
  <Suspense fallback={null}>
    <LazyProblemPage {...props} />
  </Suspense>
);

export const PassageBar = lazy(() => chunks.passageBar().then((m) => ({ default: m.PassageBar })));
export const ResumeOffer = lazy(() => chunks.resumeOffer().then((m) => ({ default: m.ResumeOffer })));
export const ShortcutsDialog = lazy(() => chunks.shortcutsDialog().then((m) => ({ default: m.ShortcutsDialog })));

export const selectionShareCode = lateModule(() => import('../share/SelectionShare.tsx'));

/** Starts loading every part. */
export function preloadDeferredParts(): void {
  for (const load of Object.values(chunks)) void load();
  for (const code of [selectionShareCode, selectionPopoverCode]) code.load().catch(() => undefined);
}

export function LiveOnly({ children }: { children: ReactNode }) {
  return useInBrowser() ? <Suspense fallback={null}>{children}</Suspense> : null;
}
