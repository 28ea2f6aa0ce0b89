/**
 * Passages: a run of what was said, from a start to an end second. Pure: which lines a passage covers,
 * its link, and the quote copied for it (“the words” — Speaker, Episode (32:10–32:41), then the link).
 */
import { lastAtOrBefore } from '../lib/binarySearch.ts';
import { absoluteUrl } from '../lib/router.tsx';
import { formatClock } from '../lib/time.ts';

export interface Passage {
  start: number;
  end: number;
}

/**
 * Where line `index` stops being spoken: the next later start, or the episode's end after the last
 * (`starts`: every line's start, in order).
 */
export function lineEnd(starts: readonly number[], index: number, duration: number): number {
  const start = starts[index]!;
  for (let next = index + 1; next < starts.length; next++) if (starts[next]! > start) return starts[next]!;
  return Math.max(duration, start);
}

/** The passage lines `first` to `last` make up. */
export function linesPassage(starts: readonly number[], first: number, last: number, duration: number): Passage {
  return { start: starts[first]!, end: lineEnd(starts, last, duration) };
}

/** The lines a passage covers: from the one spoken at its start to the last that starts before its end. */
export function passageLines(starts: readonly number[], passage: Passage): { first: number; last: number } {
  const first = Math.max(0, lastAtOrBefore(starts, passage.start));
  const last = Math.max(first, lastAtOrBefore(starts, Math.max(passage.start, passage.end - 0.001)));
  return { first, last };
}

/** `32:10–32:41` */
export const passageClock = ({ start, end }: Passage) => `${formatClock(start)}–${formatClock(end)}`;

/** The passage's address, in Podlove's form `?t=1930,1961`: whole seconds that cover it. */
export function passageLink(slug: string, { start, end }: Passage): string {
  return absoluteUrl(`/episodes/${encodeURIComponent(slug)}?t=${Math.floor(start)},${Math.ceil(end)}`);
}

export interface Quote {
  /** The words, as selected. */
  text: string;
  /** Who says them, in order, each once. */
  speakers: readonly string[];
  episodeTitle: string;
  passage: Passage;
  link: string;
}

/** “the words” — Alexey, Luke Whipps, Episode title (32:10–32:41), then the link on its own line. */
export function quoteText({ text, speakers, episodeTitle, passage, link }: Quote): string {
  const words = text.replace(/\s+/g, ' ').trim();
  const who = [...speakers, episodeTitle].filter(Boolean).join(', ');
  return `“${words}” — ${who} (${passageClock(passage)})\n${link}`;
}

/** The speakers of lines `first` to `last` (`speakers`: each line's speaker index), in order, each once. */
export function speakersOf(
  speakers: readonly number[],
  first: number,
  last: number,
  names: readonly string[],
): string[] {
  const seen: string[] = [];
  for (let i = first; i <= last; i++) {
    const name = names[speakers[i]!];
    if (name && !seen.includes(name)) seen.push(name);
  }
  return seen;
}
