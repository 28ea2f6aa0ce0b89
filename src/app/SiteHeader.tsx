import type { ReactNode } from 'react';
import { Link } from '../lib/router.tsx';
import { PlayIcon } from '../lib/icons.tsx';

/** The site's header: the way home, then the page's own actions (`actions`) and the shortcuts' help. */
export function SiteHeader({ onShowShortcuts, actions }: { onShowShortcuts?: () => void; actions?: ReactNode }) {
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        <span className="brand-mark">
          <PlayIcon />
        </span>
        <span className="brand-name">Transcript Player</span>
        <span className="visually-hidden">: all episodes</span>
      </Link>
      <div className="header-actions">
        {actions}
        {onShowShortcuts && (
          <button type="button" className="header-button" onClick={onShowShortcuts} aria-keyshortcuts="?">
            <kbd aria-hidden="true">?</kbd> Keyboard shortcuts
          </button>
        )}
      </div>
    </header>
  );
}
