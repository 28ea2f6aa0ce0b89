/**
 * From a Pagefind result to the lines it was found in: which lines, at which second, and what to show of
 * each with the query's words marked. Pure (no Pagefind, no DOM), so it is tested on its own.
 *
 * A page's fragment holds its indexed text (`content`), the word positions of the hits (`locations`, counted
 * over the text split at white space) and an anchor for every marker the index put in (pagefindPage.ts): one
 * empty `line-<index>` marker where each line starts and a `break` marker where each speaker label or section
 * header starts. The markers cut the text into segments; a hit belongs to the segment it falls in, the last
 * one starting at or before it. A hit in a line is that line's; a hit in a label or header is shown with the
 * line that follows it, the label first.
 *
 * Marks: every occurrence of each query word in the shown text (folded: case, accents, quote styles: fold.ts),
 * and the words Pagefind matched at the hit positions, which may differ from the query (stemming: "interviews"
 * finds "interview"; prefixes: "interv" finds "interview").
 *
 * When a word is not in the index at all, Pagefind answers with words that share only its first letters
 * ("zxqv" finds "Z,", "aaaa" finds "A/A"); such hits are dropped (`matchesQuery`), so a query of nonsense
 * finds nothing rather than something unrelated.
 */
import { lastAtOrBefore } from '../lib/binarySearch.ts';
import { findMatches, type TextRange } from './findMatches.ts';
import { foldQuery, foldText } from './fold.ts';
import { decodeStarts } from './lineStarts.ts';

/** The id of the marker that starts a speaker label or a section header. */
export const BREAK_ID = 'break';
/** A line's id, as src/transcript writes it (`lineId`), and its index. */
export const LINE_ANCHOR = /^line-(\d+)$/;

/** Letters or digits a query needs (folded) before transcripts are searched: one letter finds every page. */
export const MIN_QUERY_CHARACTERS = 2;
/** Words of a query sent to the index: each word loads its own index chunk, so a pasted paragraph must not. */
export const MAX_QUERY_WORDS = 8;
/** How much of a line a hit shows: about two lines of text on a phone, the first hit word near its start. */
export const EXCERPT_WORDS = 24;
const WORDS_BEFORE_HIT = 8;
/** A hit in a speaker label or section header counts for less than one in what was said. */
const LABEL_WEIGHT = 0.5;

/** What of a Pagefind fragment (`result.data()`) this module reads. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: readonly { id: string; location: number }[];
  locations: readonly number[];
  weighted_locations?: readonly { location: number; balanced_score: number }[];
}

/** Shown text with marked ranges (offsets into `text`). */
export interface MarkedText {
  text: string;
  marks: TextRange[];
}

export interface LineHit {
  /** The line's index in the episode. */
  line: number;
  /** Where a link to it opens (`?t=`). */
  second: number;
  /** Part of the line: EXCERPT_WORDS words around the first hit. */
  excerpt: MarkedText;
  /** Whether words of the line come before or after the excerpt (shown as "…"). */
  cutBefore: boolean;
  cutAfter: boolean;
  /** The speaker label or section header the query was found in, shown before the line. */
  label?: MarkedText;
  /** How well it matches: Pagefind's scores of its hit words. */
  score: number;
}

export interface EpisodeHits {
  slug: string;
  /** The indexed title (the library shows its own summary's when it has the episode). */
  title: string;
  /** Every line hit, in line order. */
  hits: LineHit[];
}

const isWordy = (text: string) => /[\p{L}\p{N}]/u.test(text);
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Letters a matched word must share with the start of a query word (fewer for a shorter query word). */
const SHARED_START = 3;

const sharedStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether a word Pagefind matched is one the query asked for: it, or one of its parts (`pre-research`), starts
 * with the first letters of a query word (SHARED_START, or the whole query word when shorter), as a prefix or
 * another form of the same word does ("interv", "interviews" → "interview"). With no words to judge by, yes.
 */
