import { useEffect, useRef } from 'react';
import { KEYS } from './shortcutKeys.ts';
import './shortcutsDialog.css';

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Enter: 'Enter',
  'Shift+Enter': 'Shift+Enter',
};

interface HelpRow {
  keys: readonly string[];
  label: string;
}

/** Page-wide keys, and the transcript's own. */
const ROWS: HelpRow[] = [
  { keys: KEYS.togglePlay, label: 'Play or pause' },
  { keys: KEYS.back, label: 'Back 10 seconds' },
  { keys: KEYS.forward, label: 'Forward 10 seconds' },
  { keys: KEYS.previousChapter, label: 'Previous chapter' },
  { keys: KEYS.nextChapter, label: 'Next chapter' },
  { keys: KEYS.slower, label: 'Slower (Shift+,)' },
  { keys: KEYS.faster, label: 'Faster (Shift+.)' },
  { keys: KEYS.search, label: 'Search the transcript' },
  { keys: KEYS.help, label: 'Show these shortcuts' },
  { keys: ['ArrowUp', 'ArrowDown'], label: 'Move between lines (in the transcript)' },
  { keys: ['Enter'], label: 'Play from the focused line' },
  { keys: ['Enter', 'Shift+Enter'], label: 'Next and previous match (in the search field); Escape closes it' },
];

/**
 * The keyboard shortcuts, in a native modal dialog (focus stays inside; Escape closes it, and the browser
 * gives focus back to where it was). Its code is loaded when it is first asked for; it opens each time
 * `asked` changes.
 */
export function ShortcutsDialog({ asked }: { asked: number }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current?.open === false) ref.current.showModal();
  }, [asked]);
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {ROWS.map((row) => (
          <div key={row.label}>
            <dt>
              {row.keys.map((key) => (
                <kbd key={key}>{KEY_NAMES[key] ?? key.toUpperCase()}</kbd>
              ))}
            </dt>
            <dd>{row.label}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
