import './resume.css';
import { useEffect, useMemo, useState } from 'react';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { PlayIcon } from '../lib/icons.tsx';
import { formatClock, formatLength } from '../lib/time.ts';
import { usePlaybackStore } from '../store/PlaybackContext.tsx';
import { readPlace } from './places.ts';

/**
 * "Resume at 32:10" for an episode left part-way, when the page was opened without a second of its own (a
 * link's `?t=` or back and forward win). One press plays from there; the page itself does not move. Read
 * after hydration (prerendered pages know nothing of this browser), and gone once anything plays.
 */
export function ResumeOffer({
  slug,
  offered,
  onResume,
}: {
  slug: string;
  offered: boolean;
  onResume(s: number): void;
}) {
  const store = usePlaybackStore();
  const inBrowser = useInBrowser();
  const place = useMemo(() => {
    const kept = inBrowser && offered ? readPlace(slug) : undefined;
    return kept && !kept.finished ? kept : undefined;
  }, [inBrowser, offered, slug]);
  const [dismissed, setDismissed] = useState(false);
  useEffect(
    () =>
      store.subscribe((state) => (state.status === 'playing' || state.status === 'buffering') && setDismissed(true)),
    [store],
  );

  if (!place || dismissed) return null;
  const left = place.duration > place.seconds ? `${formatLength(place.duration - place.seconds)} left` : '';
  return (
    <div className="resume-offer">
      <button
        type="button"
        className="button resume-button"
        onClick={() => {
          setDismissed(true);
          onResume(place.seconds);
        }}
      >
        <PlayIcon />
        Resume at {formatClock(place.seconds)}
      </button>
      {left && <span className="resume-left">{left}</span>}
    </div>
  );
}
