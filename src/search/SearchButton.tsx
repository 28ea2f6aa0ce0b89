import { SearchIcon } from '../lib/icons.tsx';

export const SEARCH_BUTTON_ID = 'transcript-search-button';
export const SEARCH_INPUT_ID = 'transcript-search';

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
