/**
 * Checks of follow mode's result that wait for conditions, not for the machine: the active line is judged
 * once the transcript has stopped scrolling, so a slow device's glide is neither cut short by a timeout nor
 * passed while it is still on its way.
 */
import type { Page } from '@playwright/test';
import { episodePage, expectActiveLineInView, placement, settledScrollTop } from './episode.ts';
import { expect } from './harness.ts';

/** The active line comes wholly into view, and is still there once the view has stopped moving. */
export async function expectActiveLineSettledInView(page: Page, when = '') {
  await expectActiveLineInView(page, when);
  await settledScrollTop(page);
  expect(await placement(episodePage(page).activeLine), `the active line stays in view ${when}`).toBe('inside');
}
