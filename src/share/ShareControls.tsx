import { LinkIcon, ShareIcon } from '../lib/icons.tsx';
import { formatClock } from '../lib/time.ts';
import { usePlayback } from '../store/PlaybackContext.tsx';
import { episodeLink } from './shareLink.ts';

interface Props {
  slug: string;
  title: string;
  copyAt(seconds: number): void;
}

/** "Copy link at 30:26" for the current second, and the system share sheet where the browser has one. */
export function ShareControls({ slug, title, copyAt }: Props) {
  const second = usePlayback((s) => Math.floor(s.time));
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <div className="share-controls">
      <button type="button" className="button" onClick={() => copyAt(second)}>
        <LinkIcon />
        <span className="share-label">Copy link at</span> {formatClock(second)}
      </button>
      {canShare && (
        <button
          type="button"
          className="button"
          onClick={() => {
            const url = episodeLink(slug, second);
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
