import { memo } from 'react';
import type { TranscriptLine } from '../episodes/model.ts';
import { LinkIcon, QuoteIcon } from '../lib/icons.tsx';
import { targetKey } from '../search/episodeSearch.ts';
import { markedText } from '../search/markedText.tsx';
import { useMarks } from '../search/SearchContext.tsx';
import { FOCUSED, OFFERS_LINK, useLineFlags } from '../store/PlaybackContext.tsx';

/** Each line has an id: found in constant time, and `#line-42` links to it. */
export const lineId = (index: number) => `line-${index}`;

interface Props {
  index: number;
  line: TranscriptLine;
  clock: string;
  /** Shown when the speaker changes. */
  speaker?: string;
}

/**
 * One spoken line: as few elements as a line can have, since a transcript may hold 15,000. Being the
 * active line (`aria-current`) or the tabbable one (`tabindex`) is not rendered here: `useLineHighlight`
 * sets those two attributes directly, so playback renders no line at all, even when the line changes.
 * Clicks and keys are handled by the transcript as a whole (one listener, not thousands); `data-line` and
 * `data-copy` tell it what was hit.
 *
 * Search matches (SearchContext.tsx) re-render only the lines whose marks change.
 *
 * Only one line at a time carries the "Copy link to 30:26" button (the line under the pointer, else the one
 * with keyboard focus): thousands of buttons would double the page's weight. Placed right after its line,
 * it is the next Tab stop after the focused line, and CSS sets it beside the line without measuring. The line
 * with keyboard focus also offers "Copy quote" (the whole line, quoted with its speaker and time range).
 */
export const TranscriptLineView = memo(function TranscriptLineView({ index, line, clock, speaker }: Props) {
  const flags = useLineFlags(index);
  const marks = useMarks(targetKey('line', index));
  return (
    <>
      {speaker && <Speaker index={index} name={speaker} />}
      <div role="button" id={lineId(index)} className="line" tabIndex={-1} data-line={index}>
        <span className={line.estimated ? 'line-time estimated' : 'line-time'} data-pagefind-ignore>
          {clock}
        </span>{' '}
        <span className="line-text">{markedText(line.text, marks)}</span>
      </div>
      {flags & OFFERS_LINK ? (
        <button
          type="button"
          className="line-copy"
          tabIndex={flags & FOCUSED ? 0 : -1}
          aria-label={`Copy link to ${clock}`}
          title={`Copy link to ${clock}`}
          data-copy={index}
        >
          <LinkIcon />
        </button>
      ) : null}
      {flags & FOCUSED ? (
        <button
          type="button"
          className="line-copy line-quote"
          aria-label="Copy quote"
          title="Copy quote"
          data-quote={index}
        >
          <QuoteIcon />
        </button>
      ) : null}
    </>
  );
});

/** The speaker's name where it changes; its own component, so that its marks re-render it alone. */
function Speaker({ index, name }: { index: number; name: string }) {
  const marks = useMarks(targetKey('speaker', index));
  return <p className="line-speaker">{markedText(name, marks)}</p>;
}
