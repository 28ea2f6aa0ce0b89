import {
  memo,
  useMemo,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import type { LineTexts, LineTiming, Section, Speaker } from '../episodes/model.ts';
import type { Passage } from '../share/passage.ts';
import { groupLines, speakerNames as namesOf } from '../episodes/layout.ts';
import { formatClock } from '../lib/time.ts';
import { usePlaybackStore } from '../store/PlaybackContext.tsx';
import { blocksOf, estimateHeight, guessedSize, LineBlock } from './LineBlock.tsx';
import { lateModule, useLateModule } from '../lib/lateModule.ts';
import { lineById, sectionId } from './lineDom.ts';
import { useFollowMode } from './useFollowMode.ts';
import { useTranscriptHighlight } from './useTranscriptHighlight.ts';

/** The line buttons (copy link, copy quote): none until a line is pointed at or focused, so live code. */
export const lineToolsCode = lateModule(() => import('./LineTools.tsx'));
import { usePassageMarks } from './usePassageMarks.ts';

interface Props {
  lines: LineTiming;
  /** The lines' words where the page does not have them yet (see LineBlock). */
  texts?: LineTexts;

  sections: readonly Section[];
  speakers: readonly Speaker[];
  /** Shown above and below the transcript, inside the same scroll area (the episode's details, links on). */
  intro?: ReactNode;
  outro?: ReactNode;
  /** Above the scroll area: the search field, when open. */
  searchBar?: ReactNode;
  /** What search does to the scroll area, once its code is in (SearchInTranscript). */
  searchView?: ComponentType<{ containerRef: RefObject<HTMLElement | null> }>;
  /** The reader picked a moment: seek there and play. */
  onSeek(seconds: number, line?: number): void;
  onCopyLink(seconds: number): void;
  /** Quote line `index` whole (its "Copy quote" button). */
  onCopyQuote(index: number): void;
  /** The passage a link opened at: its lines are marked. */
  passage?: Passage;
}

let lastInputWasKeyboard = false;
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', () => (lastInputWasKeyboard = true), true);
  window.addEventListener('pointerdown', () => (lastInputWasKeyboard = false), true);
}

