/**
 * Typing as a person types: one key at a time, KEY_INTERVAL_MS apart, in Playwright's pages and in the bare
 * browser's. Each key is a real key event (keydown, keypress, input, keyup), so the app does per keystroke
 * what it does for a reader, and the search timings start at the last key.
 *
 * The keys keep their beat: key i is sent KEY_INTERVAL_MS × i after the first, whatever the page does. Each
 * press returns only once the page has handled it, so waiting a fixed pause after each would stretch the
 * gaps by the page's own work (a 100 ms keystroke would make a 250 ms gap, long enough for the library's
 * typing pause to run a search for the prefix). A person's fingers do not wait for the screen: their keys
 * queue while the page is busy and are handled back to back.
 */
import type { Page } from '@playwright/test';
import type { BarePage } from './bareBrowser.ts';

/**
 * 150 ms between keys: a fluent typist inside a word (about 80 words a minute). It is under the library's
 * 200 ms typing pause (src/library/useTranscriptSearch.ts), so a word typed at this pace is one transcript
 * query; a slower typist also searches the prefixes typed on the way.
 */
export const KEY_INTERVAL_MS = 150;

/** Presses each character of `text` on the beat. */
async function onTheBeat(text: string, press: (char: string) => Promise<void>): Promise<void> {
  const start = performance.now();
  for (const [i, char] of [...text].entries()) {
    const wait = start + i * KEY_INTERVAL_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await press(char);
  }
}

/** Types `text` into the focused element of a Playwright page, key by key. */
export function typeKeys(page: Page, text: string): Promise<void> {
  return onTheBeat(text, (char) => page.keyboard.press(char === ' ' ? 'Space' : char));
}

/** The same in the bare browser. */
export function typeKeysBare(page: BarePage, text: string): Promise<void> {
  return onTheBeat(text, (char) => page.press(char));
}
