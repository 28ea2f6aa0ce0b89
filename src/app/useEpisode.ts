import { startTransition, useEffect, useState } from 'react';
import { broken } from 'virtual:episodes/loaders';
import type { EpisodeData } from '../episodes/model.ts';
import { hasEpisode, loadedEpisode, loadEpisode } from './pageData.ts';

export type EpisodeLoad =
  | { state: 'loading' }
  | { state: 'ready'; episode: EpisodeData }
  | { state: 'missing' }
  | { state: 'broken'; errors: string[] }
  | { state: 'failed' };

function initialLoad(slug: string): EpisodeLoad {
  const episode = loadedEpisode(slug);
  if (episode) return { state: 'ready', episode };
  if (hasEpisode(slug)) return { state: 'loading' };
  return broken[slug] ? { state: 'broken', errors: broken[slug] } : { state: 'missing' };
}

/** One episode's data: at once when already loaded, else its chunk on demand. */
export function useEpisode(slug: string): EpisodeLoad {
  const [result, setResult] = useState(() => initialLoad(slug));
  const loading = result.state === 'loading';
  useEffect(() => {
    if (!loading) return;
    let current = true;
    loadEpisode(slug).then(
      // A transition: a long transcript renders in slices that let the browser breathe, not in one long task.
      (episode) => current && startTransition(() => setResult({ state: 'ready', episode })),
      () => current && setResult({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [slug, loading]);
  return result;
}