export function matchesQuery(word: string, query: readonly string[]): boolean {
  if (query.length === 0) return true;
  const folded = foldQuery(word);
  const parts = [folded.replace(EDGE_PUNCTUATION, ''), ...folded.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
  return query.some((q) => parts.some((part) => sharedStart(part, q) >= Math.min(q.length, SHARED_START)));
}

/** Whether a query is worth searching transcripts for (see MIN_QUERY_CHARACTERS). */
export function searchesTranscripts(query: string): boolean {
  return (foldQuery(query).match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= MIN_QUERY_CHARACTERS;
}

/** The query as sent to Pagefind: its first MAX_QUERY_WORDS words. */
export function indexQuery(query: string): string {
  return query.trim().split(/\s+/).slice(0, MAX_QUERY_WORDS).join(' ');
}

/** The query's words as they are marked: folded, without the punctuation around them, each once. */
export function queryWords(query: string): string[] {
  const words = foldQuery(indexQuery(query))
    .split(' ')
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter(isWordy);
  return [...new Set(words)];
}

interface Segment {
  /** A line's index, or -1 for a label or header. */
  line: number;
  from: number;
  to: number;
}

/** The fragment's text cut at its markers, in order. */
function segmentsOf(fragment: PagefindFragment, wordCount: number): Segment[] {
  const markers = fragment.anchors
    .flatMap((anchor) => {
      const line = LINE_ANCHOR.exec(anchor.id);
      if (line) return [{ line: Number(line[1]), at: anchor.location }];
      return anchor.id === BREAK_ID ? [{ line: -1, at: anchor.location }] : [];
    })
    .sort((a, b) => a.at - b.at);
  return markers.map((marker, i) => ({
    line: marker.line,
    from: marker.at,
    to: Math.min(wordCount, markers[i + 1]?.at ?? wordCount),
  }));
}

/** Words joined by single spaces, with each word's start offset. */
function joinWords(words: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const word of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += word;
  }
  return { text, starts };
}

/** Merges ranges into sorted, non-overlapping ones. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `words` as text, marked: each query word wherever it occurs, and the words at `hitWords` (indices). */
function markWords(words: readonly string[], hitWords: ReadonlySet<number>, query: readonly string[]): MarkedText {
  const { text, starts } = joinWords(words);
  const folded = foldText(text);
  const ranges = query.flatMap((word) => findMatches(folded, word));
  for (const index of hitWords) {
    const word = words[index];
    if (word === undefined) continue;
    const core = word.replace(EDGE_PUNCTUATION, '');
    if (!core) continue;
    const start = starts[index]! + word.indexOf(core);
    ranges.push({ start, end: start + core.length });
  }
  return { text, marks: mergeRanges(ranges) };
}

interface Found {
  segment: Segment;
  /** Hit positions in the line (absolute word positions). */
  words: Set<number>;
  label?: { segment: Segment; words: Set<number> };
  score: number;
}

/** Every line the fragment's hits fall in, in line order, with what to show of it. */
export function lineHits(fragment: PagefindFragment, query: string): LineHit[] {
  const words = fragment.content.split(/\s+/).filter(Boolean);
  const segments = segmentsOf(fragment, words.length);
  const segmentStarts = segments.map((segment) => segment.from);
  const starts = decodeStarts(fragment.meta.starts);
  const scored = fragment.weighted_locations ?? fragment.locations.map((location) => ({ location, balanced_score: 1 }));
  const marked = queryWords(query);
  const found = new Map<number, Found>();
  for (const { location, balanced_score } of scored) {
    let at = lastAtOrBefore(segmentStarts, location);
    if (at < 0 || location >= words.length || !matchesQuery(words[location]!, marked)) continue;
    const hitSegment = segments[at]!;
    // A label or header: the line after it (a header may be followed by a label, then the line).
    while (at < segments.length && segments[at]!.line < 0) at++;
    const segment = segments[at];
    if (!segment) continue;
    const entry = found.get(segment.line) ?? { segment, words: new Set<number>(), score: 0 };
    if (hitSegment === segment) {
      entry.words.add(location);
      entry.score += balanced_score;
    } else {
      entry.label ??= { segment: hitSegment, words: new Set() };
      if (entry.label.segment === hitSegment) entry.label.words.add(location);
      entry.score += balanced_score * LABEL_WEIGHT;
    }
    found.set(segment.line, entry);
  }

  return [...found.values()]
    .sort((a, b) => a.segment.line - b.segment.line)
    .map(({ segment, words: hitWords, label, score }) => {
      const lineWords = words.slice(segment.from, segment.to);
      const relative = new Set([...hitWords].map((word) => word - segment.from));
      const first = Math.min(...relative, lineWords.length);
      const start = first >= lineWords.length ? 0 : Math.max(0, first - WORDS_BEFORE_HIT);
      const from = Math.max(0, Math.min(start, lineWords.length - EXCERPT_WORDS));
      const to = Math.min(lineWords.length, from + EXCERPT_WORDS);
      const shown = new Set([...relative].map((word) => word - from));
      const hit: LineHit = {
        line: segment.line,
        second: starts[segment.line] ?? 0,
        excerpt: markWords(lineWords.slice(from, to), shown, marked),
        cutBefore: from > 0,
        cutAfter: to < lineWords.length,
        score,
      };
      if (label) {
        const labelWords = words.slice(label.segment.from, label.segment.to);
        // Pagefind ends a block without punctuation with a full stop ("Alexey."): the label reads as a name.
        const last = labelWords.length - 1;
        if (last >= 0) labelWords[last] = labelWords[last]!.replace(/\.$/, '');
        const labelHits = new Set([...label.words].map((word) => word - label.segment.from));
        hit.label = markWords(labelWords, labelHits, marked);
      }
      return hit;
    });
}

/** The `count` best hits (highest score, earlier first on a tie), in line order. */
export function bestHits(hits: readonly LineHit[], count: number): LineHit[] {
  return [...hits]
    .sort((a, b) => b.score - a.score || a.line - b.line)
    .slice(0, count)
    .sort((a, b) => a.line - b.line);
}

/** The slug a fragment records, else the one in its URL (`…/episodes/<slug>`). */
function slugOf(fragment: PagefindFragment): string {
  if (fragment.meta.slug) return fragment.meta.slug;
  const last = fragment.url.replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function episodeHits(fragment: PagefindFragment, query: string): EpisodeHits {
  const slug = slugOf(fragment);
  return { slug, title: fragment.meta.title ?? slug, hits: lineHits(fragment, query) };
}
