import { speakerNames } from '../episodes/layout.ts';
import type { EpisodeData } from '../episodes/model.ts';
import { searchTargets, type SearchTarget } from './episodeSearch.ts';
import { createMarkHub } from './markHub.ts';
import type { EpisodeSearch } from './SearchContext.tsx';
import { createSearchStore } from './searchStore.ts';

/** An episode page's search: its store and its marks, over targets worked out on the first search. */
export function createEpisodeSearch(episode: Pick<EpisodeData, 'lines' | 'sections' | 'speakers'>): EpisodeSearch {
  let targets: SearchTarget[] | undefined;
  const targetsOf = () => (targets ??= searchTargets(episode.lines, episode.sections, speakerNames(episode.speakers)));
  const store = createSearchStore(targetsOf);
  return { store, marks: createMarkHub(store, targetsOf) };
}
