import type { RefObject } from 'react';

/**
 * Returns a function that sets a bar's fill (`scaleX`) to a fraction, in steps of 1/`steps`, writing the
 * style only when the bar visibly moves: progress follows every playback tick without a render or a
 * style write per frame.
 */
export function drawProgress(fill: RefObject<HTMLElement | null>, steps: number): (fraction: number) => void {
  let drawn = -1;
  return (fraction) => {
    const step = Math.round(Math.min(1, Math.max(0, fraction)) * steps);
    if (step === drawn || !fill.current) return;
    drawn = step;
    fill.current.style.transform = `scaleX(${step / steps})`;
  };
}
