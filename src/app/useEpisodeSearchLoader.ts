import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpisodePageData } from '../episodes/model.ts';
import type { EpisodeSearch } from '../search/SearchContext.tsx';
import type * as SearchFeature from './searchFeature.ts';

type Feature = typeof SearchFeature;

/**
 * The episode's search, made once its code is in (searchFeature.ts): null until then. `withSearch(run)` runs
 * `run` with the search at once if it is loaded, else once its code has come (loading it on the first call)
 * and the page has rendered with it, so that what shows the search (the bar, the marks, the view) is there
 * to follow what `run` does: the first press of `/` opens the field a moment later instead of never.
 */
export function useEpisodeSearchLoader(
  episode: Pick<EpisodePageData, 'lines' | 'sections' | 'speakers'>,
  readTexts: () => readonly string[],
): { search: EpisodeSearch | null; feature: Feature | null; withSearch(run: (search: EpisodeSearch) => void): void } {
  const [loaded, setLoaded] = useState<{ feature: Feature; search: EpisodeSearch } | null>(null);
  const current = useRef(loaded);
  const waiting = useRef<Array<(search: EpisodeSearch) => void>>([]);
  const loading = useRef(false);

  // After the render with the search: the effects of the parts that show it (children) have run by now.
  useEffect(() => {
    current.current = loaded;
    if (loaded) for (const run of waiting.current.splice(0)) run(loaded.search);
  }, [loaded]);

  const withSearch = useCallback(
    (run: (search: EpisodeSearch) => void) => {
      if (current.current) return run(current.current.search);
      waiting.current.push(run);
      if (loading.current) return;
      loading.current = true;
      void import('./searchFeature.ts').then((feature) =>
        setLoaded({ feature, search: feature.createEpisodeSearch(episode, readTexts) }),
      );
    },
    [episode, readTexts],
  );
  return { search: loaded?.search ?? null, feature: loaded?.feature ?? null, withSearch };
}
