import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while a page is prerendered and while the browser hydrates it, true after (and at once in a page the
 * browser renders itself): what exists only in the browser renders once the page is live, so hydration
 * meets exactly the HTML the build wrote.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
