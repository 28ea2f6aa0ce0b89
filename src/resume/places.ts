/**
 * Where the reader left each episode, kept in this browser: one small record per episode under its own key
 * (`transcript-player:place:<slug>`), so two tabs of different episodes never touch each other's, and two
 * of the same episode simply leave the last write. Whatever a key holds (a hand edit, an older format,
 * another app's value) is read as no place and replaced by the next write: reading never throws.
 */
import { readStored, removeStored, storedKeys, writeStored } from '../lib/storage.ts';

export const PLACE_PREFIX = 'transcript-player:place:';

export interface Place {
  /** The second the reader was at. */
  seconds: number;
  /** When it was written (ms since the epoch): "Continue watching" puts the most recent first. */
  at: number;
  /** The episode's length as known then, for "32 min left" without loading the episode. */
  duration: number;
  /** Watched to the end (the last minute, or past the final line): nothing to resume. */
  finished: boolean;
}

/** Under this nothing is kept: the reader had barely started. */
export const MIN_PLACE_SECONDS = 30;
/** Within this of the end, an episode counts as finished. */
export const FINISHED_WITHIN_SECONDS = 60;

/**
 * What to keep for the reader at `seconds` of an episode of `duration` whose final line starts at
 * `lastLine`: a place, a finished mark, or nothing (null: forget any place kept).
 */
export function placeFor(seconds: number, duration: number, lastLine: number, at: number): Place | null {
  if (!Number.isFinite(seconds) || seconds < MIN_PLACE_SECONDS) return null;
  const knownDuration = Number.isFinite(duration) && duration > 0 ? duration : 0;
  const finished = (knownDuration > 0 && seconds >= knownDuration - FINISHED_WITHIN_SECONDS) || seconds > lastLine;
  return { seconds: Math.floor(seconds), at, duration: knownDuration, finished };
}

const keyOf = (slug: string) => PLACE_PREFIX + slug;

/** Counts this tab's writes, so a view of every place (usePlaces.ts) knows when to read them again. */
let writes = 0;
export const placeWrites = () => writes;

/** A stored value as a place, or undefined for anything else. */
export function parsePlace(raw: string | undefined): Place | undefined {
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, t, at, d, done } = value as Record<string, unknown>;
  const number = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (v !== 1 || !number(t) || !number(at) || !number(d) || typeof done !== 'boolean') return undefined;
  return { seconds: t, at, duration: d, finished: done };
}

export function serialisePlace(place: Place): string {
  return JSON.stringify({ v: 1, t: place.seconds, at: place.at, d: place.duration, done: place.finished });
}

export function readPlace(slug: string): Place | undefined {
  return parsePlace(readStored(keyOf(slug)));
}

/** Keeps `place` for the episode, or forgets its place (null). */
export function writePlace(slug: string, place: Place | null): void {
  if (place) writeStored(keyOf(slug), serialisePlace(place));
  else removeStored(keyOf(slug));
  writes++;
}

/** Every episode's place that can be read, by slug. */
export function readAllPlaces(): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const key of storedKeys(PLACE_PREFIX)) {
    const place = parsePlace(readStored(key));
    if (place) places.set(key.slice(PLACE_PREFIX.length), place);
  }
  return places;
}

export function clearAllPlaces(): void {
  for (const key of storedKeys(PLACE_PREFIX)) removeStored(key);
  writes++;
}

/** Whether a `storage` event (another tab) changed a place. */
export const isPlaceKey = (key: string | null) => key === null || key.startsWith(PLACE_PREFIX);
