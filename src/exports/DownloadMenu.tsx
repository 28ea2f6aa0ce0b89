/**
 * "Download transcript": the episode's transcript files (files.ts) in a native disclosure (`<details>`), so
 * it opens with Enter or Space, works before the app's code has loaded (the page is prerendered) and screen
 * readers announce it as expanded or collapsed. Each item is a plain link with `download`, named by its
 * format, so it can also be opened, copied or saved by the browser's own means. Escape closes the menu and
 * returns focus to its button; so do choosing a file and clicking elsewhere. On phones the button shows its
 * icon alone and keeps its name for assistive technology (downloads.css).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { hrefFor } from '../lib/router.tsx';
import { exportFiles } from './files.ts';

interface Props {
  slug: string;
}

/** Decorative, like the app's other icons: the button carries the name. */
const DownloadIcon = () => (
  <svg
    className="icon"
    viewBox="0 0 24 24"
    aria-hidden
    focusable={false}
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
  </svg>
);

export function DownloadMenu({ slug }: Props) {
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

  // A press outside the open menu closes it, as menus do.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  return (
    <details className="download-menu" ref={menu} onKeyDown={onKeyDown}>
      <summary className="button download-button" title="Download transcript">
        <DownloadIcon />
        {/* Where the words are hidden (phones, narrower desktops), the title still names the icon. */}
        <span className="download-label">Download transcript</span>
      </summary>
      <ul className="download-list" aria-label="Transcript files">
        {exportFiles(slug).map((file) => (
          <li key={file.suffix}>
            <a href={hrefFor(file.path)} type={file.type} download onClick={() => close(true)}>
              {file.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
