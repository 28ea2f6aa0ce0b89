/**
 * `?t=` / `#t=` values as people paste them: `1826`, `1826s`, `30:26`, `0:30:26`, `30m26s`, `1h2m3s`,
 * `1h`, `45m`. Anything else is not a time (undefined), so a bad link opens the episode at its start.
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

/** The start time a page address asks for (`?t=` wins over `#t=`), clamped to the episode; undefined for none. */
export function startTimeFromLocation(search: string, hash: string, end: number): number | undefined {
  const fromQuery = parseTimeParam(new URLSearchParams(search).get('t'));
  const fromHash = parseTimeParam(new URLSearchParams(hash.replace(/^#/, '')).get('t'));
  const time = fromQuery ?? fromHash;
  if (time === undefined) return undefined;
  return Math.min(Math.max(0, time), Math.max(0, end));
}
