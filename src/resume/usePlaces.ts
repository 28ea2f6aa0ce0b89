/**
 * Every episode's kept place, for the library: read once and again only after a write in this tab or a
 * `storage` event from another (a tab playing an episode updates the library in the next). Empty while the
 * page is prerendered or hydrating: the build knows nothing of this browser.
 */
import { useSyncExternalStore } from 'react';
import { isPlaceKey, placeWrites, readAllPlaces, type Place } from './places.ts';

const NONE: ReadonlyMap<string, Place> = new Map();
const listeners = new Set<() => void>();
let otherTabs = 0;
let cached: { version: string; places: ReadonlyMap<string, Place> } | undefined;

function snapshot(): ReadonlyMap<string, Place> {
  const version = `${placeWrites()}:${otherTabs}`;
  if (cached?.version !== version) cached = { version, places: readAllPlaces() };
  return cached.places;
}

function onStorage(event: StorageEvent) {
  if (!isPlaceKey(event.key)) return;
  otherTabs++;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('storage', onStorage);
    cached = undefined; // nothing watches storage now: the next view reads it afresh
  };
}

/** Tells this tab's views that a place changed here (forgetting one, clearing all). */
export function placesChanged(): void {
  listeners.forEach((listener) => listener());
}

export function usePlaces(): ReadonlyMap<string, Place> {
  return useSyncExternalStore(subscribe, snapshot, () => NONE);
}
