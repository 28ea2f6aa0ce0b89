import type { Ref } from 'react';

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Enter: 'Enter',
  'Shift+Enter': 'Shift+Enter',
};

export interface HelpRow {
  keys: string[];
  label: string;
}

/** The keyboard shortcuts, in a native modal dialog (focus stays inside; Escape closes it). */
export function ShortcutsDialog({ rows, ref }: { rows: readonly HelpRow[]; ref: Ref<HTMLDialogElement> }) {
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {rows.map((row) => (
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
