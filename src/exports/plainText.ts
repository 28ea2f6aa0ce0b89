/**
 * The transcript as plain text (`text/plain`), for reading, printing or pasting anywhere: the title, the
 * guests, then each section's title and its lines, one line of the transcript per line of the file, each
 * with its time (as the page shows it) and its speaker (on every line, so a line read alone or found by a
 * search still says who spoke). A time the page shows in italics, because it is an estimate, is marked `~`.
 */
import { groupLines, speakerNames } from '../episodes/layout.ts';
import type { EpisodeData } from '../episodes/model.ts';
import { formatClock } from '../lib/time.ts';
import { oneLine } from './cues.ts';

export type TextSource = Pick<EpisodeData, 'title' | 'guests' | 'lines' | 'speakers' | 'sections'>;

/** `30:26`, or `~30:26` for an estimated start. */
export const lineClock = (start: number, estimated: boolean) => `${estimated ? '~' : ''}${formatClock(start)}`;

export const guestsLine = (episode: Pick<EpisodeData, 'guests'>) =>
  episode.guests.length > 0 ? `Guests: ${episode.guests.map((guest) => oneLine(guest.name)).join(', ')}` : undefined;

export const ESTIMATE_NOTE = 'Times marked ~ are estimated.';

export function plainTextOf(episode: TextSource): string {
  const names = speakerNames(episode.speakers);
  const head = [oneLine(episode.title), guestsLine(episode)].filter((line) => line !== undefined);
  if (episode.lines.some((line) => line.estimated)) head.push(ESTIMATE_NOTE);
  const paragraphs = [head.join('\n')];
  for (const group of groupLines(episode.lines.length, episode.sections)) {
    const title = episode.sections[group.section]?.title;
    if (title !== undefined) paragraphs.push(oneLine(title));
    const lines = episode.lines.slice(group.from, group.to).map((line) => {
      const speaker = names[line.speaker];
      const who = speaker === undefined ? '' : `${oneLine(speaker)}: `;
      return `${lineClock(line.start, line.estimated)} ${who}${oneLine(line.text)}`;
    });
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
  }
  return `${paragraphs.join('\n\n')}\n`;
}
