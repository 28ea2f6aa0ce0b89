/**
 * The transcript as SubRip (`application/x-subrip`), for video editors and players that read no WebVTT: the
 * same cues as the WebVTT file (cues.ts), numbered from 1, timed `HH:MM:SS,mmm`.
 *
 * SRT has no voice tags; as the Podcasting 2.0 transcript specification asks, a cue whose speaker differs
 * from the previous cue's starts with the name and a colon (`Luke Whipps: …`), as the page names speakers.
 * SRT has no escapes either: text is written as said (players show `<script>` as text; a few style `<i>`),
 * with its empty lines left out, since an empty line ends a cue, and `-->` written `-- >` (with a hair space),
 * since a text line holding `-->` would be read as the timing line of another cue.
 */
import type { EpisodeData } from '../episodes/model.ts';
import { breakArrows, cuesOf, oneLine } from './cues.ts';
import { vttTimestamp } from './webVtt.ts';

export const srtTimestamp = (ms: number) => vttTimestamp(ms).replace('.', ',');

export function srtOf(episode: Pick<EpisodeData, 'lines' | 'speakers' | 'duration'>): string {
  let previous: string | undefined;
  const blocks = cuesOf(episode).map((cue, index) => {
    const named = cue.speaker !== undefined && cue.speaker !== previous;
    previous = cue.speaker;
    const text = breakArrows(named ? `${oneLine(cue.speaker!)}: ${cue.text}` : cue.text);
    return `${index + 1}\n${srtTimestamp(cue.startMs)} --> ${srtTimestamp(cue.endMs)}\n${text}`;
  });
  return `${blocks.join('\n\n')}\n`;
}
