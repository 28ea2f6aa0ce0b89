import { Link } from '../lib/router.tsx';
import { PlayIcon } from '../lib/icons.tsx';

export function SiteHeader({ onShowShortcuts }: { onShowShortcuts?: () => void }) {
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        <span className="brand-mark">
          <PlayIcon />
        </span>
        <span className="brand-name">Transcript Player</span>
        <span className="visually-hidden">: all episodes</span>
      </Link>
      {onShowShortcuts && (
        <button type="button" className="header-button" onClick={onShowShortcuts} aria-keyshortcuts="?">
          <kbd aria-hidden="true">?</kbd> Keyboard shortcuts
        </button>
      )}
    </header>
  );
}
