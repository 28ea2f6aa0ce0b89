/**
 * Transcript search across every episode, in the browser: Pagefind's index of the episode pages
 * (pagefindPlugin.ts), queried from the library.
 *
 * Nothing loads before the first transcript search is typed: then, from its first keystroke (a one-letter
 * query searches nothing, but on a slow device loading the engine takes longer than typing a short word),
 * Pagefind's script (`<base>pagefind/pagefind.js`, not part of the app's bundle: the index is written with it),
 * which fetches its worker and WebAssembly (about 90 KB gzip together) and only the index chunks the query's
 * words need (35–80 KB each on a 500-episode library).
 *
 * Each keystroke's query is searched at once (`prepare`), one search at a time, the newest next
 * (pagefindQueue.ts): searching a word every episode says takes Pagefind 60–220 ms, which now passes while the
 * library waits for typing to pause instead of after it. What a search costs in bytes waits for the pause: each
 * matching episode's fragment (its text and hit positions, about 15–30 KB gzip for an hour) is fetched only
 * for the episodes shown, FIRST_EPISODES at first, so that a first one-word query stays within 250 KB
 * (measured: 175–222 KB on a generated 500-episode library), each shown as it comes, then MORE_EPISODES per
 * request; and a search the reader has typed past (its `signal` aborted) fetches none.
 *
 * A word still being typed loads nothing while it is shorter than PREPARED_WORD_CHARACTERS: a one- or
 * two-letter prefix ("machine l") matches words across several index chunks (up to 150 KB for one letter),
 * none of which the finished word may need.
 *
 * Failing to load (missing files, offline, WebAssembly refused) rejects; the next search tries again.
 */
import { newestFirst, Superseded } from './pagefindQueue.ts';
import { episodeHits, indexQuery, type EpisodeHits, type PagefindFragment } from './transcriptHits.ts';
import { foldQuery } from './fold.ts';

/** Episodes whose hits a search loads at first, and then each time the reader asks for more. */
export const FIRST_EPISODES = 3;
export const MORE_EPISODES = 5;
/** Letters or digits the words of a keystroke's query need before it is searched ahead of the pause. */
export const PREPARED_WORD_CHARACTERS = 3;

export interface TranscriptQuery {
  text: string;
  /** The library's filters, exactly as the pages record them (topic name, guest id); '' for any. */
  topic: string;
  guest: string;
}

export interface TranscriptResults {
  /** How many episodes' transcripts match. */
  total: number;
  /**
   * The best FIRST_EPISODES of them, best first, each with its hits once its fragment is in. They are fetched
   * together and each is ready as it comes, so that the first can be shown without waiting for the others:
   * Pagefind's worker prepares fragments one at a time (traces of a first `data` query on the bench's library,
   * on a busy machine: 11–12 ms each, 18–24 ms with the CPU slowed four times).
   */
  episodes: Array<Promise<EpisodeHits>>;
  /** The MORE_EPISODES after the first `from` (none left: empty). */
  episodesFrom(from: number): Promise<EpisodeHits[]>;
}

export interface TranscriptSearch {
  /**
   * Searches, and starts loading the first episodes' hits unless `signal` is aborted first (it then rejects);
   * resolves once the episodes are known, before their hits.
   */
  search(query: TranscriptQuery, signal?: AbortSignal): Promise<TranscriptResults>;
  /**
   * Called on every keystroke, before typing pauses, from the first: starts loading the engine (the first time)
   * and searching the query (its index chunks, then the index itself) once its words are long enough, so the
   * search that follows the pause finds its answer ready or under way. Fetches no fragment; never rejects.
   */
  prepare?(query: TranscriptQuery): void;
}

