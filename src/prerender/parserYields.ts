/**
 * Yield points for the browser's HTML parser in a long prerendered page.
 *
 * Chromium parses a document that has fully arrived in slices of up to 500 ms once it has yielded a few
 * times, and a slice is one task: a 15,000-line transcript (megabytes of HTML) would block the page that
 * long. After running a script in the body the parser yields within 10 ms, so a tiny script placed every
 * YIELD_EVERY_BYTES keeps every slice short. Each script removes itself as it runs, so the page the app
 * hydrates is exactly the HTML React wrote; without JavaScript the scripts do nothing.
 *
 * A yield has a price: the browser may lay out and paint the part parsed so far before it goes on, and the
 * page is complete that much later (three yields in a 1,000-line page made it complete about 60 ms later on
 * the bench's machine). So slices are as long as they can be without being a long task, and there is no
 * yield where the rest of the page is shorter than a slice: a page of up to twice that has none.
 */
export const PARSER_YIELD_SCRIPT = '<script>document.currentScript.remove()</script>';

/** About 25 ms of parsing on the bench's machine: a slice is 25–50 ms, never a long task. */
export const YIELD_EVERY_BYTES = 160_000;

/** How React writes a block of lines (src/transcript/LineBlock.tsx; tests/e2e/prerender.spec.ts keeps the two in step). */
export const BLOCK_START = '<div class="line-block"';

/**
 * Puts a yield script before the first block of lines after every `every` characters of markup, where at
 * least `every` characters are still to come.
 */
export function withParserYields(markup: string, every = YIELD_EVERY_BYTES): string {
  const parts: string[] = [];
  let copied = 0;
  let lastYield = 0;
  for (let at = markup.indexOf(BLOCK_START); at !== -1; at = markup.indexOf(BLOCK_START, at + 1)) {
    if (at - lastYield < every || markup.length - at < every) continue;
    parts.push(markup.slice(copied, at), PARSER_YIELD_SCRIPT);
    copied = lastYield = at;
  }
  parts.push(markup.slice(copied));
  return parts.join('');
}
