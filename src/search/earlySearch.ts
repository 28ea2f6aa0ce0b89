/**
 * `/` and the keys typed after it before the app has taken the page over. The prerendered page answers clicks
 * and `k` / Space on its own (src/player/earlyPlayer.ts), and the app starts a little after the page is
 * painted (src/app/main.tsx), so a reader who presses `/` at once would otherwise open nothing, and the
 * letters they type next would be shortcuts (`k` plays). EARLY_SEARCH_SCRIPT (earlySearchScript.ts), in the page, keeps them: `/`
 * starts a query, letters add to it, Backspace takes one back, Escape drops it. The episode page, as it goes
 * live, opens its search with that query (takeEarlySearch) and the keys are the app's from then on.
 *
 * It acts only on a page with a transcript to search (the header's search button), and never on a key the
 * reader types into a field or presses with a modifier.
 */
declare global {
  interface Window {
    /** Not asked for yet: undefined; the query since `/`: a string; the app's now: null. */
    __earlySearch?: string | null;
  }
}

/** The query typed since an early `/`, if any; from now on the page's keys are the app's. */
export function takeEarlySearch(): string | null {
  const query = window.__earlySearch;
  window.__earlySearch = null;
  return typeof query === 'string' ? query : null;
}
