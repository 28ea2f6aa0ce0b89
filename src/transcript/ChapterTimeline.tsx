import { useEffect, useRef, type MouseEvent } from 'react';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import type { PlaybackState } from '../store/playbackStore.ts';
import type { Chapter } from './chapters.ts';
import { drawProgress } from './drawProgress.ts';

/**
 * A slim bar under the video: playback progress with chapter boundaries. A pointer shortcut only (the
 * chapter list and keys do the same for everyone), so it is hidden from assistive technology.
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

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onSeek(((event.clientX - box.left) / box.width) * store.getState().duration);
  };

  const duration = usePlayback((s) => s.duration);
  return (
    <div className="chapter-timeline" aria-hidden="true" onClick={onClick}>
      <div ref={fill} className="chapter-timeline-fill" />
      {chapters.slice(1).map((chapter) => (
        <span
          key={chapter.section}
          className="chapter-timeline-mark"
          style={{ left: `${(chapter.start / duration) * 100}%` }}
          title={chapter.title}
        />
      ))}
    </div>
  );
}
