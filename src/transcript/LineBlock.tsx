import { memo } from 'react';
import { showsSpeaker, type Group } from '../episodes/layout.ts';
import type { LineTexts, LineTiming } from '../episodes/model.ts';
import { KEEP_PRERENDERED } from '../lib/keepPrerendered.ts';
import { formatClock } from '../lib/time.ts';
import { lineId } from './lineDom.ts';

/** Lines per block: small enough that laying out a block that scrolls into view is quick. */
export const BLOCK_SIZE = 64;

export function blocksOf({ from, to }: Group): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let start = from; start < to; start += BLOCK_SIZE) blocks.push([start, Math.min(to, start + BLOCK_SIZE)]);
  return blocks;
}

interface Props {
  lines: LineTiming;
  /** The lines' words: given where they are rendered here (the build, a page the app went to), else absent. */
  texts?: LineTexts;
  /** `texts.estimated` as a set. */
  estimated?: ReadonlySet<number>;
  from: number;
  to: number;
  /** Where this block's section begins: its first line names its speaker. */
  sectionStart: number;
  speakerNames: readonly string[];
}

/**
 * A run of up to BLOCK_SIZE lines. Blocks off screen are not laid out (`content-visibility: auto`), with a
 * height guessed from their text until they have been shown once.
 *
 * The lines are rendered as plain elements, never as a component each, and are React's only where they were
 * rendered in the browser. On a prerendered page the block is hydrated as an element whose content React
 * does not take over (KEEP_PRERENDERED): its lines stay the build's HTML, with no fiber, props or
 * subscription per line (a component per line held 11 MB at 4,000 lines). Everything that changes on a line
 * (the spoken one, marks, copy buttons) is written onto its element (lineDom.ts), in both cases alike.
 */
export const LineBlock = memo(function LineBlock(props: Props) {
  const { lines, texts, from, to } = props;
  const style = guessedSize(estimateHeight(lines.rows, from, to));
  if (!texts) {
    return <div className="line-block" style={style} {...KEEP_PRERENDERED} />;
  }
  return (
    <div className="line-block" style={style}>
      {lineElements(props, texts)}
    </div>
  );
});

/**
 * One spoken line is as few elements as a line can have, since a transcript may hold 15,000. Being the active
 * line (`aria-current`) or the tabbable one (`tabindex`) is set by useLineHighlight; clicks and keys are the
 * transcript's (one listener, not thousands), told what was hit by `data-line`.
 */
function lineElements({ lines, estimated, from, to, sectionStart, speakerNames }: Props, texts: LineTexts) {
  const elements = [];
  for (let index = from; index < to; index++) {
    const clock = formatClock(lines.starts[index]!);
    const speaker = showsSpeaker(lines.speakers, index, sectionStart)
      ? speakerNames[lines.speakers[index]!]
      : undefined;
    if (speaker) {
      elements.push(
        <p key={`s${index}`} className="line-speaker">
          {speaker}
        </p>,
      );
    }
    elements.push(
      <div key={index} role="button" id={lineId(index)} className="line" tabIndex={-1} data-line={index}>
        <span className={estimated?.has(index) ? 'line-time estimated' : 'line-time'} data-pagefind-ignore>
          {clock}
        </span>{' '}
        <span className="line-text">{texts.text[index]}</span>
      </div>,
    );
  }
  return elements;
}

/** A `content-visibility: auto` box's size until it has been shown once: `rem` tall. */
export function guessedSize(rem: number) {
  return { containIntrinsicBlockSize: `auto ${rem}rem` };
}

/** Rows of about 80 characters (`rows`, see LineTiming), 1.6 rem each, plus each line's padding. */
export function estimateHeight(rows: string, from: number, to: number): number {
  let rem = 0;
  for (let i = from; i < to; i++) rem += parseInt(rows[i] ?? '1', 36) * 1.6 + 0.8;
  return Math.round(rem);
}
