import type { RefObject } from 'react';
import { useEpisodeSearch } from '../search/SearchContext.tsx';
import { usePlaybackStore } from '../store/PlaybackContext.tsx';
import { useLineMarks } from './useLineMarks.ts';
import { useSearchView } from './useSearchView.ts';

/**
 * What the episode's search does to the transcript: its marks drawn into the lines, and the current match
 * brought into view. Rendered by the panel once the search's code is in (src/app/searchFeature.ts).
 */
export function SearchInTranscript({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const search = useEpisodeSearch();
  useSearchView(containerRef, search, usePlaybackStore());
  useLineMarks(search);
  return null;
}
