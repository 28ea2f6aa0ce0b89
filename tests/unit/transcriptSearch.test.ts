/**
 * Transcript search over Pagefind (src/search/transcriptSearch.ts), against a fake engine whose loading the
 * test releases: what loads when, which queries are searched, and which episodes' fragments are fetched.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PagefindFragment } from '../../src/search/transcriptHits.ts';
import {
  createTranscriptSearch,
  FIRST_EPISODES,
  MORE_EPISODES,
  startPagefind,
  type Pagefind,
  type PagefindResult,
  type TranscriptQuery,
} from '../../src/search/transcriptSearch.ts';

const query = (text: string): TranscriptQuery => ({ text, topic: '', guest: '' });

/** A page of the index: its fragment says "data" once, in its only line. */
const fragment = (slug: string): PagefindFragment => ({
  url: `/episodes/${slug}`,
  content: 'We store data.',
  meta: { slug, title: slug, starts: '5' },
  anchors: [{ id: 'line-0', location: 0 }],
  locations: [2],
});

/** An engine that loads once `release` is called, and records what it is asked. */
function fakeEngine(pages = 12) {
  let release: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  const asked = { loads: 0, searched: [] as string[], preloaded: [] as string[], fragments: [] as string[] };
  const results: PagefindResult[] = Array.from({ length: pages }, (_, i) => ({
    data: () => {
      asked.fragments.push(`ep-${i}`);
      return Promise.resolve(fragment(`ep-${i}`));
    },
  }));
  const pagefind: Pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    preload: (term) => {
      asked.preloaded.push(term);
      return Promise.resolve();
    },
    search: (term) => {
      asked.searched.push(term);
      return Promise.resolve({ results });
    },
  };
  const load = () => {
    asked.loads++;
    return loaded.then(() => pagefind);
  };
  return { load, release, asked };
}

describe('transcript search', () => {
  it('starts loading the engine on the first key, before the query is long enough to search', async () => {
    const engine = fakeEngine();
    const search = createTranscriptSearch(engine.load);
    search.prepare!(query('d'));
    expect(engine.asked.loads).toBe(1);
    engine.release();
    search.prepare!(query('da'));
    search.prepare!(query('dat'));
    await vi.waitFor(() => expect(engine.asked.searched).toEqual(['dat']));
    expect(engine.asked.preloaded).toEqual([]);
  });

  it('searches only the latest key’s query once the engine is in, not each one typed while it loaded', async () => {
    const engine = fakeEngine();
    const search = createTranscriptSearch(engine.load);
    for (const text of ['d', 'da', 'dat', 'data']) search.prepare!(query(text));
    engine.release();
    await vi.waitFor(() => expect(engine.asked.searched).toContain('data'));
    expect(engine.asked.searched).toEqual(['data']);
    // The search after the pause takes that answer: no second search, and fragments for the first episodes only.
    const found = await search.search(query('data'));
    expect(engine.asked.searched).toEqual(['data']);
    expect(found.total).toBe(12);
    const episodes = await Promise.all(found.episodes);
    expect(episodes.map((episode) => episode.slug)).toEqual(['ep-0', 'ep-1', 'ep-2']);
    expect(engine.asked.fragments).toHaveLength(FIRST_EPISODES);
    expect(episodes[0]!.hits.map((hit) => hit.second)).toEqual([5]);
  });

  it('searches a word once when typing paused before the engine was in', async () => {
    const engine = fakeEngine();
    const search = createTranscriptSearch(engine.load);
    for (const text of ['d', 'da', 'dat', 'data']) search.prepare!(query(text));
    const afterPause = search.search(query('data'));
    engine.release();
    await afterPause;
    // Asked again, it shares the newest search's answer: there was no other.
    await search.search(query('data'));
    expect(engine.asked.searched).toEqual(['data']);
  });

  it('answers once the episodes are known, and each episode’s hits as its own fragment comes in', async () => {
    const engine = fakeEngine();
    engine.release();
    let second: (fragment: PagefindFragment) => void = () => undefined;
    const results: PagefindResult[] = [
      { data: () => Promise.resolve(fragment('first')) },
      { data: () => new Promise((resolve) => (second = resolve)) },
    ];
    const search = createTranscriptSearch(() =>
      engine.load().then((pagefind) => ({ ...pagefind, search: () => Promise.resolve({ results }) })),
    );
    const found = await search.search(query('data'));
    expect(found.total).toBe(2);
    expect((await found.episodes[0]!).slug).toBe('first');
    second(fragment('second'));
    expect((await found.episodes[1]!).slug).toBe('second');
  });

  it('loads the chunks of the finished words of a query whose last word is still short', async () => {
    const engine = fakeEngine();
    engine.release();
    const search = createTranscriptSearch(engine.load);
    search.prepare!(query('machine l'));
    await vi.waitFor(() => expect(engine.asked.preloaded).toEqual(['machine']));
    expect(engine.asked.searched).toEqual([]);
  });

  it('fetches the next episodes’ fragments only when asked', async () => {
    const engine = fakeEngine();
    engine.release();
    const search = createTranscriptSearch(engine.load);
    const found = await search.search(query('data'));
    const more = await found.episodesFrom(FIRST_EPISODES);
    expect(more.map((episode) => episode.slug)).toEqual(
      Array.from({ length: MORE_EPISODES }, (_, i) => `ep-${FIRST_EPISODES + i}`),
    );
    expect(engine.asked.fragments).toHaveLength(FIRST_EPISODES + MORE_EPISODES);
  });

  it('rejects when the engine cannot be loaded, and a keystroke’s preparation never does', async () => {
    const failing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const search = createTranscriptSearch(failing);
    search.prepare!(query('data'));
    await expect(search.search(query('data'))).rejects.toThrow('Failed to fetch');
  });
});

describe('starting Pagefind', () => {
  it('counts the engine as loaded only once it answers a search, not when init() returns', async () => {
    const calls: string[] = [];
    let engineIn: () => void = () => undefined;
    const answering = new Promise<void>((resolve) => (engineIn = resolve));
    const pagefind: Pagefind = {
      options: (options) => {
        calls.push(`options ${JSON.stringify(options)}`);
        return Promise.resolve();
      },
      init: () => {
        calls.push('init');
        return Promise.resolve();
      },
      preload: () => Promise.reject(new Error('not expected')),
      search: (term) => {
        calls.push(`search "${term}"`);
        return answering.then(() => ({ results: [] }));
      },
    };
    let started = false;
    const starting = startPagefind(pagefind, '/sub/').then(() => (started = true));
    await vi.waitFor(() => expect(calls).toContain('search ""'));
    expect(started).toBe(false);
    engineIn();
    await starting;
    // The index's folder and the links' base under a sub-path (BASE_PATH), set before init.
    expect(calls).toEqual(['options {"basePath":"/sub/pagefind/","baseUrl":"/sub/"}', 'init', 'search ""']);
  });
});
