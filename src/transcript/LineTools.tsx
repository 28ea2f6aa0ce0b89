import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { LinkIcon, QuoteIcon } from '../lib/icons.tsx';
import { formatClock } from '../lib/time.ts';
import { useInBrowser } from '../lib/useInBrowser.ts';
import { usePlayback } from '../store/PlaybackContext.tsx';
import { lineById } from './lineDom.ts';

/**
 * The line buttons: "Copy link to 30:26" on one line at a time (the line under the pointer, else the one with
 * keyboard focus), and "Copy quote" (the whole line, quoted with its speaker and time range) on the focused
 * line. Thousands of buttons would double the page's weight, and the lines are no components (LineBlock), so
 * each button is rendered into a slot of its own that is moved to just after its line: it is then the next
 * Tab stop after the focused line, and CSS sets it beside the line without measuring. Only this component
 * renders when the pointer or focus moves to another line.
 */
export function LineTools({ starts }: { starts: readonly number[] }) {
  const offered = usePlayback((s) => s.hoveredLine ?? s.focusedLine ?? -1);
  const focused = usePlayback((s) => s.focusedLine ?? -1);
  // In a live page only: the build (and hydration, which meets its HTML) has no line pointed at or focused.
  const live = useInBrowser();
  const [slots] = useState(() => (typeof document === 'undefined' ? null : { link: toolSlot(), quote: toolSlot() }));

  // A slot is moved only when its line changes: moving an element takes focus from a button inside it.
  useLayoutEffect(() => {
    if (!slots) return;
    place(slots.link, offered >= 0 ? lineById(document, offered) : null);
    place(slots.quote, focused < 0 ? null : focused === offered ? slots.link : lineById(document, focused));
  }, [slots, offered, focused]);
  useLayoutEffect(
    () => () => {
      slots?.link.remove();
      slots?.quote.remove();
    },
    [slots],
  );

  if (!slots || !live) return null;
  const clock = offered >= 0 ? formatClock(starts[offered] ?? 0) : '';
  return (
    <>
      {offered >= 0 &&
        createPortal(
          <button
            type="button"
            className="line-copy"
            tabIndex={offered === focused ? 0 : -1}
            aria-label={`Copy link to ${clock}`}
            title={`Copy link to ${clock}`}
            data-copy={offered}
          >
            <LinkIcon />
          </button>,
          slots.link,
        )}
      {focused >= 0 &&
        createPortal(
          <button
            type="button"
            className="line-copy line-quote"
            aria-label="Copy quote"
            title="Copy quote"
            data-quote={focused}
          >
            <QuoteIcon />
          </button>,
          slots.quote,
        )}
    </>
  );
}

function toolSlot(): HTMLSpanElement {
  const slot = document.createElement('span');
  slot.className = 'line-tools';
  return slot;
}

/** Puts `slot` just after `after`, or out of the page without it. */
function place(slot: HTMLElement, after: Element | null): void {
  if (!after) slot.remove();
  else if (after.nextSibling !== slot) after.after(slot);
}
