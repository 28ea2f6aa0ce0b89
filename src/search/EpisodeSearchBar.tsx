import './episodeSearch.css';
import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ArrowIcon, CloseIcon, SearchIcon } from '../lib/icons.tsx';
import { formatClock } from '../lib/time.ts';
import { SEARCH_BUTTON_ID, SEARCH_FIELD_ATTRIBUTES, SEARCH_INPUT_ID } from './SearchButton.tsx';
import { useEpisodeSearch, useSearch } from './SearchContext.tsx';
import type { SearchState } from './searchStore.ts';

/** How long typing must pause before screen readers hear the count: once per query, not per keystroke. */
export const ANNOUNCE_AFTER_MS = 700;

/**
 * "3 of 17", "No matches"; empty while there is no query. Of the query the matches were found for, which
 * is the one before while a long search runs (searchStore.ts): the count changes once, to the right one.
 */
export function matchCount({
  searched,
  matches,
  current,
}: Pick<SearchState, 'searched' | 'matches' | 'current'>): string {
  if (searched.trim() === '') return '';
  if (matches.length === 0) return 'No matches';
  return `${current + 1} of ${matches.length}`;
}

const WRAP_NOTES = { 'to-first': 'Back at the first match', 'to-last': 'Back at the last match' } as const;

/**
 * The search field above the transcript: type to mark every match, Enter and Shift+Enter (or the arrows)
 * to step through them, Escape to close it and go back to where the keyboard was. As the reader types, the
 * current match is the first at or after `from()` seconds (the line being spoken). `cameFrom`: where the
 * keyboard was when the reader asked for the field, if the field stood in for it meanwhile (see
 * SearchFieldWhileLoading.tsx).
 */
export function EpisodeSearchBar({ from, cameFrom = null }: { from(): number; cameFrom?: HTMLElement | null }) {
  const { store } = useEpisodeSearch();
  const open = useSearch((s) => s.open);
  const query = useSearch((s) => s.query);
  const searched = useSearch((s) => s.searched);
  const matches = useSearch((s) => s.matches);
  const current = useSearch((s) => s.current);
  const wrapped = useSearch((s) => s.wrapped);
  const focusRequests = useSearch((s) => s.focusRequests);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (cameFrom) returnTo.current = cameFrom;
  }, [cameFrom]);
  const [announcement, setAnnouncement] = useState('');

  // In the commit that shows the field: a key pressed just after goes into it (the stand-in field it
  // replaces is gone in that commit too).
  useLayoutEffect(() => {
    const field = input.current;
    if (focusRequests === 0 || !field) return;
    field.focus();
    if (store.getState().selectQuery) field.select();
    else field.setSelectionRange(field.value.length, field.value.length);
  }, [focusRequests, store]);

  // The count is announced when the query has settled; each step is announced at once.
  const count = matchCount({ searched, matches, current });
  useEffect(() => {
    const timer = setTimeout(
      () => setAnnouncement(count === '' ? '' : countSentence(matches.length)),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
    // Only a new query (or new matches for it) restarts the wait; stepping is announced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, searched, matches]);

  if (!open) return null;

  const step = (direction: 1 | -1) => {
    store.getState().step(direction);
    const state = store.getState();
    const match = state.matches[state.current];
    if (!match) return;
    const wrap = state.wrapped ? `${WRAP_NOTES[state.wrapped]}. ` : '';
    setAnnouncement(`${wrap}${matchCount(state)}, at ${formatClock(match.start)}`);
  };

  const close = () => {
    store.getState().close();
    setAnnouncement('');
    const back = returnTo.current?.isConnected ? returnTo.current : document.getElementById(SEARCH_BUTTON_ID);
    back?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  // Where the keyboard was before it came here: where Escape sends it back.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    // (From nowhere: the stand-in field that held the keyboard is gone, and `cameFrom` says where it was.)
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !event.currentTarget.contains(from)) returnTo.current = from;
  };

  const none = matches.length === 0;
  return (
    <div className="episode-search" role="search" aria-label="Transcript" onFocus={onFocus}>
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search the transcript
      </label>
      <SearchIcon />
      <input
        ref={input}
        {...SEARCH_FIELD_ATTRIBUTES}
        value={query}
        aria-describedby={`${SEARCH_INPUT_ID}-count`}
        onChange={(event) => store.getState().search(event.target.value, from())}
        onKeyDown={onKeyDown}
      />
      <span id={`${SEARCH_INPUT_ID}-count`} className="episode-search-count">
        {count}
        {wrapped && <span className="episode-search-wrap">{WRAP_NOTES[wrapped]}</span>}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        disabled={none}
        onClick={() => step(-1)}
      >
        <ArrowIcon direction="up" />
      </button>
      <button type="button" className="icon-button" aria-label="Next match" disabled={none} onClick={() => step(1)}>
        <ArrowIcon direction="down" />
      </button>
      <button type="button" className="icon-button" aria-label="Close search" onClick={close}>
        <CloseIcon />
      </button>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

const countSentence = (n: number) => (n === 0 ? 'No matches' : n === 1 ? '1 match' : `${n} matches`);