/** The part of Pagefind's browser API used here (its package types only its Node API). */
export interface PagefindResult {
  data(): Promise<PagefindFragment>;
}
export interface Pagefind {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pagefind's module, set up: resolves once its engine can search. `init()` returns before Pagefind's worker
 * has its WebAssembly and the index's metadata (version 1.6 starts loading them without waiting), and a search
 * sent before then waits for them; so the keys typed meanwhile would each queue a search, the first of them a
 * prefix ("dat", which takes Pagefind as long as "data"), run before the word. A search for nothing waits for
 * the engine and fetches nothing: once it answers, only the latest key's query is searched (pagefindQueue.ts).
 */
export async function startPagefind(pagefind: Pagefind, base: string): Promise<Pagefind> {
  // Result URLs are app paths in the index; under a sub-path Pagefind puts the base in front.
  await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base });
  await pagefind.init();
  await pagefind.search('', { filters: {} });
  return pagefind;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind's script from the site, started; once, unless it failed (then the next call tries again). */
function loadPagefind(): Promise<Pagefind> {
  if (loading) return loading;
  const base = import.meta.env.BASE_URL;
  const loaded = import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then((module) =>
    startPagefind(module as Pagefind, base),
  );
  loading = loaded;
  loaded.catch(() => {
    if (loading === loaded) loading = undefined;
  });
  return loaded;
}

const keyOf = ({ text, topic, guest }: TranscriptQuery) => JSON.stringify([indexQuery(text), topic, guest]);

const longEnough = (word: string) => (foldQuery(word).match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= PREPARED_WORD_CHARACTERS;

const aborted = () => new DOMException('transcript search: the reader typed on', 'AbortError');

/** Transcript search over the engine `load` gives (Pagefind's script from the site; a fake in tests). */
export function createTranscriptSearch(load: () => Promise<Pagefind>): TranscriptSearch {
  /** Pagefind's results for a query, best first (one search at a time, the newest next). */
  const find = newestFirst(async ({ text, topic, guest }: TranscriptQuery): Promise<PagefindResult[]> => {
    const pagefind = await load();
    const filters: Record<string, string> = {};
    if (topic) filters.topic = topic;
    if (guest) filters.guest = guest;
    const response = await pagefind.search(indexQuery(text), { filters });
    if (!response) throw new Error('transcript search: the search was superseded');
    return response.results;
  }, keyOf);

  /** The query of the latest keystroke (`prepare`). */
  let latestKey: string | undefined;

  return {
    prepare(query) {
      const key = keyOf(query);
      latestKey = key;
      const words = indexQuery(query.text).split(' ');
      const ready = words.filter(longEnough);
      load()
        .then(async (pagefind) => {
          // Of the keys typed while the engine loaded, only the latest is searched once it is in: an earlier
          // one asked now would replace the search the pause may already have started for the latest, which
          // would then run twice.
          if (key !== latestKey) return;
          if (ready.length === words.length) await find(query);
          // The word being typed is too short yet: only the others' chunks.
          else if (ready.length > 0) await pagefind.preload(ready.join(' '));
        })
        .catch(() => undefined); // the search itself reports a failure
    },
    async search(query, signal) {
      let results: PagefindResult[];
      for (;;) {
        try {
          results = await find(query);
          break;
        } catch (error) {
          // Replaced while it waited by a keystroke's search the reader then typed past: asked again, it is the newest.
          if (!(error instanceof Superseded) || signal?.aborted) throw error;
        }
      }
      if (signal?.aborted) throw aborted();
      const hitsOf = (result: PagefindResult) => result.data().then((fragment) => episodeHits(fragment, query.text));
      const first = results.slice(0, FIRST_EPISODES).map(hitsOf);
      // Whoever awaits them sees a failure; one left unawaited (the reader typed on) is no page error.
      for (const episode of first) episode.catch(() => undefined);
      return {
        total: results.length,
        episodes: first,
        episodesFrom: (from) => Promise.all(results.slice(from, from + MORE_EPISODES).map(hitsOf)),
      };
    },
  };
}

export const transcriptSearch: TranscriptSearch = createTranscriptSearch(loadPagefind);
