/**
 * Transcript search across every episode, in the browser: Pagefind's index of the episode pages
 * (pagefindPlugin.ts), queried from the library.
 *
 * Nothing loads before the first transcript search is typed: then, from its first keystroke (while typing has
 * not yet paused for the search itself), Pagefind's script (`<base>pagefind/pagefind.js`, not
 * part of the app's bundle: the index is written with it), which fetches its worker and WebAssembly (about
 * 90 KB gzip together) and only the index chunks the query's words need (40–80 KB each on a 500-episode
 * library). Each matching episode's fragment (its text and hit positions, about 25 KB gzip for an hour) is
 * fetched only for the episodes shown: FIRST_EPISODES at first, so that a first one-word query stays within
 * 250 KB (measured: 215–245 KB on a generated 500-episode library), then MORE_EPISODES per request.
 *
 * Failing to load (missing files, offline, WebAssembly refused) rejects; the next search tries again.
 */
import { episodeHits, indexQuery, type EpisodeHits, type PagefindFragment } from './transcriptHits.ts';

/** Episodes whose hits a search loads at first, and then each time the reader asks for more. */
export const FIRST_EPISODES = 3;
export const MORE_EPISODES = 5;

export interface TranscriptQuery {
  text: string;
  /** The library's filters, exactly as the pages record them (topic name, guest id); '' for any. */
  topic: string;
  guest: string;
}

export interface TranscriptResults {
  /** How many episodes' transcripts match. */
  total: number;
  /** The best FIRST_EPISODES of them, best first, each with its hits. */
  episodes: EpisodeHits[];
  /** The MORE_EPISODES after the first `from` (none left: empty). */
  episodesFrom(from: number): Promise<EpisodeHits[]>;
}

export interface TranscriptSearch {
  search(query: TranscriptQuery): Promise<TranscriptResults>;
  /**
   * Called on every keystroke, before typing pauses: starts loading the engine (the first time) and the index
   * chunks `text` needs, so the search that follows the pause finds them in (never rejects).
   */
  prepare?(text: string): void;
}

/** The part of Pagefind's browser API used here (its package types only its Node API). */
interface PagefindResult {
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  if (loading) return loading;
  const base = import.meta.env.BASE_URL;
  const folder = `${base}pagefind/`;
  const loaded = (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as Pagefind;
    // Result URLs are app paths in the index; under a sub-path Pagefind puts the base in front.
    await pagefind.options({ basePath: folder, baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  loading = loaded;
  loaded.catch(() => {
    if (loading === loaded) loading = undefined;
  });
  return loaded;
}

export const transcriptSearch: TranscriptSearch = {
  prepare(text) {
    loadPagefind()
      .then((pagefind) => pagefind.preload(indexQuery(text)))
      .catch(() => undefined); // the search itself reports a failure
  },
  async search({ text, topic, guest }) {
    const pagefind = await loadPagefind();
    const filters: Record<string, string> = {};
    if (topic) filters.topic = topic;
    if (guest) filters.guest = guest;
    const response = await pagefind.search(indexQuery(text), { filters });
    if (!response) throw new Error('transcript search: the search was superseded');
    const { results } = response;
    const load = async (from: number, count: number) => {
      const fragments = await Promise.all(results.slice(from, from + count).map((result) => result.data()));
      return fragments.map((fragment) => episodeHits(fragment, text));
    };
    return {
      total: results.length,
      episodes: await load(0, FIRST_EPISODES),
      episodesFrom: (from) => load(from, MORE_EPISODES),
    };
  },
};
