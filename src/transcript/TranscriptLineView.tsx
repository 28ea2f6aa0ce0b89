import { memo } from 'react';
import type { TranscriptLine } from '../episodes/model.ts';
import { LinkIcon } from '../lib/icons.tsx';
import { useIsActiveLine, useIsTabbableLine } from '../store/PlaybackContext.tsx';

interface Props {
  index: number;
  line: TranscriptLine;
  clock: string;
  /** Shown when the speaker changes. */
  speaker?: string;
}

/**
 * One spoken line. It re-renders only when it becomes or stops being the active (or tabbable) line, so a
 * playback tick renders no line and a line change renders two. Clicks and keys are handled by the
 * transcript as a whole (one listener, not thousands): `data-line` and `data-copy` tell it what was hit.
 */
export const TranscriptLineView = memo(function TranscriptLineView({ index, line, clock, speaker }: Props) {
  const active = useIsActiveLine(index);
  const tabbable = useIsTabbableLine(index);
  return (
    <div className="line" data-active={active || undefined}>
      {speaker && <p className="line-speaker">{speaker}</p>}
      <div className="line-row">
        <div
          role="button"
          className="line-body"
          tabIndex={tabbable ? 0 : -1}
          aria-current={active ? 'true' : undefined}
          data-line={index}
        >
          <span className={line.estimated ? 'line-time estimated' : 'line-time'}>{clock}</span>{' '}
          <span className="line-text">{line.text}</span>
        </div>
        <button
          type="button"
          className="line-copy"
          tabIndex={tabbable ? 0 : -1}
          aria-label={`Copy link to ${clock}`}
          title={`Copy link to ${clock}`}
          data-copy={index}
        >
          <LinkIcon />
        </button>
      </div>
    </div>
  );
});
