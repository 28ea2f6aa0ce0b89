import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ArrowIcon, ChevronIcon } from '../lib/icons.tsx';
import { formatClock } from '../lib/time.ts';
import { useIsActiveSection, usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
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
  // One callback for every item. A chapter change re-renders the two items and the title in the toggle,
  // not the list: a 12-hour episode lists hundreds.
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
      <ol className="chapter-list" id={listId}>
        {chapters.map((chapter) => (
          <ChapterItem key={chapter.section} chapter={chapter} onSelect={select} />
        ))}
      </ol>
    </nav>
  );
}

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

const ChapterItem = memo(function ChapterItem({
  chapter,
  onSelect,
}: {
  chapter: Chapter;
  onSelect(chapter: Chapter): void;
}) {
  const active = useIsActiveSection(chapter.section);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => (active && item.current ? keepInList(item.current) : undefined), [active]);
  return (
    <li ref={item}>
      <button
        type="button"
        className="chapter"
        aria-current={active ? 'true' : undefined}
        onClick={() => onSelect(chapter)}
      >
        <span className="chapter-time">{formatClock(chapter.start)}</span>{' '}
        <span className="chapter-title">{chapter.title}</span>
        {active && <ChapterProgress chapter={chapter} />}
      </button>
    </li>
  );
});

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
