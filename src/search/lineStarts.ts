/**
 * Each line's start second, written compactly into a page's transcript-search record (Pagefind metadata: see
 * pagefindPage.ts) and read back in the browser, so that a hit links to `?t=<second>` without loading the
 * episode's data. A start is `Math.ceil` of the line's start, as the share links round it (src/app), so the
 * link lands inside its line. Starts never go backwards, so they are written as differences from the one
 * before, in base 36, comma-separated: a 200-line episode takes about 500 characters instead of 1,200.
 *
 * Pure, and used on both sides: by the build (Node) and by the library (browser).
 */

/** The second a link to this line opens at. */
export const linkSecond = (start: number) => Math.max(0, Math.ceil(start));

/** `[0, 5, 17, 17, 40]` → `'0,5,c,0,n'`. Any integers round-trip, negative differences included. */
export function encodeStarts(seconds: readonly number[]): string {
  let previous = 0;
  return seconds
    .map((second) => {
      const delta = second - previous;
      previous = second;
      return delta.toString(36);
    })
    .join(',');
}

/** The seconds `encodeStarts` wrote; an empty or damaged record gives what could be read (NaN becomes 0). */
export function decodeStarts(text: string | undefined): number[] {
  if (!text) return [];
  let second = 0;
  return text.split(',').map((delta) => {
    const value = parseInt(delta, 36);
    second += Number.isFinite(value) ? value : 0;
    return second;
  });
}
