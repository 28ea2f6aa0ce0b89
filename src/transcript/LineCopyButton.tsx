import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { LinkIcon } from '../lib/icons.tsx';
import { usePlayback } from '../store/PlaybackContext.tsx';

export interface HoverState {
  line: number | null;
}

/**
 * "Copy link to 30:26": one button for the whole transcript instead of one per line (thousands of them
 * would double the page's weight). It sits beside the line under the pointer, else beside the tabbable
 * line. It is placed at the end of that line's section, so it is the next Tab stop after the focused line
 * and is positioned within the section (sections lay out on their own, see `content-visibility`).
 */
export function LineCopyButton({
  clocks,
  hover,
  container,
}: {
  clocks: readonly string[];
  hover: StoreApi<HoverState>;
  container: HTMLElement | null;
}) {
  const tabbable = usePlayback((s) => s.focusedLine ?? Math.max(0, s.activeLine));
  const hovered = useStore(hover, (s) => s.line);
  const target = hovered ?? tabbable;
  const button = useRef<HTMLButtonElement>(null);
  const line = container?.querySelector<HTMLElement>(`[data-line="${target}"]`);
  const section = line?.closest<HTMLElement>('.transcript-section');

  useLayoutEffect(() => {
    if (!line || !section || !button.current) return;
    const top = line.getBoundingClientRect().top - section.getBoundingClientRect().top;
    button.current.style.transform = `translateY(${top}px)`;
  }, [line, section]);

  if (!section) return null;
  const label = `Copy link to ${clocks[target] ?? ''}`;
  return createPortal(
    <button ref={button} type="button" className="line-copy" data-copy={target} aria-label={label} title={label}>
      <LinkIcon />
    </button>,
    section,
  );
}
