/**
 * An episode page as transcript search indexes it: the prerendered page's HTML, changed only in the copy
 * handed to Pagefind (the served page stays as it is, not a byte heavier).
 *
 * - Pagefind keeps, for every element with an `id` inside the indexed body, an anchor with the element's text
 *   and the position of its first word. On the lines (`<div id="line-42" class="line">`) that would store
 *   the transcript twice in every page's fragment, the file a browser fetches to show that page's hits (a
 *   150-line episode: 37.7 KB gzip instead of 20.8 KB). So the id moves onto an empty marker at the start of
 *   the line, `<i id="line-42"></i>`, whose anchor is only a position; the line's words are read from the
 *   fragment's text between that marker and the next (transcriptHits.ts).
 * - Speaker labels and section headers, which sit between lines and are indexed too, start with a marker
 *   of their own (`BREAK_ID`), so a line's words end where the next label or header begins.
 * - The page's slug and each line's start second go into the record as metadata (`starts`: lineStarts.ts),
 *   so a hit links to its second without loading the episode's data.
 *
 * Pure string work on the build's own HTML (React writes it, attribute values quoted).
 */
import { escapeHtml } from '../lib/html.ts';
import { encodeStarts } from './lineStarts.ts';
import { BREAK_ID } from './transcriptHits.ts';

const LINE_TAG = /<div\b([^>]*?)\s+id="(line-\d+)"([^>]*)>/g;
const BREAK_TAG = /<(?:p|h3)\b[^>]*\bclass="[^"]*\b(?:line-speaker|section-header)\b[^"]*"[^>]*>/g;

export interface IndexedEpisode {
  slug: string;
  /** Each line's link second (`linkSecond`), in line order. */
  starts: readonly number[];
}

/** The page's HTML with line markers, break markers and the record's metadata, for Pagefind only. */
export function pageForIndex(html: string, episode: IndexedEpisode): string {
  const marked = html
    .replace(LINE_TAG, (_, before: string, id: string, after: string) => `<div${before}${after}><i id="${id}"></i>`)
    .replace(BREAK_TAG, (tag) => `${tag}<i id="${BREAK_ID}"></i>`);
  const record =
    `<span data-pagefind-meta="slug[data-slug], starts[data-starts]" ` +
    `data-slug="${escapeHtml(episode.slug)}" data-starts="${encodeStarts(episode.starts)}"></span>`;
  return marked.includes('</body>') ? marked.replace('</body>', () => `${record}</body>`) : marked + record;
}
