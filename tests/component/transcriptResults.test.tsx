/**
 * The library's transcript hits (src/library/TranscriptResults.tsx, useTranscriptSearch.ts) against a fake
 * transcript search: what is asked of it, and what the reader sees and hears of its answers.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../src/library/LibraryPage.tsx';
import type { EpisodeHits, LineHit } from '../../src/search/transcriptHits.ts';
import type { TranscriptQuery, TranscriptResults, TranscriptSearch } from '../../src/search/transcriptSearch.ts';
import { summaries } from '../fixtures/summaries.ts';

/** A hit on `line` at `second`, `text` with `[marked]` words. */
function hit(line: number, second: number, text: string, score = 1, extra: Partial<LineHit> = {}): LineHit {
  const marks: LineHit['excerpt']['marks'] = [];
  let plain = '';
  for (const part of text.split(/(\[[^\]]*\])/)) {
    if (part.startsWith('[')) {
      marks.push({ start: plain.length, end: plain.length + part.length - 2 });
      plain += part.slice(1, -1);
    } else plain += part;
  }
  return { line, second, excerpt: { text: plain, marks }, cutBefore: false, cutAfter: false, score, ...extra };
}

const MLOPS: EpisodeHits = {
  slug: 'mlops',
  title: 'Machine learning operations in a bank',
  hits: [
    hit(3, 95, 'The [risk] team asked first.', 1),
    hit(10, 1826, 'the pre-research and the immediate [risk] things', 5, { cutBefore: true, cutAfter: true }),
    hit(12, 1900, 'A [risk] model needs an owner.', 4),
    hit(20, 2500, 'Model [risk] again.', 3),
    hit(31, 3599, 'Last [risk].', 0.5),
  ],
};
const AB: EpisodeHits = {
  slug: 'ab-testing',
  title: 'A/B testing',
  hits: [hit(0, 5, '<img src=x onerror="alert(1)"> [risk] & reward', 2)],
};

interface Fake extends TranscriptSearch {
  calls: TranscriptQuery[];
  from: number[];
}

function fakeSearch(answer: (query: TranscriptQuery) => Promise<TranscriptResults>): Fake {
  const fake: Fake = {
    calls: [],
    from: [],
    search: (query) => {
      fake.calls.push(query);
      return answer(query);
    },
  };
  return fake;
}

/** An answer: these episodes of `total`, and `more` after them. */
const results =
  (episodes: EpisodeHits[], total = episodes.length, more: EpisodeHits[] = []) =>
  (): Promise<TranscriptResults> =>
    Promise.resolve({
      total,
      episodes: episodes.map((episode) => Promise.resolve(episode)),
      episodesFrom: () => Promise.resolve(more),
    });

function renderLibrary(transcripts: TranscriptSearch, search = '') {
  window.history.replaceState(null, '', `/${search}`);
  return render(<LibraryPage episodes={summaries} transcripts={transcripts} />);
}

const box = () => screen.getByRole('searchbox', { name: 'Search' });
const transcriptStatus = () =>
  screen.getAllByRole('status').find((element) => element.classList.contains('transcript-status'))!;
const resultsSection = () => screen.findByRole('region', { name: 'In transcripts' });

