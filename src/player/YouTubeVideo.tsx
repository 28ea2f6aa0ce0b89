import { useEffect, useRef, useState } from 'react';
import YouTube, { type YouTubeEvent } from 'react-youtube';
import { playerStateFromCode, youtubeAdapter } from './youtubeAdapter.ts';
import { READY_TIMEOUT_MS, type PlayerEvents } from './types.ts';

interface Props extends PlayerEvents {
  videoId: string;
  /** Where the video is cued when the player loads; later seeks go through the adapter. */
  start: number;
  title: string;
}

/** The only component that renders YouTube. Reports through `PlayerEvents`; knows nothing of the app. */
export function YouTubeVideo({ videoId, start, title, onReady, onStateChange, onRateChange, onProblem }: Props) {
  const release = useRef<() => void>(undefined);
  const ready = useRef(false);
  // Cue where the page opened: changing opts later would make react-youtube recreate the player.
  const [opts] = useState(() => ({
    width: '100%',
    height: '100%',
    playerVars: { start: Math.floor(start), playsinline: 1, rel: 0, modestbranding: 1 },
  }));

  useEffect(() => {
    const timer = setTimeout(() => ready.current || onProblem({ kind: 'api' }), READY_TIMEOUT_MS);
    return () => {
      clearTimeout(timer);
      release.current?.();
    };
  }, [onProblem]);

  return (
    <YouTube
      className="video-frame"
      iframeClassName="video-iframe"
      videoId={videoId}
      title={title}
      opts={opts}
      onReady={(event: YouTubeEvent) => {
        ready.current = true;
        const adapter = youtubeAdapter(event.target);
        release.current = adapter.release;
        onReady(adapter);
      }}
      onStateChange={(event: YouTubeEvent<number>) => {
        const state = playerStateFromCode(event.data);
        if (state) onStateChange(state);
      }}
      onPlaybackRateChange={(event: YouTubeEvent<number>) => onRateChange(event.data)}
      onError={(event: YouTubeEvent<number> | Error) =>
        // A failed API script arrives as an Error; a video error carries YouTube's code.
        onProblem(
          typeof (event as YouTubeEvent<number>).data === 'number'
            ? { kind: 'video', code: (event as YouTubeEvent<number>).data }
            : { kind: 'api' },
        )
      }
    />
  );
}
