import { useEffect, useRef, type MouseEvent, type PointerEvent } from 'react';
import type { Match } from '../search/episodeSearch.ts';
import { useOptionalSearch, useSearchMatches } from '../search/SearchContext.tsx';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import type { PlaybackState } from '../store/playbackStore.ts';
import type { Chapter } from './chapters.ts';
import { drawProgress } from './drawProgress.ts';

/**
 * A slim bar under the video: playback progress with chapter boundaries. A pointer shortcut only (the
 * chapter list and keys do the same for everyone), so it is hidden from assistive technology. The marks are
 * one SVG path, not an element each: a 12-hour episode has hundreds of chapters, and the page's first layout
 * should not wait for them. Hovering names the chapter under the pointer.
 *
 * While searching, where the matches are shows as marks too (one path as well), and a click near one goes
 * to that match instead of seeking: a long episode's talk of a thing shows at a glance.
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

  const search = useOptionalSearch()?.store;
  const matches = useSearchMatches();
  const secondsAt = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * store.getState().duration;
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const seconds = secondsAt(event);
    const box = event.currentTarget.getBoundingClientRect();
    const reach = (MATCH_REACH_PX / box.width) * store.getState().duration;
    const match = search ? nearestMatch(search.getState().matches, seconds, reach) : -1;
    if (match === -1) onSeek(seconds);
    else search!.getState().goTo(match);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.title = chapterAt(chapters, secondsAt(event))?.title ?? '';
  };

  const duration = usePlayback((s) => s.duration);
  return (
    <div className="chapter-timeline" aria-hidden="true" onClick={onClick} onPointerMove={onPointerMove}>
      <div ref={fill} className="chapter-timeline-fill" />
      {duration > 0 && chapters.length > 1 && (
        <svg className="chapter-timeline-marks" viewBox="0 0 100 1" preserveAspectRatio="none">
          <path d={marksPath(chapters, duration)} />
        </svg>
      )}
      {duration > 0 && matches.length > 0 && (
        <svg className="timeline-matches" viewBox="0 0 100 1" preserveAspectRatio="none">
          <path d={matchesPath(matches, duration)} />
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

/** How far from a match mark, in pixels, a click still goes to that match. */
const MATCH_REACH_PX = 6;

/** A stroke per match, at most one per 0.1 % of the bar (thousands of matches draw as a few hundred strokes). */
export function matchesPath(matches: readonly Match[], duration: number): string {
  const places = new Set(matches.map((match) => Math.round((match.start / duration) * 1000) / 10));
  return [...places].map((x) => `M${x} 0V1`).join('');
}

/** The match nearest `seconds`, if one is within `reach` seconds of it; else -1. */
export function nearestMatch(matches: readonly Match[], seconds: number, reach: number): number {
  let best = -1;
  matches.forEach((match, i) => {
    const distance = Math.abs(match.start - seconds);
    if (distance <= reach && (best === -1 || distance < Math.abs(matches[best]!.start - seconds))) best = i;
  });
  return best;
}
