import { useEffect } from 'react';

export interface Shortcut {
  keys: string[];
  run(): void;
  /** Space only toggles playback when it would not press a focused button or link. */
  onlyOutsideControls?: boolean;
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const CONTROLS = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"]';

/** Page-wide keys; never while typing in a field, never with Ctrl, Alt or Meta. */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const shortcut = shortcuts.find((s) => s.keys.includes(key));
      if (!shortcut || (shortcut.onlyOutsideControls && target?.closest(CONTROLS))) return;
      event.preventDefault();
      shortcut.run();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcuts]);
}
