/** Playback speeds: the ones offered, stepping between them, and the one remembered across episodes. */
import { readStored, writeStored } from '../lib/storage.ts';

/** What the speed control offers (YouTube's own steps up to 2×). */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The range YouTube plays at; anything else read from storage is garbage. */
const MIN_RATE = 0.25;
const MAX_RATE = 2;
const STORAGE_KEY = 'transcript-player:rate';

/** The offered speed one step slower (-1) or faster (1) than `rate`, which may lie between two steps. */
export function stepRate(rate: number, step: -1 | 1): number {
  if (step === 1) return PLAYBACK_RATES.find((r) => r > rate + 1e-9) ?? PLAYBACK_RATES.at(-1)!;
  return PLAYBACK_RATES.findLast((r) => r < rate - 1e-9) ?? PLAYBACK_RATES[0];
}

/** `1.25×` */
export const formatRate = (rate: number) => `${Number(rate.toFixed(2))}×`;

export function isPlaybackRate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_RATE && value <= MAX_RATE;
}

export function readPreferredRate(): number {
  const stored = Number(readStored(STORAGE_KEY));
  return isPlaybackRate(stored) ? stored : 1;
}

export function writePreferredRate(rate: number): void {
  if (isPlaybackRate(rate)) writeStored(STORAGE_KEY, String(rate));
}
