import { useEffect, useState, type RefObject } from 'react';
import { ArrowIcon } from '../lib/icons.tsx';
import { usePlayback, usePlaybackStore } from '../store/PlaybackContext.tsx';
import { onScrollEvent } from './scrollEvents.ts';
import { lineElement, linePosition } from './follow.ts';

/** Shown while following is paused: points toward the active line and resumes following. */
export function BackToNow({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const store = usePlaybackStore();
  const following = usePlayback((s) => s.following);
  const [position, setPosition] = useState<ReturnType<typeof linePosition>>();

  useEffect(() => {
    const container = containerRef.current;
    if (following || !container) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setPosition(linePosition(container, store.getState().activeLine));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    const stopListening = onScrollEvent(container, 'scroll', schedule);
    const unsubscribe = store.subscribe((state, previous) => state.activeLine !== previous.activeLine && schedule());
    return () => {
      cancelAnimationFrame(frame);
      stopListening();
      unsubscribe();
    };
  }, [following, containerRef, store]);

  if (following) return null;
  const direction = position === 'above' ? 'up' : position === 'below' ? 'down' : undefined;
  const where =
    direction === 'up' ? ', the current line is above' : direction === 'down' ? ', the current line is below' : '';
  return (
    <button
      type="button"
      className="back-to-now"
      aria-label={`Back to now${where}`}
      onClick={(event) => {
        const { activeLine, setFollowing } = store.getState();
        setFollowing(true);
        // From the keyboard, carry focus to the line being spoken so reading goes on from there.
        const container = containerRef.current;
        if (event.detail === 0 && container) lineElement(container, activeLine)?.focus({ preventScroll: true });
      }}
    >
      {direction && <ArrowIcon direction={direction} />}
      Back to now
    </button>
  );
}
