/**
 * "Download transcript": the episode's transcript files (files.ts) in a native disclosure (`<details>`), so
 * it opens with Enter or Space, works before the app's code has loaded (the page is prerendered) and screen
 * readers announce it as expanded or collapsed. Each item is a plain link with `download`, named by its
 * format, so it can also be opened, copied or saved by the browser's own means. Escape closes the menu and
 * returns focus to its button; so do choosing a file and clicking elsewhere. On phones the button shows its
 * icon alone and keeps its name for assistive technology (downloads.css).
 */
import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { KEEP_PRERENDERED } from '../lib/keepPrerendered.ts';

/**
 * `contents`: DownloadMenuContents, where the page renders it; absent on a prerendered page, whose menu keeps
 * the build's HTML and is given its behaviour here.
 */
export function DownloadMenu({ contents }: { contents?: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);

  const close = (focusButton: boolean) => {
    const details = menu.current;
    if (!details?.open) return;
    details.open = false;
    if (focusButton) details.querySelector('summary')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    event.preventDefault();
    event.stopPropagation(); // Escape here closes the menu only (not, say, the episode's search)
    close(true);
  };

  // Choosing a file closes the menu.
  const onClick = (event: MouseEvent<HTMLDetailsElement>) => {
    if ((event.target as Element).closest('a')) close(true);
  };

  // A press outside the open menu closes it, as menus do.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  const behaviour = { className: 'download-menu', ref: menu, onKeyDown, onClick };
  return contents ? <details {...behaviour}>{contents}</details> : <details {...behaviour} {...KEEP_PRERENDERED} />;
}
