/**
 * What a page needs before it can show anything (an episode's data, the episode list, the library's code),
 * kept once loaded. Loading it ahead makes a page's first render the page itself: the build does so before
 * prerendering each page, and the browser before hydrating it, so both render the same thing.
 */
import { loaders } from 'virtual:episodes/loaders';
import type { EpisodeData, EpisodeSummary } from '../episodes/model.ts';
import type * as LibraryRouteModule from './LibraryRoute.tsx';
import { routeOf } from './routes.ts';

const episodes = new Map<string, EpisodeData>();
let summaries: EpisodeSummary[] | undefined;
let libraryRoute: typeof LibraryRouteModule | undefined;

export const loadedEpisode = (slug: string) => episodes.get(slug);
export const loadedSummaries = () => summaries;
export const loadedLibraryRoute = () => libraryRoute;

export function hasEpisode(slug: string): boolean {
  return Object.hasOwn(loaders, slug);
}

export async function loadEpisode(slug: string): Promise<EpisodeData> {
  const episode = (await loaders[slug]!()).default;
  episodes.set(slug, episode);
  return episode;
}

export async function loadSummaries(): Promise<EpisodeSummary[]> {
  return (summaries = (await import('virtual:episodes/index')).default);
}

export async function loadLibraryRoute(): Promise<typeof LibraryRouteModule> {
  return (libraryRoute = await import('./LibraryRoute.tsx'));
}

/** Loads what the page at `path` needs to render in full at once. */
export async function loadPage(path: string): Promise<void> {
  const route = routeOf(path);
  if (route.page === 'library') await Promise.all([loadSummaries(), loadLibraryRoute()]);
  else if (route.page === 'episode' && hasEpisode(route.slug)) await loadEpisode(route.slug);
}
