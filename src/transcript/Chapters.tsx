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
  const activeSection = usePlayback((s) => s.activeSection);
  const current = chapters.find((chapter) => chapter.section === activeSection);
  // One callback for every item: the list re-renders at each chapter change, its hundreds of items do not.
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
          <span className="chapters-toggle-current">{current?.title}</span>
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
  useEffect(() => {
    if (active && item.current) scrollIntoList(item.current);
  }, [active]);
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

/** Keeps the current chapter visible in whatever scrolls the list, without moving anything else. */
function scrollIntoList(item: HTMLElement): void {
  let scroller = item.parentElement;
  while (
    scroller &&
    !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))
  ) {
    scroller = scroller.parentElement;
  }
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const own = item.getBoundingClientRect();
  if (own.top < box.top) scroller.scrollTop -= box.top - own.top + 8;
  else if (own.bottom > box.bottom) scroller.scrollTop += own.bottom - box.bottom + 8;
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
