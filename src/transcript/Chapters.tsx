import { memo, useCallback, useId, useRef, useState, type RefObject } from 'react';
import { ArrowIcon, ChevronIcon } from '../lib/icons.tsx';
import { lateModule, useLateModule } from '../lib/lateModule.ts';
import { formatClock } from '../lib/time.ts';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import { neighbourChapterStart, type Chapter } from './chapters.ts';

/** What marks the current chapter (CurrentChapter.tsx), rendered once the page is live: a chunk of its own. */
export const currentChapterCode = lateModule(() => import('./CurrentChapter.tsx'));

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
  // In a live page only: the build renders no chapter as current, as it renders no line as spoken, and
  // hydration meets its HTML.
  const live = useInBrowser();
  const current = useLateModule(currentChapterCode);
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
      {live && current && <current.CurrentChapter chapters={chapters} list={list} />}
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
