import { lazy, Suspense, useState } from 'react';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { hasEarlyPlayer } from './earlyPlayer.ts';
import { EarlyVideo } from './EarlyVideo.tsx';
import type { PlayerEvents, PlayerProblem } from './types.ts';

// The player (react-youtube and its loader) is its own chunk, fetched beside the episode's data rather than
// before it: the transcript does not wait for it.
const loadPlayer = () => import('./YouTubeVideo.tsx');
export const preloadPlayer = () => void loadPlayer();
const YouTubeVideo = lazy(() => loadPlayer().then((module) => ({ default: module.YouTubeVideo })));

interface Props {
  videoId?: string;
  title: string;
  start: number;
  /** The episode's end (Infinity when it has no transcript to tell it). */
  end: number;
  /** The moment the page is at, for the "Watch on YouTube" link shown when the video cannot play here. */
  currentTime(): number;
  problem: PlayerProblem | null;
  events: PlayerEvents;
  /** Whether the page has a transcript to use instead of the video (then the note says so). */
  hasTranscript: boolean;
}

/** What each failure means for the viewer, in plain words. */
export function problemMessage(problem: PlayerProblem): string {
  if (problem.kind === 'api')
    return 'The YouTube player could not load. You may be offline, or something is blocking YouTube.';
  switch (problem.code) {
    case 2:
      return "This episode's video address is not valid.";
    case 5:
      return 'The video cannot be played in this browser.';
    case 100:
      return 'The video is unavailable: it was removed or made private.';
    case 101:
    case 150:
      return "The video's owner does not allow it to be played outside YouTube.";
    default:
      return `The video could not be played (YouTube error ${problem.code}).`;
  }
}

/** The video, or, when there is none or it cannot play, a clear note in its place. */
export function watchOnYouTube(videoId: string, seconds: number): string {
  const second = Math.floor(seconds);
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}${second > 0 ? `&t=${second}s` : ''}`;
}

export function VideoPanel({ videoId, title, start, end, currentTime, problem, events, hasTranscript }: Props) {
  const inBrowser = useInBrowser();
  // Decided once: a prerendered page (and its hydration) has the early player's slot; a page the browser
  // renders itself has react-youtube, as does a page whose early player is gone or was never made.
  const [early] = useState(() => !!videoId && (typeof window === 'undefined' || hasEarlyPlayer(videoId)));
  if (videoId && !problem) {
    return (
      <div className="video">
        {early || !inBrowser ? (
          <EarlyVideo videoId={videoId} title={title} start={start} end={end} adopt={inBrowser && early} {...events} />
        ) : (
          <Suspense fallback={null}>
            <YouTubeVideo videoId={videoId} title={title} start={start} {...events} />
          </Suspense>
        )}
      </div>
    );
  }
  return (
    <div className="video video-unavailable" role={problem ? 'alert' : undefined}>
      <p className="video-message">{problem ? problemMessage(problem) : 'This episode has no video.'}</p>
      {problem && videoId && (
        <p>
          <a
            href={watchOnYouTube(videoId, start)}
            target="_blank"
            rel="noopener noreferrer"
            // Opens YouTube at the moment the reader has reached, not where the page opened.
            onClick={(event) => (event.currentTarget.href = watchOnYouTube(videoId, currentTime()))}
          >
            Watch on YouTube
          </a>
        </p>
      )}
      {hasTranscript && (
        <p className="video-hint">
          The transcript still works: click a line to mark that moment and copy a link to it.
        </p>
      )}
    </div>
  );
}
