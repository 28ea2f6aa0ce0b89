import { startTransition, useEffect, useState } from 'react';
import { broken, loaders } from 'virtual:episodes/loaders';
import type { EpisodeData } from '../episodes/model.ts';

export type EpisodeLoad =
  | { state: 'loading' }
  | { state: 'ready'; episode: EpisodeData }
  | { state: 'missing' }
  | { state: 'broken'; errors: string[] }
  | { state: 'failed' };

/** Loads one episode's chunk on demand. */
export function useEpisode(slug: string): EpisodeLoad {
  const load = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
  const [result, setResult] = useState<EpisodeLoad>(() =>
    load ? { state: 'loading' } : broken[slug] ? { state: 'broken', errors: broken[slug] } : { state: 'missing' },
  );
  useEffect(() => {
    if (!load) return;
    let current = true;
    load().then(
      // A transition: a long transcript renders in slices that let the browser breathe, not in one long task.
      (module) => current && startTransition(() => setResult({ state: 'ready', episode: module.default })),
      () => current && setResult({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return result;
}
