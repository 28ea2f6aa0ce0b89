import { useEffect, useRef } from 'react';
import { claimEarlyPlayer, EARLY_SLOT_ATTRIBUTE, type EarlyEvent } from './earlyPlayer.ts';
import { noteMarkedEarly } from './readyMark.ts';
import { READY_TIMEOUT_MS, type PlayerEvents } from './types.ts';
import { playerStateFromCode, youtubeAdapter } from './youtubeAdapter.ts';
import type { YouTubePlayer } from 'react-youtube';

/** React renders the slot with no children of its own: the early player's frame in it is never touched. */
const NO_MARKUP = { __html: '' };

interface Props extends PlayerEvents {
  videoId: string;
  title: string;
  /** Where the page opened: the video is cued there if the early script could not tell. */
  start: number;
  /** The episode's end, where the early script clamps a time read from the address (none: no transcript). */
  end?: number;
  /** Take over the early player (in the browser, once hydrated); without it the slot is only rendered. */
  adopt: boolean;
}

/**
 * The video slot of a prerendered page, where the early player (earlyPlayer.ts) puts its frame before the app
 * runs, and, once the page is live, the app's hold on that player: its events reach the app as
 * react-youtube's do in YouTubeVideo.tsx, through the same adapter.
 */
export function EarlyVideo({
  videoId,
  title,
  start,
  end,
  adopt,
  onReady,
  onStateChange,
  onRateChange,
  onProblem,
}: Props) {
  // The handlers of the render the player was taken in are the ones used (they are stable: see usePlayerConnection).
  const events = useRef({ onReady, onStateChange, onRateChange, onProblem });
  useEffect(() => {
    if (!adopt) return;
    const early = claimEarlyPlayer(videoId);
    if (!early) return void events.current.onProblem({ kind: 'api' });
    const { onReady, onStateChange, onRateChange, onProblem } = events.current;
    let adapter: ReturnType<typeof youtubeAdapter> | undefined;
    const timer = setTimeout(() => adapter || onProblem({ kind: 'api' }), READY_TIMEOUT_MS);
    const hear = (...[name, data]: EarlyEvent) => {
      switch (name) {
        case 'ready': {
          adapter = youtubeAdapter(early.player as YouTubePlayer);
          // The script marked this player's ready when it fired (and let the reader act on it from then on).
          noteMarkedEarly(adapter);
          // A time the early script could not read from the address (`t=30:26`, a place kept in history).
          const second = Math.floor(start);
          const state = adapter.getState();
          if (second !== early.start && (state === 'cued' || state === 'unstarted'))
            (early.player as { cueVideoById(options: object): void }).cueVideoById({ videoId, startSeconds: second });
          return onReady(adapter);
        }
        case 'state': {
          const state = playerStateFromCode(data);
          return state && onStateChange(state);
        }
        case 'rate':
          return onRateChange(data);
        case 'error':
          return onProblem({ kind: 'video', code: data });
        case 'problem':
          return onProblem({ kind: 'api' });
      }
    };
    const heard = early.events.splice(0);
    early.listener = hear;
    for (const event of heard) hear(...event);
    if (early.wait) {
      early.start = Math.floor(start);
      early.wait = false;
      early.create();
    }
    return () => {
      clearTimeout(timer);
      early.listener = () => undefined;
      // Not made yet (the API still loading): it never will be, the slot is gone.
      early.wait = true;
      adapter?.release();
      try {
        (early.player as { destroy?(): void } | null)?.destroy?.();
      } catch {
        // The frame is already gone with the page: nothing to release.
      }
    };
    // Taken once per page: the video and the start are those the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [adopt]);

  return (
    <div
      className="video-frame"
      {...{ [EARLY_SLOT_ATTRIBUTE]: '' }}
      data-video-id={videoId}
      data-title={title}
      data-end={end !== undefined && Number.isFinite(end) ? end : undefined}
      dangerouslySetInnerHTML={NO_MARKUP}
      suppressHydrationWarning
    />
  );
}
