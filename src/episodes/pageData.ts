/**
 * An episode's data split for its page (model.ts, LineTiming): the page's own module holds the lines' timing,
 * a second module their words, loaded only where the page was not prerendered. Pure.
 */
import type { EpisodeData, EpisodePageData, LineTexts, LineTiming, TranscriptLine } from './model.ts';

export function pageDataOf({ lines, ...episode }: EpisodeData): EpisodePageData {
  return { ...episode, lines: timingOf(lines) };
}

export function timingOf(lines: readonly TranscriptLine[]): LineTiming {
  return {
    starts: lines.map((line) => line.start),
    speakers: lines.map((line) => line.speaker),
    rows: lines.map((line) => Math.min(35, Math.ceil(line.text.length / ROW_CHARACTERS)).toString(36)).join(''),
  };
}

/** A row of a line's words on a desktop screen, about. */
const ROW_CHARACTERS = 80;

export function textsOf({ lines }: Pick<EpisodeData, 'lines'>): LineTexts {
  const estimated: number[] = [];
  lines.forEach((line, index) => line.estimated && estimated.push(index));
  return { text: lines.map((line) => line.text), estimated };
}
