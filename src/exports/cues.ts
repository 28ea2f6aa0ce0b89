/**
 * The timed cues that the WebVTT, SRT and Podcasting 2.0 transcript files share, so that the three say the
 * same thing: one cue per transcript line, in the transcript's order, starting where the page starts the line.
 *
 * A cue ends where the next line with a later start begins, and the last one where the episode ends
 * (`duration`, which for an episode with a transcript is where its last line ends). Lines that share a start
 * (a few hundredths of a second apart on the compiled timeline, rounded to the same millisecond) therefore
 * share an end too and overlap, as both formats allow, instead of getting an empty cue that players drop.
 * Times are whole milliseconds, the precision both subtitle formats write, so every file rounds alike.
 */
import { speakerNames } from '../episodes/layout.ts';
import type { EpisodeData } from '../episodes/model.ts';

/** How long a cue lasts when nothing after it says where it ends (a line at or after the episode's end). */
export const FALLBACK_CUE_MS = 1000;

export interface Cue {
  /** Index of the line in `EpisodeData.lines`. */
  line: number;
  startMs: number;
  /** Always later than `startMs`. */
  endMs: number;
  /** The speaker's name as the page shows it; absent when nobody is known. */
  speaker?: string;
  /** The line's text, its line breaks normalised (see `cueText`). */
  text: string;
  /** Index into `EpisodeData.sections`; -1 for lines before the first header. */
  section: number;
}

export type CueSource = Pick<EpisodeData, 'lines' | 'speakers' | 'duration'>;

const toMs = (seconds: number) => Math.max(0, Math.round(seconds * 1000));

/**
 * Text for a cue: line breaks become `\n`, each line is trimmed and empty ones are left out, because an empty
 * line ends a cue in both subtitle formats.
 */
export function cueText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * `-->` with a hair space in it (`-- >`), for text in a format without escapes (SRT, WebVTT comments), where
 * `-->` would be read as, or is forbidden outside, a timing line.
 */
export const breakArrows = (text: string) => text.replace(/-->/g, '--\u200A>');

/** Text on one line, for the formats where a line of the transcript is a line of the file. */
export const oneLine = (text: string) => text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim();

export function cuesOf(episode: CueSource): Cue[] {
  const names = speakerNames(episode.speakers);
  const starts = episode.lines.map((line) => toMs(line.start));
  const cues = new Array<Cue>(episode.lines.length);
  let later = toMs(episode.duration); // where the nearest later-starting line begins, walking backwards
  for (let index = episode.lines.length - 1; index >= 0; index--) {
    const line = episode.lines[index]!;
    const startMs = starts[index]!;
    const next = starts[index + 1];
    if (next !== undefined && next > startMs) later = next;
    const endMs = later > startMs ? later : startMs + FALLBACK_CUE_MS;
    const speaker = names[line.speaker];
    cues[index] = {
      line: index,
      startMs,
      endMs,
      ...(speaker !== undefined && { speaker }),
      text: cueText(line.text),
      section: line.section,
    };
  }
  return cues;
}
