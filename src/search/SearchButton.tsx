import { SearchIcon } from '../lib/icons.tsx';

export const SEARCH_BUTTON_ID = 'transcript-search-button';
export const SEARCH_INPUT_ID = 'transcript-search';

/** The search field's own attributes: the same on the real field and on its stand-in (SearchFieldWhileLoading). */
export const SEARCH_FIELD_ATTRIBUTES = {
  id: SEARCH_INPUT_ID,
  className: 'episode-search-input',
  type: 'search',
  placeholder: 'Search the transcript',
  autoComplete: 'off',
  spellCheck: false,
  enterKeyHint: 'search',
} as const;

/** Opens the search from anywhere on the page (the header's button, the `/` key). */
export function SearchButton({ onOpen }: { onOpen(): void }) {
  return (
    <button
      type="button"
      id={SEARCH_BUTTON_ID}
      className="header-button search-button"
      onClick={onOpen}
      aria-keyshortcuts="/"
    >
      <SearchIcon />
      <span className="search-button-label">Search transcript</span> <kbd aria-hidden="true">/</kbd>
    </button>
  );
}
