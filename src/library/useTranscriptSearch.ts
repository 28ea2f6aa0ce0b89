/**
 * The library's transcript search as React state: each keystroke's query is handed to the index at once
 * (`prepare`: the engine loads from the first key, the query is searched once it is long enough, no fragment
 * is fetched), and its hits are loaded and shown once typing pauses (not per keystroke, so that each query
 * costs one round of fragment fetches and screen readers hear one count), each of the first episodes as its
 * hits come in; a query typed past is aborted, so its fragments are never fetched. The previous hits stay on
 * screen until the new ones arrive, and a failure to load the index is reported as such, leaving the
 * library's own search untouched.
 */
import { useCallback, useEffect, useState } from 'react';
import { searchesTranscripts, type EpisodeHits } from '../search/transcriptHits.ts';
import type { TranscriptQuery, TranscriptResults, TranscriptSearch } from '../search/transcriptSearch.ts';

/**
 * How long typing must pause before the hits are loaded. Longer than a fluent typist's gap between keys
 * (about 150 ms), so that a word typed at that pace fetches one query's fragments, not each prefix's; the
 * index search itself runs during the pause.
 */
export const TYPING_PAUSE_MS = 200;

export type TranscriptView =
  /** No transcript search: no query, one too short to search (see MIN_QUERY_CHARACTERS), or no index. */
  { status: 'off' } | { status: 'searching'; previous?: TranscriptFound } | TranscriptFound | { status: 'unavailable' };

export interface TranscriptFound {
  status: 'found';
  /** The query these hits are for (links carry it as `q=`). */
  text: string;
  /**
   * How many episodes' transcripts match: Pagefind's count, less the loaded episodes that had no line to show
   * (see `matchesQuery`).
   */
  total: number;
  /** The episodes shown, best first (those with a line to show). */
  episodes: EpisodeHits[];
  /** How many of the `total` have been loaded (shown or not). */
  loaded: number;
  /** Loading the next episodes' hits (also while the first ones come in). */
  loadingMore: boolean;
}

type Outcome = TranscriptFound | { status: 'unavailable' };

interface Settled {
  /** The query and filters the outcome is for. */
  key: string;
  outcome: Outcome;
  results?: TranscriptResults;
}

export function useTranscriptSearch(
  search: TranscriptSearch | undefined,
  { text, topic, guest }: TranscriptQuery,
): { view: TranscriptView; showMore(): void } {
  const [settled, setSettled] = useState<Settled>();
  const wanted = search !== undefined && searchesTranscripts(text);
  const key = JSON.stringify([text, topic, guest]);

  // The engine loads from the first key, and the index is searched while the reader types; the hits wait for a
  // pause. Loading takes longer than a word takes to type on a slow device, so it starts before the query is
  // long enough to search.
  const typed = search !== undefined && text.trim() !== '';
  useEffect(() => {
    if (search && typed) search.prepare?.({ text, topic, guest });
  }, [search, typed, text, topic, guest]);

  useEffect(() => {
    if (!search || !wanted) return;
    let current = true;
    const typedOn = new AbortController();
    const timer = setTimeout(() => {
      search
        .search({ text, topic, guest }, typedOn.signal)
        .then(async (results) => {
          if (!current) return;
          const episodes: EpisodeHits[] = [];
          let loaded = 0;
          const show = () =>
            setSettled({
              key,
              results,
              outcome: {
                status: 'found',
                text,
                total: results.total - (loaded - episodes.length),
                episodes: [...episodes],
                loaded,
                loadingMore: loaded < results.episodes.length,
              },
            });
          if (results.episodes.length === 0) show();
          // Each as it comes, best first: the first episode's hits do not wait for the others' fragments.
          for (const next of results.episodes) {
            const episode = await next;
            if (!current) return;
            loaded++;
            if (episode.hits.length > 0) episodes.push(episode);
            // With none to show yet, the count would still include the episodes loading.
            if (episodes.length > 0 || loaded === results.episodes.length) show();
          }
        })
        .catch(() => current && setSettled({ key, outcome: { status: 'unavailable' } }));
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      typedOn.abort();
    };
  }, [search, wanted, key, text, topic, guest]);

  const showMore = useCallback(() => {
    const found = settled?.outcome;
    if (!settled?.results || found?.status !== 'found' || found.loadingMore) return;
    const update = (outcome: Outcome) => setSettled((now) => (now?.key === settled.key ? { ...now, outcome } : now));
    update({ ...found, loadingMore: true });
    settled.results.episodesFrom(found.loaded).then(
      (more) => {
        const shown = withHits(more);
        update({
          ...found,
          total: found.total - (more.length - shown.length),
          episodes: [...found.episodes, ...shown],
          loaded: found.loaded + more.length,
          loadingMore: false,
        });
      },
      () => update({ status: 'unavailable' }),
    );
  }, [settled]);

  let view: TranscriptView;
  if (!wanted) view = { status: 'off' };
  else if (settled?.key === key) view = settled.outcome;
  else view = { status: 'searching', previous: settled?.outcome.status === 'found' ? settled.outcome : undefined };
  return { view, showMore };
}

/** An episode matched only outside its lines (no line to link to) is left out. */
const withHits = (episodes: EpisodeHits[]) => episodes.filter((episode) => episode.hits.length > 0);