describe('transcript hits in the library', () => {
  it('searches transcripts once typing pauses, and lists the best lines of each episode as links to that second', async () => {
    const fake = fakeSearch(results([MLOPS, AB]));
    renderLibrary(fake);
    for (const text of ['r', 'ri', 'ris', 'risk']) fireEvent.change(box(), { target: { value: text } });
    const section = await resultsSection();
    expect(fake.calls).toEqual([{ text: 'risk', topic: '', guest: '' }]);
    expect(transcriptStatus()).toHaveTextContent('Found in the transcripts of 2 episodes.');

    const episodes = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.matches('.transcript-episode'));
    expect(episodes.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'S17 E5MLOps in finance',
      'S7 E6A/B testing',
    ]);
    const lines = within(episodes[0]!).getAllByRole('link').slice(1);
    expect(lines.map((link) => link.textContent)).toEqual([
      '30:26 · …the pre-research and the immediate risk things…',
      '31:40 · A risk model needs an owner.',
      '41:40 · Model risk again.',
    ]);
    expect(lines[0]).toHaveAttribute('href', '/episodes/mlops?t=1826&q=risk');
    expect([...lines[0]!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['risk']);
  });

  it('hands the index each keystroke’s query from the first key, with the filters; hits load once typing pauses', async () => {
    const prepared: TranscriptQuery[] = [];
    const fake = { ...fakeSearch(results([MLOPS])), prepare: (query: TranscriptQuery) => void prepared.push(query) };
    renderLibrary(fake, '?topic=MLOps');
    for (const text of ['r', 'ri', 'ris', 'risk']) fireEvent.change(box(), { target: { value: text } });
    // From the first key (the engine loads then), though transcripts are searched from two letters on; the
    // hits wait for the pause.
    expect(prepared).toEqual(['r', 'ri', 'ris', 'risk'].map((text) => ({ text, topic: 'MLOps', guest: '' })));
    expect(fake.calls).toEqual([]);
    await resultsSection();
    expect(fake.calls).toEqual([{ text: 'risk', topic: 'MLOps', guest: '' }]);
  });

  it('aborts the search of a query typed past, so that it loads no hits', async () => {
    const signals: AbortSignal[] = [];
    let answer: (results: TranscriptResults) => void = () => undefined;
    const fake: TranscriptSearch = {
      search: (_query, signal) => {
        signals.push(signal!);
        return new Promise((resolve) => (answer = resolve));
      },
    };
    renderLibrary(fake);
    fireEvent.change(box(), { target: { value: 'risk' } });
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    expect(signals[0]!.aborted).toBe(false);
    fireEvent.change(box(), { target: { value: 'risky' } });
    expect(signals[0]!.aborted).toBe(true);
    await vi.waitFor(() => expect(signals).toHaveLength(2));
    expect(signals[1]!.aborted).toBe(false);
    act(() => answer({ total: 1, episodes: [Promise.resolve(MLOPS)], episodesFrom: () => Promise.resolve([]) }));
    await resultsSection();
  });

  it('shows each of the first episodes as its hits come in, best first, without waiting for the others', async () => {
    const later: Array<(episode: EpisodeHits) => void> = [];
    const pending = () => new Promise<EpisodeHits>((resolve) => void later.push(resolve));
    const third = { ...AB, slug: 'ep-3', title: 'Episode 3' };
    const second = pending();
    const last = pending();
    renderLibrary(
      fakeSearch(() =>
        Promise.resolve({
          total: 9,
          episodes: [Promise.resolve(MLOPS), second, last],
          episodesFrom: () => Promise.resolve([]),
        }),
      ),
      '?q=risk',
    );
    const section = await resultsSection();
    const titles = () =>
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    expect(titles()).toEqual(['S17 E5MLOps in finance']);
    expect(transcriptStatus()).toHaveTextContent('Found in the transcripts of 9 episodes.');
    expect(within(section).getByRole('button', { name: 'Loading…' })).toBeDisabled();

    // The third in first does not jump ahead of the second.
    act(() => later[1]!(third));
    await act(() => Promise.resolve());
    expect(titles()).toEqual(['S17 E5MLOps in finance']);
    act(() => later[0]!(AB));
    await vi.waitFor(() => expect(titles()).toEqual(['S17 E5MLOps in finance', 'S7 E6A/B testing', 'Episode 3']));
    expect(within(section).getByRole('button', { name: 'Show 5 more episodes' })).toBeEnabled();
    expect(transcriptStatus()).toHaveTextContent('Found in the transcripts of 9 episodes.');
  });

  it('waits for an episode with lines to show before saying how many were found', async () => {
    let second: (episode: EpisodeHits) => void = () => undefined;
    const fake = fakeSearch(() =>
      Promise.resolve({
        total: 2,
        episodes: [Promise.resolve({ ...AB, hits: [] }), new Promise<EpisodeHits>((resolve) => (second = resolve))],
        episodesFrom: () => Promise.resolve([]),
      }),
    );
    renderLibrary(fake, '?q=risk');
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1));
    await act(() => Promise.resolve());
    expect(transcriptStatus()).toBeEmptyDOMElement();
    act(() => second(MLOPS));
    await vi.waitFor(() => expect(transcriptStatus()).toHaveTextContent('Found in the transcripts of 1 episode.'));
  });

  it('says transcript search is unavailable when an episode’s hits cannot be loaded', async () => {
    renderLibrary(
      fakeSearch(() =>
        Promise.resolve({
          total: 1,
          episodes: [Promise.reject(new TypeError('Failed to fetch'))],
          episodesFrom: () => Promise.resolve([]),
        }),
      ),
      '?q=risk',
    );
    await vi.waitFor(() => expect(transcriptStatus()).toHaveTextContent('Transcript search is unavailable right now.'));
  });

  it('shows the rest of an episode’s lines on request, in order', async () => {
    renderLibrary(fakeSearch(results([MLOPS])), '?q=risk');
    const section = await resultsSection();
    const more = within(section).getByRole('button', { name: '2 more lines in this episode' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(more);
    expect(
      within(section)
        .getAllByRole('link')
        .slice(1)
        .map((link) => link.textContent?.slice(0, 5)),
    ).toEqual(['1:35 ', '30:26', '31:40', '41:40', '59:59']);
    expect(within(section).getByRole('button', { name: 'Fewer lines' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('carries the query into each link, encoded', async () => {
    renderLibrary(fakeSearch(results([AB])), `?q=${encodeURIComponent('risk & “reward”')}`);
    const section = await resultsSection();
    expect(within(section).getAllByRole('link')[1]).toHaveAttribute(
      'href',
      `/episodes/ab-testing?t=5&q=${encodeURIComponent('risk & “reward”')}`,
    );
  });

  it('shows what a transcript says as text, never as markup', async () => {
    renderLibrary(fakeSearch(results([AB])), '?q=risk');
    const section = await resultsSection();
    expect(section.querySelector('img')).toBeNull();
    expect(section).toHaveTextContent('<img src=x onerror="alert(1)"> risk & reward');
  });

  it('narrows transcript hits by the topic and guest filters', async () => {
    const fake = fakeSearch(results([MLOPS]));
    renderLibrary(fake, '?q=risk');
    await resultsSection();
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'MLOps' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Guest' }), { target: { value: 'nemanja' } });
    await vi.waitFor(() => expect(fake.calls.at(-1)).toEqual({ text: 'risk', topic: 'MLOps', guest: 'nemanja' }));
  });

  it('loads more episodes’ hits on request', async () => {
    const first = Array.from({ length: 5 }, (_, i) => ({ ...AB, slug: `ep-${i}`, title: `Episode ${i}` }));
    renderLibrary(fakeSearch(results(first, 7, [MLOPS, { ...AB, hits: [] }])), '?q=risk');
    const section = await resultsSection();
    fireEvent.click(within(section).getByRole('button', { name: 'Show 2 more episodes' }));
    expect(await within(section).findByRole('link', { name: 'MLOps in finance' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /more episode/ })).toBeNull();
  });

  it('does not search transcripts for fewer than two letters or digits, and says so beside the box', async () => {
    const fake = fakeSearch(results([MLOPS]));
    renderLibrary(fake);
    expect(box()).toHaveAccessibleDescription('Transcripts are searched from 2 letters or digits on.');
    for (const text of ['a', '.*(', '😀', '!!']) fireEvent.change(box(), { target: { value: text } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(fake.calls).toEqual([]);
    expect(transcriptStatus()).toBeEmptyDOMElement();
  });

  it('says when transcript search is unavailable, and the library’s own search keeps working', async () => {
    renderLibrary(fakeSearch(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
    fireEvent.change(box(), { target: { value: 'mlops' } });
    await vi.waitFor(() => expect(transcriptStatus()).toHaveTextContent('Transcript search is unavailable right now.'));
    expect(screen.getByRole('link', { name: 'MLOps in finance' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'In transcripts' })).toBeNull();
  });

  it('counts only the episodes with a line to show', async () => {
    renderLibrary(fakeSearch(results([MLOPS, { ...AB, hits: [] }], 2)), '?q=risk');
    await vi.waitFor(() => expect(transcriptStatus()).toHaveTextContent('Found in the transcripts of 1 episode.'));
    renderLibrary(fakeSearch(results([{ ...AB, hits: [] }], 1)), '?q=zxqv');
    await vi.waitFor(() =>
      expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('No transcript mentions it.'),
    );
  });

  it('says when no transcript mentions the words', async () => {
    renderLibrary(fakeSearch(results([])), '?q=zebra');
    await vi.waitFor(() => expect(transcriptStatus()).toHaveTextContent('No transcript mentions it.'));
    expect(screen.getByText(/No episode matches/)).toBeInTheDocument();
  });
});
