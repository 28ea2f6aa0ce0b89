import {
  useCallback,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { EpisodeSummary } from '../episodes/model.ts';
import { MIN_QUERY_CHARACTERS } from '../search/transcriptHits.ts';
import type { TranscriptSearch } from '../search/transcriptSearch.ts';
import { navigate, recallFromHistory, useFocusOnArrival, useKeepPlace, useLocation } from '../lib/router.tsx';
import { ContinueWatching, startedEpisodes } from '../resume/ContinueWatching.tsx';
import { usePlaces } from '../resume/usePlaces.ts';
import { EpisodeCard } from './EpisodeCard.tsx';
import './library.css';
import {
  EMPTY_QUERY,
  filterEpisodes,
  filterOptions,
  isFiltered,
  readQuery,
  searchable,
  SORT_ORDERS,
  writeQuery,
  type LibraryQuery,
  type SortOrder,
} from './query.ts';
import { TranscriptResults, transcriptStatus } from './TranscriptResults.tsx';
import { useTranscriptSearch } from './useTranscriptSearch.ts';

interface Props {
  episodes: readonly EpisodeSummary[];
  /** Searches every episode's transcript too; without it the library searches its own details only. */
  transcripts?: TranscriptSearch;
}

/**
 * Every episode as a card, with search, topic and guest filters and a sort order. The filters live in the
 * address, so a filtered view can be shared and survives reload, back and forward. The search also looks in
 * every transcript: the episodes whose details match are listed as cards, and below them the lines where the
 * words were said, grouped by episode (the topic and guest filters narrow those too).
 */
export function LibraryPage({ episodes, transcripts }: Props) {
  const { search } = useLocation();
  const query = readQuery(search);
  const deferredText = useDeferredValue(query.q);
  const all = useMemo(() => searchable(episodes), [episodes]);
  const options = useMemo(() => filterOptions(episodes), [episodes]);
  const results = useMemo(
    () => filterEpisodes(all, { ...query, q: deferredText }),
    // The query is rebuilt from the address on every render; its fields are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all, deferredText, query.topic, query.guest, query.sort],
  );
  const ids = { search: useId(), hint: useId(), topic: useId(), guest: useId(), sort: useId() };
  // What the reader picked in the prerendered page's filters before the app was live, which hydration would
  // wipe (React resets each select to the address's query as it hydrates, after this first render): kept, as
  // if done now. Only what the reader changed: the prerendered page holds the library at its path alone.
  const [pickedBeforeLive] = useState(() => {
    if (typeof document === 'undefined') return {};
    const valueOf = (id: string) => {
      const field = document.getElementById(id);
      const picked = field instanceof HTMLSelectElement ? field.selectedOptions[0] : undefined;
      return picked && !picked.defaultSelected ? picked.value : undefined;
    };
    return { topic: valueOf(ids.topic), guest: valueOf(ids.guest), sort: valueOf(ids.sort) };
  });
  // The search field is uncontrolled. A controlled one was set back to the address's text by the re-render
  // that a key typed while the page hydrated caused, and the keys were lost.
  const searchField = useRef<HTMLInputElement>(null);
  const bySlug = useMemo(() => new Map(episodes.map((episode) => [episode.slug, episode])), [episodes]);
  const transcript = useTranscriptSearch(transcripts, { text: query.q, topic: query.topic, guest: query.guest });
  const saidSomewhere = transcript.view.status === 'found' && transcript.view.episodes.length > 0;
  const places = usePlaces();
  const started = useMemo(() => startedEpisodes(episodes, places), [episodes, places]);

  // Typing replaces the history entry (no entry per keystroke); choosing a filter adds one. The change is made
  // to the address's query, not this render's: a key typed as the page goes live comes to the first render's
  // handler, whose query is the prerendered page's.
  const update = (change: Partial<LibraryQuery>, replace = false) =>
    navigate(`/${writeQuery({ ...readQuery(window.location.search), ...change })}`, { replace });

  useLayoutEffect(() => {
    // The address's own query (while hydrating, `query` is the prerendered page's: the path alone).
    const current = readQuery(window.location.search);
    // What was typed before now: React leaves the field's text as it hydrates, so it is read at this commit.
    const field = searchField.current;
    const typed = field && field.value !== field.defaultValue ? field.value : undefined;
    const beforeLive = { ...pickedBeforeLive, q: typed };
    const changed = (Object.keys(beforeLive) as Array<keyof typeof beforeLive>).filter(
      (key) => beforeLive[key] !== undefined && beforeLive[key] !== current[key],
    );
    if (changed.length === 0) return;
    const picked = Object.fromEntries(changed.map((key) => [key, beforeLive[key]]));
    navigate(`/${writeQuery({ ...current, ...picked })}`, { replace: true });
    // Once, as the page goes live.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The field follows the address when something else changes it (back, forward, "Clear filters"); as the
  // reader types, the address already holds the field's text. Not at the first commit, whose `query` is the
  // prerendered page's: the effect above keeps what was typed.
  const searchFieldLive = useRef(false);
  useLayoutEffect(() => {
    const field = searchField.current;
    if (!searchFieldLive.current) searchFieldLive.current = true;
    else if (field && field.value !== query.q) field.value = query.q;
  }, [query.q]);

  useRestoredScroll(episodes.length > 0);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);

  return (
    <main className="library">
      <div className="library-head">
        <h1 tabIndex={-1} ref={heading}>
          Episodes
        </h1>
        <p className="library-count">
          {episodes.length} episode{episodes.length === 1 ? '' : 's'}
        </p>
      </div>
      <form className="library-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field field-search">
          <label htmlFor={ids.search}>Search</label>
          <input
            id={ids.search}
            type="search"
            ref={searchField}
            defaultValue={query.q}
            placeholder={transcripts ? 'Title, guest, topic, words said…' : 'Title, guest, topic…'}
            autoComplete="off"
            aria-describedby={transcripts ? ids.hint : undefined}
            onChange={(event) => update({ q: event.target.value }, true)}
          />
          {transcripts && (
            <p id={ids.hint} className="field-hint">
              Transcripts are searched from {MIN_QUERY_CHARACTERS} letters or digits on.
            </p>
          )}
        </div>
        <Select
          id={ids.topic}
          label="Topic"
          value={query.topic}
          all="All topics"
          onChange={(topic) => update({ topic })}
        >
          {options.topics.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </Select>
        <Select
          id={ids.guest}
          label="Guest"
          value={query.guest}
          all="All guests"
          onChange={(guest) => update({ guest })}
        >
          {options.guests.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <Select id={ids.sort} label="Sort" value={query.sort} onChange={(sort) => update({ sort: sort as SortOrder })}>
          {Object.entries(SORT_ORDERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </form>
      {!isFiltered(query) && <ContinueWatching started={started} />}
      <p className="library-summary" role="status">
        {isFiltered(query) ? `${results.length} of ${episodes.length} episodes match` : ''}
      </p>
      {transcripts && (
        // Its own live region: it changes once the transcripts' results settle, not as the list above does.
        <p className="transcript-status" role="status">
          {transcriptStatus(transcript.view)}
        </p>
      )}
      {results.length > 0 ? (
        <ul className="episode-grid">
          {results.map((episode) => (
            <EpisodeCard key={episode.slug} episode={episode} place={places.get(episode.slug)} />
          ))}
        </ul>
      ) : (
        <div className={saidSomewhere ? 'library-empty library-empty-compact' : 'library-empty'}>
          <p>
            {saidSomewhere ? 'No title, guest, topic or description matches' : 'No episode matches'}{' '}
            {describe(query, options)}.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => navigate(`/${writeQuery({ ...EMPTY_QUERY, sort: query.sort })}`)}
          >
            Clear filters
          </button>
        </div>
      )}
      <TranscriptResults view={transcript.view} summaries={bySlug} onShowMore={transcript.showMore} />
    </main>
  );
}

function describe(query: LibraryQuery, options: ReturnType<typeof filterOptions>): string {
  const parts = [
    query.q.trim() && `“${query.q.trim()}”`,
    query.topic && `the topic ${query.topic}`,
    query.guest && `the guest ${options.guests.find((g) => g.value === query.guest)?.label ?? query.guest}`,
  ].filter(Boolean);
  return parts.length ? parts.join(' with ') : 'these filters';
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  /** The option that turns the filter off. */
  all?: string;
  onChange(value: string): void;
  children: ReactNode;
}

function Select({ id, label, value, all, onChange, children }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {children}
      </select>
    </div>
  );
}

/** Back to the library lands where the reader was in the list. */
function useRestoredScroll(ready: boolean) {
  useLayoutEffect(() => {
    if (!ready) return;
    const y = recallFromHistory('scrollY');
    if (typeof y === 'number') window.scrollTo(0, y);
  }, [ready]);
  useKeepPlace(useCallback(() => ({ scrollY: Math.round(window.scrollY) }), []));
}
