/**
 * The selection share's popover and what it reads from the selection: loaded when words are first selected
 * in the transcript (SelectionShare.tsx watches for that from the start).
 */
import type { LineTiming } from '../episodes/model.ts';
import { LinkIcon, QuoteIcon, ShareIcon } from '../lib/icons.tsx';
import { linesPassage, passageLink, quoteText, speakersOf, type Passage, type Quote } from './passage.ts';
import './selectionShare.css';

export interface SelectionShareProps {
  slug: string;
  episodeTitle: string;
  lines: LineTiming;
  speakerNames: readonly string[];
  duration: number;
  onCopyQuote(quote: Quote): void;
  onCopyPassage(passage: Passage): void;
}

export interface Selected {
  quote: Quote;
  /** Where the selection ends on screen: the popover sits just below it (above, near the bottom). */
  box: { top: number; bottom: number; left: number };
}

/** What is not the words said: clocks, speaker names, section titles, buttons. */
const NOT_WORDS = '.line-time, .line-speaker, .section-header, button';

/**
 * The transcript lines a selected `range` inside `transcript` touches (SelectionShare.tsx finds both), and its
 * words without clocks or names; null for none.
 */
export function readSelection(range: Range, transcript: Element, props: SelectionShareProps): Selected | null {
  const touched = [...transcript.querySelectorAll<HTMLElement>('[data-line]')].filter((line) =>
    range.intersectsNode(line),
  );
  if (touched.length === 0) return null;
  const words = range.cloneContents();
  words.querySelectorAll(NOT_WORDS).forEach((element) => element.remove());
  const text = (words.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const first = Number(touched[0]!.dataset.line);
  const last = Number(touched.at(-1)!.dataset.line);
  const passage = linesPassage(props.lines.starts, first, last, props.duration);
  const rect = range.getBoundingClientRect();
  return {
    quote: {
      text,
      speakers: speakersOf(props.lines.speakers, first, last, props.speakerNames),
      episodeTitle: props.episodeTitle,
      passage,
      link: passageLink(props.slug, passage),
    },
    box: { top: rect.top, bottom: rect.bottom, left: rect.left },
  };
}

const POPOVER_HEIGHT_PX = 48;

/** Copy quote, Copy link to passage and Share…, just below the selected words (above, near the bottom). */
export function SelectionPopover({ selected, ...props }: SelectionShareProps & { selected: Selected }) {
  const { quote, box } = selected;
  const below = box.bottom + POPOVER_HEIGHT_PX + 8 < window.innerHeight;
  const style = {
    top: `${Math.round(below ? box.bottom + 8 : Math.max(8, box.top - POPOVER_HEIGHT_PX - 8))}px`,
    left: `${Math.round(Math.min(Math.max(8, box.left), window.innerWidth - 340))}px`,
  };
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="selection-share" role="toolbar" aria-label="Share the selected words" style={style}>
      <button type="button" className="button" onMouseDown={keepSelection} onClick={() => props.onCopyQuote(quote)}>
        <QuoteIcon />
        Copy quote
      </button>
      <button
        type="button"
        className="button"
        onMouseDown={keepSelection}
        onClick={() => props.onCopyPassage(quote.passage)}
      >
        <LinkIcon />
        Copy link to passage
      </button>
      {canShare && (
        <button
          type="button"
          className="button"
          onMouseDown={keepSelection}
          onClick={() => navigator.share({ text: quoteText(quote), url: quote.link }).catch(() => undefined)}
        >
          <ShareIcon />
          <span className="visually-hidden">Share…</span>
        </button>
      )}
    </div>
  );
}

/** A press on the popover must not end the selection it is about. */
const keepSelection = (event: { preventDefault(): void }) => event.preventDefault();
