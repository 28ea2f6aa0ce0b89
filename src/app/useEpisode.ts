import { startTransition, useEffect, useState } from 'react';
import { broken } from 'virtual:episodes/loaders';
import type { EpisodePageData, LineTexts } from '../episodes/model.ts';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { preloadDeferredParts } from './deferredParts.tsx';
import { hasEpisode, loadedEpisode, loadedTexts, loadEpisode, loadTexts } from './pageData.ts';

export type EpisodeLoad =
  | { state: 'loading' }
  /** `texts` unless the lines are already in the page (a prerendered page being hydrated). */
  | { state: 'ready'; episode: EpisodePageData; texts?: LineTexts }
  | { state: 'missing' }
  | { state: 'broken'; errors: string[] }
  | { state: 'failed' };

/** `prerendered`: the page is the build's HTML (being written, or hydrated), lines included. */
function initialLoad(slug: string, prerendered: boolean): EpisodeLoad {
  const episode = loadedEpisode(slug);
  const texts = loadedTexts(slug);
  // Loaded before the first render: by the build with the texts, or by a browser about to hydrate without.
  if (episode && (texts || prerendered)) return { state: 'ready', episode, texts };
  if (hasEpisode(slug)) return { state: 'loading' };
  return broken[slug] ? { state: 'broken', errors: broken[slug] } : { state: 'missing' };
}

/**
 * One episode's data: at once when already loaded, else its chunks (data and line texts) on demand. The
 * texts are needed wherever the browser renders the lines itself: on any page but the prerendered one as it
 * is hydrated (coming back to that episode later included).
 */
export function useEpisode(slug: string): EpisodeLoad {
  const prerendered = !useInBrowser();
  const [result, setResult] = useState(() => initialLoad(slug, prerendered));
  const loading = result.state === 'loading';
  useEffect(() => {
    if (!loading) return;
    let current = true;
    preloadDeferredParts();
    Promise.all([loadEpisode(slug), loadTexts(slug)]).then(
      // A transition: a long transcript renders in slices that let the browser breathe, not in one long task.
      ([episode, texts]) => current && startTransition(() => setResult({ state: 'ready', episode, texts })),
      () => current && setResult({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [slug, loading]);
  return result;
}
