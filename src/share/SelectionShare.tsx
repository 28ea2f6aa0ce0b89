import { useEffect, useState } from 'react';
import type { Selected, SelectionShareProps } from './SelectionPopover.tsx';
import { selectionPopoverCode } from './selectionPopoverCode.ts';

/** The page's selection, if it holds words inside the transcript, and that transcript; else null. */
function selectionInTranscript(): { range: Range; transcript: Element } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  const transcript = (common instanceof Element ? common : common.parentElement)?.closest('.transcript');
  return transcript ? { range, transcript } : null;
}

/**
 * Selecting words in the transcript (mouse, touch or keyboard) offers, beside the selection and without
 * moving the text: Copy quote, Copy link to passage, and the system's share sheet where there is one.
 * Selecting never seeks (TranscriptPanel ignores the click that ends a selection).
 *
 * This part watches the selection from the moment the page is live. The popover's code (SelectionPopover.tsx)
 * is not the page's own: it is loaded once the page is live, or as a selection starts, if that is sooner.
 */
export function SelectionShare(props: SelectionShareProps) {
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    let frame = 0;
    let pressing = false;
    let live = true;
    const read = () => {
      frame = 0;
      if (pressing || !selectionInTranscript()) return setSelected(null);
      // Read once the code is in (at once after the first time), from the selection as it is then.
      void selectionPopoverCode.load().then(({ readSelection }) => {
        const current = pressing ? null : selectionInTranscript();
        if (live) setSelected(current && readSelection(current.range, current.transcript, props));
      });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    const start = () => void selectionPopoverCode.load();
    // While the pointer drags a selection out, nothing shows; it shows where the selection ends.
    const down = (event: PointerEvent) => {
      if ((event.target as Element).closest?.('.selection-share')) return;
      pressing = true;
    };
    const up = () => {
      pressing = false;
      schedule();
    };
    document.addEventListener('selectstart', start);
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    // Words selected before the page was live are offered at once.
    schedule();
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      document.removeEventListener('selectstart', start);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
    };
    // The episode's facts do not change while its page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const Popover = selectionPopoverCode.loaded?.SelectionPopover;
  return selected && Popover ? <Popover selected={selected} {...props} /> : null;
}