export function TranscriptPanel(props: Props) {
  const { lines, texts, sections, speakers, intro, outro, searchBar, searchView: SearchView } = props;
  const { onSeek, onCopyLink, onCopyQuote, passage } = props;
  const { starts } = lines;
  const lineTools = useLateModule(lineToolsCode);
  const store = usePlaybackStore();
  const scrollRef = useRef<HTMLDivElement>(null);
  const followMode = useFollowMode(scrollRef, store);
  useTranscriptHighlight(store);
  usePassageMarks(starts, passage);

  const seekLine = (index: number) => {
    store.getState().setFollowing(true);
    onSeek(starts[index]!, index);
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const copy = target.closest<HTMLElement>('[data-copy]');
    if (copy) return onCopyLink(starts[Number(copy.dataset.copy)]!);
    const quote = target.closest<HTMLElement>('[data-quote]');
    if (quote) return onCopyQuote(Number(quote.dataset.quote));
    const header = target.closest<HTMLElement>('[data-section]');
    if (header) {
      store.getState().setFollowing(true);
      return onSeek(sections[Number(header.dataset.section)]!.start);
    }
    const line = target.closest<HTMLElement>('[data-line]');
    if (!line) return;
    // Selecting words to copy them is reading, not asking to jump.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && line.contains(selection.anchorNode)) return;
    seekLine(Number(line.dataset.line));
  };

  const focusLine = (index: number) => {
    const container = scrollRef.current;
    if (container && index >= 0 && index < starts.length) lineById(container.ownerDocument, index)?.focus();
  };

  /** The line an event is about: the line itself, or the line the copy button stands beside. */
  const lineIndexOf = (target: EventTarget | null): number | undefined => {
    const element = (target as HTMLElement | null)?.closest<HTMLElement>('[data-line], [data-copy], [data-quote]');
    const index = Number(element?.dataset.line ?? element?.dataset.copy ?? element?.dataset.quote);
    return element && Number.isInteger(index) ? index : undefined;
  };

  const onPointerOver = (event: PointerEvent<HTMLElement>) => {
    const line = (event.target as HTMLElement).closest<HTMLElement>('[data-line]');
    if (line) store.getState().setHoveredLine(Number(line.dataset.line));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = lineIndexOf(event.target);
    if (index === undefined) return;
    const onBody = (event.target as HTMLElement).dataset.line !== undefined;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: starts.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusLine(moves[event.key]!);
    } else if (onBody && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      seekLine(index);
    }
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = lineIndexOf(event.target);
    if (index === undefined) return;
    const state = store.getState();
    state.setFocusedLine(index);
    // Moving through the transcript by keyboard is reading: stop following, unless focus simply entered at
    // the line the transcript offers first (the spoken one, or the first before anyone speaks).
    if (lastInputWasKeyboard && index !== Math.max(0, state.activeLine)) state.setFollowing(false);
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) store.getState().setFocusedLine(null);
  };

  return (
    <div className="transcript-panel">
      {searchBar}
      <div className="transcript-scroll" ref={scrollRef}>
        {intro}
        <section
          className="transcript"
          // What transcript search indexes (src/search/pagefind*): the spoken text, section titles and speakers.
          data-pagefind-body
          aria-labelledby="transcript-heading"
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
          onPointerOver={onPointerOver}
          onPointerLeave={() => store.getState().setHoveredLine(null)}
        >
          <h2 id="transcript-heading" className="transcript-heading" data-pagefind-ignore>
            Transcript
          </h2>
          <TranscriptSections lines={lines} texts={texts} sections={sections} speakers={speakers} />
          {lineTools && <lineTools.LineTools starts={starts} />}
        </section>
        {outro}
      </div>
      {followMode && <followMode.BackToNow containerRef={scrollRef} />}
      {SearchView && <SearchView containerRef={scrollRef} />}
    </div>
  );
}

/** A section header's height with its margins, in rem, for a title on one row. */
const HEADER_REM = 3.2;

type SectionsProps = Pick<Props, 'lines' | 'texts' | 'sections' | 'speakers'>;

/**
 * The sections: each header and its blocks of lines, all plain elements but the blocks. Memoised on the
 * episode's data alone, so that nothing else the panel renders again (its props, the page's state) makes
 * React walk or copy a few hundred headers and blocks: their fibers are made once.
 */
const TranscriptSections = memo(function TranscriptSections({ lines, texts, sections, speakers }: SectionsProps) {
  const groups = useMemo(() => groupLines(lines.starts.length, sections), [lines, sections]);
  const speakerNames = useMemo(() => namesOf(speakers), [speakers]);
  const estimated = useMemo(() => texts && new Set(texts.estimated), [texts]);
  return (
    <>
      {groups.map((group) => (
        <div
          className="transcript-section"
          key={group.section}
          style={guessedSize(estimateHeight(lines.rows, group.from, group.to) + (group.section >= 0 ? HEADER_REM : 0))}
        >
          {group.section >= 0 && (
            // A section's title, sticky while its lines scroll by; `aria-current` while one of its lines
            // is spoken (useTranscriptHighlight), marks as search publishes them (useLineMarks).
            <h3 className="section-header" id={sectionId(group.section)} data-section={group.section}>
              <span className="section-title">{sections[group.section]!.title}</span>{' '}
              <span className="section-time" data-pagefind-ignore>
                {formatClock(sections[group.section]!.start)}
              </span>
            </h3>
          )}
          {blocksOf(group).map(([from, to]) => (
            <LineBlock
              key={from}
              lines={lines}
              texts={texts}
              estimated={estimated}
              from={from}
              to={to}
              sectionStart={group.from}
              speakerNames={speakerNames}
            />
          ))}
        </div>
      ))}
    </>
  );
});
