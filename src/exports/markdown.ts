/**
 * The transcript as Markdown (`text/markdown`, CommonMark), for notes apps, wikis and repositories: the title
 * as the heading, the guests, then each section's title as a second-level heading and each line as a
 * paragraph, its time and speaker in bold (`**30:26 Luke Whipps:** …`; `~` marks an estimated time).
 *
 * Everything from the episode file is text, never markup: each character that CommonMark (or GitHub's
 * strikethrough and tables) could read as markup inside a line, emphasis, code, links, raw HTML such as
 * `<script>`, entities such as `&amp;`, heading marks, is escaped with a backslash. Other punctuation stays
 * as it is, so the file reads well as text too; no line of the file starts with the transcript's own text,
 * so block markup (`- `, `1. `, `> `) cannot start there.
 */
import { groupLines, speakerNames } from '../episodes/layout.ts';
import { oneLine } from './cues.ts';
import { ESTIMATE_NOTE, guestsLine, lineClock, type TextSource } from './plainText.ts';

/** Text that any CommonMark renderer shows as written. */
export const escapeMarkdown = (text: string) => oneLine(text).replace(/[\\`*_[\]<>&~|#]/g, '\\$&');

export function markdownOf(episode: TextSource): string {
  const names = speakerNames(episode.speakers);
  const paragraphs = [`# ${escapeMarkdown(episode.title)}`];
  const guests = guestsLine(episode);
  if (guests !== undefined) paragraphs.push(escapeMarkdown(guests));
  if (episode.lines.some((line) => line.estimated)) paragraphs.push(escapeMarkdown(ESTIMATE_NOTE));
  for (const group of groupLines(episode.lines.length, episode.sections)) {
    const title = episode.sections[group.section]?.title;
    if (title !== undefined) paragraphs.push(`## ${escapeMarkdown(title)}`);
    for (const line of episode.lines.slice(group.from, group.to)) {
      const speaker = names[line.speaker];
      const label = escapeMarkdown(
        lineClock(line.start, line.estimated) + (speaker === undefined ? '' : ` ${speaker}:`),
      );
      paragraphs.push(`**${label}** ${escapeMarkdown(line.text)}`);
    }
  }
  return `${paragraphs.join('\n\n')}\n`;
}
