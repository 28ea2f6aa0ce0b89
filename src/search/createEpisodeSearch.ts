import { speakerNames } from '../episodes/layout.ts';
import type { EpisodePageData } from '../episodes/model.ts';
import { searchTargets, type SearchTarget } from './episodeSearch.ts';
import { createMarkHub } from './markHub.ts';
import type { EpisodeSearch } from './SearchContext.tsx';
import { createSearchStore } from './searchStore.ts';

/**
 * An episode page's search: its store and its marks, over targets worked out on the first search, with the
 * lines' words as `readTexts` gives them then (a page reads them from its lines: see LineTiming).
 */
export function createEpisodeSearch(
  episode: Pick<EpisodePageData, 'lines' | 'sections' | 'speakers'>,
  readTexts: () => readonly string[],
): EpisodeSearch {
  let targets: SearchTarget[] | undefined;
  const targetsOf = () =>
    (targets ??= searchTargets(episode.lines, episode.sections, speakerNames(episode.speakers), readTexts()));
  const store = createSearchStore(targetsOf);
  return { store, marks: createMarkHub(store, targetsOf) };
}
