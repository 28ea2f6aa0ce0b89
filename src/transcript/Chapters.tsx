import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { ArrowIcon, ChevronIcon } from '../lib/icons.tsx';
import { formatClock } from '../lib/time.ts';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import type { PlaybackState } from '../store/playbackStore.ts';
import { neighbourChapterStart, type Chapter } from './chapters.ts';
import { drawProgress } from './drawProgress.ts';

interface Props {
  chapters: readonly Chapter[];
  onSeek(seconds: number): void;
}

/**
 * The chapter list: a navigation named "Chapters". On wide screens it is always open beside the video; on
 * phones it folds into a button that names the current chapter.
 */
export function Chapters({ chapters, onSeek }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const list = useRef<HTMLOListElement>(null);
  const select = useCallback(
    (chapter: Chapter) => {
      setOpen(false);
      onSeek(chapter.start);
    },
    [onSeek],
  );
  if (chapters.length === 0) return null;
  return (
    <nav className="chapters" aria-label="Chapters" data-open={open || undefined}>
      <div className="chapters-bar">
        <h2 className="chapters-heading">Chapters</h2>
        <button
          type="button"
          className="chapters-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span className="chapters-toggle-label">Chapters</span>
          <CurrentChapterTitle chapters={chapters} />
          <ChevronIcon />
        </button>
        <ChapterSteps chapters={chapters} onSeek={onSeek} />
      </div>
      <ChapterList id={listId} list={list} chapters={chapters} onSelect={select} />
      <CurrentChapter chapters={chapters} list={list} />
    </nav>
  );
}

/**
 * The items: plain elements, no component each (a 12-hour episode lists hundreds), memoised so that the
 * list's fibers are made once: a chapter change renders only CurrentChapter and the toggle's title.
 */
const ChapterList = memo(function ChapterList(props: {
  id: string;
  list: RefObject<HTMLOListElement | null>;
  chapters: readonly Chapter[];
  onSelect(chapter: Chapter): void;
}) {
  const { id, list, chapters, onSelect } = props;
  return (
    <ol className="chapter-list" id={id} ref={list}>
      {chapters.map((chapter) => (
        <li key={chapter.section}>
          <button type="button" className="chapter" data-chapter={chapter.section} onClick={() => onSelect(chapter)}>
            <span className="chapter-time">{formatClock(chapter.start)}</span>{' '}
            <span className="chapter-title">{chapter.title}</span>
          </button>
        </li>
      ))}
    </ol>
  );
});

function CurrentChapterTitle({ chapters }: { chapters: readonly Chapter[] }) {
  const activeSection = usePlayback((s) => s.activeSection);
  const current = chapters.find((chapter) => chapter.section === activeSection);
  return <span className="chapters-toggle-current">{current?.title}</span>;
}

export function ChapterSteps({ chapters, onSeek }: Props) {
  const store = usePlaybackStore();
  const go = (step: -1 | 1) => {
    const start = neighbourChapterStart(chapters, store.getState().time, step);
    if (start !== undefined) onSeek(start);
  };
  return (
    <div className="chapter-steps">
      <button
        type="button"
        className="icon-button"
        aria-label="Previous chapter"
        title="Previous chapter (P)"
        onClick={() => go(-1)}
      >
        <ArrowIcon direction="left" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next chapter"
        title="Next chapter (N)"
        onClick={() => go(1)}
      >
        <ArrowIcon direction="right" />
      </button>
    </div>
  );
}

/**
 * The current chapter in the list: marked (`aria-current`) and given its progress bar, which is rendered into
 * a slot moved into that chapter's button, by writing on the elements involved; and kept in the list's view.
 */
function CurrentChapter({
  chapters,
  list,
}: {
  chapters: readonly Chapter[];
  list: RefObject<HTMLOListElement | null>;
}) {
  const active = usePlayback((s) => s.activeSection);
  const chapter = chapters.find((c) => c.section === active);
  // In a live page only: the build renders no chapter as current, as it renders no line as spoken, and
  // hydration meets its HTML.
  const live = useInBrowser();
  const [slot] = useState(() => (typeof document === 'undefined' ? null : progressSlot()));
  useLayoutEffect(() => {
    const button = live && chapter && list.current?.querySelector(`[data-chapter="${chapter.section}"]`);
    if (!button || !slot) return;
    button.setAttribute('aria-current', 'true');
    button.append(slot);
    const stopKeeping = keepInList(button.parentElement!);
    return () => {
      stopKeeping();
      button.removeAttribute('aria-current');
      slot.remove();
    };
  }, [live, chapter, list, slot]);
  return live && slot && chapter ? createPortal(<ChapterProgress chapter={chapter} />, slot) : null;
}

function progressSlot(): HTMLSpanElement {
  const slot = document.createElement('span');
  slot.className = 'chapter-progress-slot';
  return slot;
}

/**
 * Keeps the current chapter in view in the chapter list, which scrolls on its own in every layout. Where the
 * item is comes from an IntersectionObserver, after the browser's own layout: a chapter change forces none.
 * A list that is not shown (folded on a phone) has no bounds and is left alone. Returns the clean-up.
 */
function keepInList(item: HTMLElement): () => void {
  const list = item.parentElement!;
  const observer = new IntersectionObserver(
    ([entry]) => {
      observer.disconnect();
      const view = entry?.rootBounds;
      if (!entry || !view || view.height === 0) return;
      const own = entry.boundingClientRect;
      if (own.top < view.top) list.scrollBy(0, own.top - view.top - 8);
      else if (own.bottom > view.bottom) list.scrollBy(0, own.bottom - view.bottom + 8);
    },
    { root: list },
  );
  observer.observe(item);
  return () => observer.disconnect();
}

/** The current chapter's progress, drawn from the store without re-rendering on every tick. */
function ChapterProgress({ chapter }: { chapter: Chapter }) {
  const store = usePlaybackStore();
  const bar = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const draw = drawProgress(bar, 200);
    const show = ({ time }: PlaybackState) => draw((time - chapter.start) / (chapter.end - chapter.start));
    show(store.getState());
    return store.subscribe(show);
  }, [store, chapter]);
  return (
    <span className="chapter-progress" aria-hidden="true">
      <span ref={bar} className="chapter-progress-fill" />
    </span>
  );
}
