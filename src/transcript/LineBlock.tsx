import { memo } from 'react';
import type { TranscriptLine } from '../episodes/model.ts';
import { showsSpeaker, type Group } from '../episodes/layout.ts';
import { TranscriptLineView } from './TranscriptLineView.tsx';

/** Lines per block: small enough that laying out a block that scrolls into view is quick. */
export const BLOCK_SIZE = 64;

export function blocksOf({ from, to }: Group): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let start = from; start < to; start += BLOCK_SIZE) blocks.push([start, Math.min(to, start + BLOCK_SIZE)]);
  return blocks;
}

interface Props {
  lines: readonly TranscriptLine[];
  from: number;
  to: number;
  /** Where this block's section begins: its first line names its speaker. */
  sectionStart: number;
  clocks: readonly string[];
  speakerNames: readonly string[];
}

/**
 * A run of up to BLOCK_SIZE lines. Blocks off screen are not laid out (`content-visibility: auto`), with a
 * height guessed from their text until they have been shown once; and React re-renders a line change
 * without walking every line of a long section, since untouched blocks are skipped whole.
 */
export const LineBlock = memo(function LineBlock({ lines, from, to, sectionStart, clocks, speakerNames }: Props) {
  return (
    <div className="line-block" style={{ containIntrinsicBlockSize: `auto ${estimateHeight(lines, from, to)}rem` }}>
      {lines.slice(from, to).map((line, offset) => {
        const index = from + offset;
        return (
          <TranscriptLineView
            key={index}
            index={index}
            line={line}
            clock={clocks[index]!}
            speaker={showsSpeaker(lines, index, sectionStart) ? speakerNames[line.speaker] : undefined}
          />
        );
      })}
    </div>
  );
});

/** Rows of about 80 characters, 1.6 rem each, plus each line's padding. */
function estimateHeight(lines: readonly TranscriptLine[], from: number, to: number): number {
  let rem = 0;
  for (let i = from; i < to; i++) rem += Math.ceil(lines[i]!.text.length / 80) * 1.6 + 0.8;
  return Math.round(rem);
}
