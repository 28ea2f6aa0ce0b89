import { useLayoutEffect, useRef } from 'react';
import { SearchIcon } from '../lib/icons.tsx';
import { SEARCH_FIELD_ATTRIBUTES, SEARCH_INPUT_ID } from './SearchButton.tsx';
import type { SearchStore } from './searchStore.ts';

/** What the reader did in the stand-in field: whether it is still open, and what they typed. */
export interface TypedWhileLoading {
  open: boolean;
  text: string;
  /** Where the keyboard was before: where closing the real field sends it back. */
  cameFrom: HTMLElement | null;
  /**
   * The search it was handed to, once the code is in. The stand-in keeps the keyboard until the commit that
   * swaps in the real field, so what is typed or pressed until then goes to this search at once.
   */
  takenBy: SearchStore | null;
}

interface Props {
  /** What it holds as it opens (typed before the app ran: src/search/earlySearch.ts). */
  text: string;
  /** The keyboard was at `element` before the field took it. */
  onOpen(element: HTMLElement | null): void;
  onType(text: string): void;
  /** Escape: the keyboard is to go back to where it was. */
  onClose(): void;
}

/**
 * The search field, as it looks, while the search's code loads on the first `/` (src/app/searchFeature.ts):
 * it takes the keyboard at once and keeps what is typed, which the real field then searches for, so nothing
 * typed in the meantime is lost. Escape closes it.
 */
export function SearchFieldWhileLoading({ text, onOpen, onType, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // In the commit that shows it, which the `/` key's own event makes: the next key pressed goes into it.
  useLayoutEffect(() => {
    const before = document.activeElement;
    onOpen(before instanceof HTMLElement && before !== document.body ? before : null);
    const field = input.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
    // Once, as it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="episode-search" role="search" aria-label="Transcript" aria-busy="true">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search the transcript
      </label>
      <SearchIcon />
      <input
        ref={input}
        {...SEARCH_FIELD_ATTRIBUTES}
        defaultValue={text}
        onChange={(event) => onType(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onClose();
        }}
      />
    </div>
  );
}
