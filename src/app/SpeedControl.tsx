import { useId } from 'react';
import { formatRate, PLAYBACK_RATES } from '../player/playbackRate.ts';
import { usePlayback } from '../store/PlaybackContext.tsx';

/**
 * The playback speed, beside the player: a native select, so keyboards, screen readers and phones get the
 * control they know. A speed chosen in YouTube's own controls that is not one of ours is offered too.
 */
export function SpeedControl({ onChange }: { onChange(rate: number): void }) {
  const rate = usePlayback((s) => s.rate);
  const id = useId();
  const rates = PLAYBACK_RATES.includes(rate as (typeof PLAYBACK_RATES)[number])
    ? PLAYBACK_RATES
    : [...PLAYBACK_RATES, rate].sort((a, b) => a - b);
  return (
    <div className="speed-control">
      <label htmlFor={id}>Speed</label>
      <select
        id={id}
        className="button speed-select"
        value={rate}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {rates.map((r) => (
          <option key={r} value={r}>
            {formatRate(r)}
          </option>
        ))}
      </select>
    </div>
  );
}
