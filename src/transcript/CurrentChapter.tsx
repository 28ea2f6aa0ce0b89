/**
 * The live part of the chapter list (Chapters.tsx), in a chunk of its own: the page's code before its data
 * leaves it out (tests/bench/budgets.json), and start.tsx loads it beside the episode's data.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import type { PlaybackState } from '../store/playbackStore.ts';
import type { Chapter } from './chapters.ts';
import { drawProgress } from './drawProgress.ts';

/**
 * The current chapter in the list: marked (`aria-current`) and given its progress bar, which is rendered into
 * a slot moved into that chapter's button, by writing on the elements involved; and kept in the list's view.
 */
export function CurrentChapter({
  chapters,
  list,
}: {
  chapters: readonly Chapter[];
  list: RefObject<HTMLOListElement | null>;
}) {
  const active = usePlayback((s) => s.activeSection);
  const chapter = chapters.find((c) => c.section === active);
  const [slot] = useState(progressSlot);
  useLayoutEffect(() => {
    const button = chapter && list.current?.querySelector(`[data-chapter="${chapter.section}"]`);
    if (!button) return;
    button.setAttribute('aria-current', 'true');
    button.append(slot);
    const stopKeeping = keepInList(button.parentElement!);
    return () => {
      stopKeeping();
      button.removeAttribute('aria-current');
      slot.remove();
    };
  }, [chapter, list, slot]);
  return chapter ? createPortal(<ChapterProgress chapter={chapter} />, slot) : null;
}

function progressSlot(): HTMLSpanElement {
  const slot = document.createElement('span');
  slot.className = 'chapter-progress-slot';
  return slot;
}

/**
 * Keeps the current chapter in view in the chapter list, which scrolls on its own in every layout. Where the
 * item is comes from an IntersectionObserver, after the browser's own layout: a chapter change forces none.
 * A list that is not shown (folded on a phone) has no bounds and is left alone. Returns the clean-up.
 */
function keepInList(item: HTMLElement): () => void {
  const list = item.parentElement!;
  const observer = new IntersectionObserver(
    ([entry]) => {
      observer.disconnect();
      const view = entry?.rootBounds;
      if (!entry || !view || view.height === 0) return;
      const own = entry.boundingClientRect;
      if (own.top < view.top) list.scrollBy(0, own.top - view.top - 8);
      else if (own.bottom > view.bottom) list.scrollBy(0, own.bottom - view.bottom + 8);
    },
    { root: list },
  );
  observer.observe(item);
  return () => observer.disconnect();
}

/** The current chapter's progress, drawn from the store without re-rendering on every tick. */
function ChapterProgress({ chapter }: { chapter: Chapter }) {
  const store = usePlaybackStore();
  const bar = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const draw = drawProgress(bar, 200);
    const show = ({ time }: PlaybackState) => draw((time - chapter.start) / (chapter.end - chapter.start));
    show(store.getState());
    return store.subscribe(show);
  }, [store, chapter]);
  return (
    <span className="chapter-progress" aria-hidden="true">
      <span ref={bar} className="chapter-progress-fill" />
    </span>
  );
}
