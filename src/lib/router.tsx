/**
 * A small history router: the app has three kinds of page, so a routing library would cost more bundle
 * than it saves. Paths are app paths (`/episodes/x`); the deployment's base (`import.meta.env.BASE_URL`)
 * is added and removed here only.
 */
import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type RefObject } from 'react';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The app path of the current location, without the base. */
export function appPath(pathname = window.location.pathname): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return path === '' ? '/' : path;
}

/** The browser URL path for an app path. */
export function hrefFor(path: string): string {
  return base + (path.startsWith('/') ? path : `/${path}`);
}

/** An absolute URL for an app path, for links people copy and share. */
export function absoluteUrl(path: string): string {
  return new URL(hrefFor(path), window.location.origin).toString();
}

const NAVIGATE = 'transcript-player:navigate';

/**
 * Back and forward return a page to its place (a scroll position, a playback second): pages register a
 * keeper while they are shown, and the place is taken just before the page is left, not as it changes
 * (writing history is a synchronous call into the browser, too slow for every second of playback).
 * Leaving by an in-app link or by hiding or closing the page writes the place into the history entry.
 * Leaving by back or forward cannot write history (a history write during a traversal cancels it), so the
 * Navigation API's `navigate` event, which fires while the old entry is still current, keeps the place in
 * memory under that entry's key.
 */
type PlaceKeeper = () => Record<string, unknown>;
type Place = Record<string, unknown>;
const keepers = new Set<PlaceKeeper>();
const placesOfEntries = new Map<string, Place>();

interface NavigationLike extends EventTarget {
  currentEntry?: { key: string } | null;
}
const navigation = typeof window === 'undefined' ? undefined : (window as { navigation?: NavigationLike }).navigation;

function takePlace(): Place {
  const state: unknown = window.history.state;
  const place: Place = typeof state === 'object' && state !== null ? { ...state } : {};
  for (const keeper of keepers) Object.assign(place, keeper());
  return place;
}

function keepPlaces(): void {
  if (keepers.size === 0) return;
  window.history.replaceState(takePlace(), '');
  const entry = navigation?.currentEntry?.key;
  if (entry !== undefined) placesOfEntries.delete(entry); // the entry now holds the newer place
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', keepPlaces);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && keepPlaces());
  navigation?.addEventListener('navigate', (event) => {
    const leaving = navigation.currentEntry?.key;
    const traverse = (event as Event & { navigationType?: string }).navigationType === 'traverse';
    if (traverse && leaving && keepers.size > 0) placesOfEntries.set(leaving, takePlace());
  });
}

/** Registers `keeper` for as long as the calling component is mounted. */
export function useKeepPlace(keeper: PlaceKeeper): void {
  useEffect(() => {
    keepers.add(keeper);
    return () => {
      keepers.delete(keeper);
    };
  }, [keeper]);
}

/** What the current history entry's page kept under `key` when it was last left. */
export function recallFromHistory(key: string): unknown {
  const entry = navigation?.currentEntry?.key;
  const kept = entry === undefined ? undefined : placesOfEntries.get(entry);
  const state: unknown = kept ?? window.history.state;
  return typeof state === 'object' && state !== null ? (state as Place)[key] : undefined;
}

/** Whether the current page was reached inside the app (a link, back or forward) rather than by loading. */
let arrivedInApp = false;
if (typeof window !== 'undefined') window.addEventListener('popstate', () => (arrivedInApp = true));

export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = hrefFor(path);
  if (replace) {
    window.history.replaceState(window.history.state, '', url);
  } else {
    arrivedInApp = true;
    keepPlaces();
    window.history.pushState(null, '', url);
  }
  window.dispatchEvent(new Event(NAVIGATE));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search + window.location.hash;

/**
 * The address a page was prerendered for (see src/prerender): the build renders each page at its path alone,
 * and hydration must render exactly that; the query and hash (`?t=`, filters) apply right after.
 */
let prerenderedAt = '/';
export function setPrerenderedPath(path: string): void {
  prerenderedAt = path;
}
const prerenderedSnapshot = () => hrefFor(prerenderedAt);

/** Re-renders on every navigation; returns the app path, query and hash. */
export function useLocation(): { path: string; search: string; hash: string } {
  const href = useSyncExternalStore(subscribe, snapshot, prerenderedSnapshot);
  const url = new URL(href, 'http://app');
  return { path: appPath(url.pathname), search: url.search, hash: url.hash };
}

/**
 * After an in-app navigation, moves focus to the new page's main heading, so that screen readers announce
 * the page and keyboard users start from its top, as after a full page load.
 */
export function useFocusOnArrival(heading: RefObject<HTMLElement | null>, ready = true): void {
  useEffect(() => {
    if (ready && arrivedInApp) heading.current?.focus({ preventScroll: true });
  }, [heading, ready]);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link (so it opens in a new tab, copies, and works without script) that navigates in-app. */
export function Link({ to, onClick, ...props }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!event.defaultPrevented && plain && !props.target) {
      event.preventDefault();
      navigate(to);
    }
  };
  return <a href={hrefFor(to)} onClick={handleClick} {...props} />;
}
