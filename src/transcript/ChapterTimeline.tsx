import { useEffect, useRef, type MouseEvent } from 'react';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import type { Chapter } from './chapters.ts';

/**
 * A slim bar under the video: playback progress with chapter boundaries. A pointer shortcut only (the
 * chapter list and keys do the same for everyone), so it is hidden from assistive technology.
 */
export function ChapterTimeline({ chapters, onSeek }: { chapters: readonly Chapter[]; onSeek(seconds: number): void }) {
  const store = usePlaybackStore();
  const fill = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Drawn in steps of 1/1000 of the episode: a style write only when the bar visibly moves.
    let drawn = -1;
    const draw = (time: number, duration: number) => {
      const step = duration > 0 ? Math.round(Math.min(1, time / duration) * 1000) : 0;
      if (step === drawn || !fill.current) return;
      drawn = step;
      fill.current.style.transform = `scaleX(${step / 1000})`;
    };
    const { time, duration } = store.getState();
    draw(time, duration);
    return store.subscribe((state) => draw(state.time, state.duration));
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
