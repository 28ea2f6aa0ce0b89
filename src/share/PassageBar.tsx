import './passage.css';
import { useEffect, useRef } from 'react';
import { PlayIcon } from '../lib/icons.tsx';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { usePlaybackStore } from '../store/PlaybackContext.tsx';
import { passageClock, type Passage } from './passage.ts';

/**
 * For a page opened at a passage (`?t=1930,1961`): "Play passage 32:10–32:41" plays it and pauses once at its
 * end; from there the reader can play on. Shown once the page is live: the prerendered page is the page at its
 * path alone, and the passage is in its address.
 */
export function PassageBar({
  passage,
  onPlay,
  onPause,
}: {
  passage: Passage;
  onPlay(seconds: number): void;
  onPause(): void;
}) {
  const store = usePlaybackStore();
  const stopping = useRef(false);
  useEffect(
    () =>
      store.subscribe((state) => {
        if (!stopping.current || state.status !== 'playing' || state.time < passage.end) return;
        stopping.current = false;
        onPause();
      }),
    [store, passage.end, onPause],
  );
  const live = useInBrowser();
  if (!live) return null;
  const clock = passageClock(passage);
  return (
    <div className="passage-bar">
      <span className="passage-label">Passage {clock}</span>
      <button
        type="button"
        className="button passage-play"
        onClick={() => {
          stopping.current = true;
          onPlay(passage.start);
        }}
      >
        <PlayIcon />
        Play passage {clock}
      </button>
    </div>
  );
}
