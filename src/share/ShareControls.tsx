import { useEffect, useRef } from 'react';
import { LinkIcon, ShareIcon } from '../lib/icons.tsx';
import { formatClock } from '../lib/time.ts';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { usePlaybackStore } from '../store/PlaybackContext.tsx';
import { episodeLink } from './shareLink.ts';

interface Props {
  slug: string;
  title: string;
  copyAt(seconds: number): void;
}

/** "Copy link at 30:26" for the current second, and the system share sheet where the browser has one. */
export function ShareControls({ slug, title, copyAt }: Props) {
  const store = usePlaybackStore();
  // The label follows playback second by second, written straight into the page: no render per second.
  const label = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let shown = -1;
    const show = (time: number) => {
      // Compared as whole seconds: the clock text is made only when it changes, not on every frame.
      const second = Math.floor(time);
      if (second === shown || !label.current) return;
      shown = second;
      label.current.textContent = formatClock(second);
    };
    show(store.getState().time);
    return store.subscribe((state) => show(state.time));
  }, [store]);
  const second = () => Math.floor(store.getState().time);
  // Known only in the browser: a prerendered page has no Share button until it is live.
  const canShare = useInBrowser() && typeof navigator.share === 'function';
  return (
    <div className="share-controls">
      <button type="button" className="button" onClick={() => copyAt(second())}>
        <LinkIcon />
        <span className="share-label">Copy link at</span> <span ref={label} />
      </button>
      {canShare && (
        <button
          type="button"
          className="button"
          onClick={() => {
            const url = episodeLink(slug, second());
            navigator.share({ title, url }).catch(() => undefined);
          }}
        >
          <ShareIcon />
          <span className="share-label">Share…</span>
        </button>
      )}
    </div>
  );
}

export function ShareNotice({ notice }: { notice: string }) {
  return (
    <div className="share-notice" role="status" aria-live="polite">
      {notice}
    </div>
  );
}
