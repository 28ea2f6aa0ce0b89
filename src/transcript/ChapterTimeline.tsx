import { useEffect, useRef, type MouseEvent, type PointerEvent } from 'react';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import type { PlaybackState } from '../store/playbackStore.ts';
import type { Chapter } from './chapters.ts';
import { drawProgress } from './drawProgress.ts';

/**
 * A slim bar under the video: playback progress with chapter boundaries. A pointer shortcut only (the
 * chapter list and keys do the same for everyone), so it is hidden from assistive technology. The marks are
 * one SVG path, not an element each: a 12-hour episode has hundreds of chapters, and the page's first layout
 * should not wait for them. Hovering names the chapter under the pointer.
 */
export function ChapterTimeline({ chapters, onSeek }: { chapters: readonly Chapter[]; onSeek(seconds: number): void }) {
  const store = usePlaybackStore();
  const fill = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const draw = drawProgress(fill, 1000);
    const show = ({ time, duration }: PlaybackState) => draw(duration > 0 ? time / duration : 0);
    show(store.getState());
    return store.subscribe(show);
  }, [store]);

  const secondsAt = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * store.getState().duration;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.title = chapterAt(chapters, secondsAt(event))?.title ?? '';
  };

  const duration = usePlayback((s) => s.duration);
  return (
    <div
      className="chapter-timeline"
      aria-hidden="true"
      onClick={(event) => onSeek(secondsAt(event))}
      onPointerMove={onPointerMove}
    >
      <div ref={fill} className="chapter-timeline-fill" />
      {duration > 0 && chapters.length > 1 && (
        <svg className="chapter-timeline-marks" viewBox="0 0 100 1" preserveAspectRatio="none">
          <path d={marksPath(chapters, duration)} />
        </svg>
      )}
    </div>
  );
}

/** A vertical stroke at each chapter start after the first, in a 100 × 1 box. */
function marksPath(chapters: readonly Chapter[], duration: number): string {
  return chapters
    .slice(1)
    .map((chapter) => `M${Number(((chapter.start / duration) * 100).toFixed(3))} 0V1`)
    .join('');
}

/** The chapter playing at `seconds`: the last to start at or before it. */
function chapterAt(chapters: readonly Chapter[], seconds: number): Chapter | undefined {
  return chapters.findLast((chapter) => chapter.start <= seconds);
}
