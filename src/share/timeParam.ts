/**
 * `?t=` / `#t=` values as people paste them: `1826`, `1826s`, `30:26`, `0:30:26`, `30m26s`, `1h2m3s`,
 * `1h`, `45m`. Anything else is not a time (undefined), so a bad link opens the episode at its start.
 *
 * A passage is a range, `?t=1930,1961` (Podlove's form) or `#t=1930,1961` (W3C Media Fragments), with any
 * of those syntaxes on either side. A reversed or empty range keeps its start only; an end past the
 * episode's is clamped to it.
 */
import { parseClock } from '../lib/time.ts';

const UNITS = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?$/i;
/** `M:SS` (minutes may pass 59: `90:00`) or `H:MM:SS`; seconds, and minutes after hours, stay under 60. */
const CLOCK = /^(?:\d+:[0-5]\d|\d+:[0-5]\d:[0-5]\d)$/;

export function parseTimeParam(raw: string | null | undefined): number | undefined {
  const text = raw?.trim().toLowerCase() ?? '';
  if (text === '') return undefined;
  if (text.includes(':')) return CLOCK.test(text) ? parseClock(text)?.seconds : undefined;
  const match = UNITS.exec(text);
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** A moment of an episode: a second, or a passage from `start` to `end`. */
export interface Moment {
  start: number;
  end?: number;
}

/** A `t` value as a moment: `1930` or `1930,1961` (undefined when its start is not a time). */
export function parseMoment(raw: string | null | undefined): Moment | undefined {
  const [first, second, ...rest] = (raw ?? '').split(',');
  const start = parseTimeParam(first);
  if (start === undefined || rest.length > 0) return undefined;
  const end = second === undefined ? undefined : parseTimeParam(second);
  return end !== undefined && end > start ? { start, end } : { start };
}

/** The moment a page address asks for (`?t=` wins over `#t=`), clamped to the episode; undefined for none. */
export function momentFromLocation(search: string, hash: string, end: number): Moment | undefined {
  const asked =
    parseMoment(new URLSearchParams(search).get('t')) ??
    parseMoment(new URLSearchParams(hash.replace(/^#/, '')).get('t'));
  if (!asked) return undefined;
  const last = Math.max(0, end);
  const start = Math.min(Math.max(0, asked.start), last);
  const stop = asked.end === undefined ? undefined : Math.min(asked.end, last);
  return stop !== undefined && stop > start ? { start, end: stop } : { start };
}

/** The start time a page address asks for, clamped to the episode; undefined for none. */
export function startTimeFromLocation(search: string, hash: string, end: number): number | undefined {
  return momentFromLocation(search, hash, end)?.start;
}
