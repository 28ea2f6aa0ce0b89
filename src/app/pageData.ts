/**
 * What a page needs before it can show anything (an episode's data, the episode list, the library's code),
 * kept once loaded. Loading it ahead makes a page's first render the page itself: the build does so before
 * prerendering each page, and the browser before hydrating it, so both render the same thing.
 *
 * An episode's line texts are loaded only where its lines are rendered: by the build, and by the browser on
 * a page it was not given prerendered (the app went there from another page). A prerendered page keeps its
 * words in its HTML alone (see LineTiming).
 */
import { loaders, textLoaders } from 'virtual:episodes/loaders';
import type { EpisodePageData, EpisodeSummary, LineTexts } from '../episodes/model.ts';
import type * as LibraryRouteModule from './LibraryRoute.tsx';
import type * as RenderedPartsModule from './renderedParts.ts';
import { routeOf } from './routes.ts';

const episodes = new Map<string, EpisodePageData>();
const texts = new Map<string, LineTexts>();
let summaries: EpisodeSummary[] | undefined;
let libraryRoute: typeof LibraryRouteModule | undefined;
let renderedParts: typeof RenderedPartsModule | undefined;

export const loadedEpisode = (slug: string) => episodes.get(slug);
export const loadedTexts = (slug: string) => texts.get(slug);
export const loadedSummaries = () => summaries;
export const loadedLibraryRoute = () => libraryRoute;
export const loadedRenderedParts = () => renderedParts;

export function hasEpisode(slug: string): boolean {
  return Object.hasOwn(loaders, slug);
}

export async function loadEpisode(slug: string): Promise<EpisodePageData> {
  const episode = (await loaders[slug]!()).default;
  episodes.set(slug, episode);
  return episode;
}

/**
 * An episode's line texts, and the code of the parts a page renders with them (renderedParts.ts): what a page
 * the browser renders itself needs beyond what hydrating its prerendered HTML does.
 */
export async function loadTexts(slug: string): Promise<LineTexts> {
  const [loaded] = await Promise.all([textLoaders[slug]!(), loadRenderedParts()]);
  texts.set(slug, loaded.default);
  return loaded.default;
}

export async function loadRenderedParts(): Promise<typeof RenderedPartsModule> {
  return (renderedParts = await import('./renderedParts.ts'));
}

/**
 * Forgets the line texts loaded so far: a test that renders a page as the build does and then hydrates it in
 * the same document starts the browser's part as a browser would, without them.
 */
export const forgetTexts = () => texts.clear();

export async function loadSummaries(): Promise<EpisodeSummary[]> {
  return (summaries = (await import('virtual:episodes/index')).default);
}

export async function loadLibraryRoute(): Promise<typeof LibraryRouteModule> {
  return (libraryRoute = await import('./LibraryRoute.tsx'));
}

/**
 * Loads what the page at `path` needs to render in full at once; `withTexts` for a render that writes the
 * lines (the build's), not one that finds them in the page (hydration).
 */
export async function loadPage(path: string, { withTexts = false } = {}): Promise<void> {
  const route = routeOf(path);
  if (route.page === 'library') await Promise.all([loadSummaries(), loadLibraryRoute()]);
  else if (route.page === 'episode' && hasEpisode(route.slug)) {
    await Promise.all([loadEpisode(route.slug), withTexts && loadTexts(route.slug)]);
  }
}
