/**
 * The transcript as WebVTT (`text/vtt`, https://www.w3.org/TR/webvtt1/): what browsers load in a `<track>`
 * and what Apple Podcasts and other Podcasting 2.0 apps read as a transcript, speakers included.
 *
 * - One cue per line (see cues.ts for where each ends), without identifiers: nothing links to a cue by name.
 * - The speaker is a voice span on every cue, `<v Luke Whipps>`, so each cue names its speaker on its own, as
 *   players that show one cue at a time need.
 * - Cue text is escaped as the format requires: `&`, `<` and `>` become character references, which also
 *   keeps `-->` (which would end a cue's text) out of it; line breaks stay, empty lines go (one ends a cue).
 * - Section titles are `NOTE` comment blocks before their first cue, rather than a chapters track: a second
 *   WebVTT file would be a seventh download saying what the JSON Chapters file already says to apps, while a
 *   comment keeps the sections readable in this one and is ignored by every player. A comment cannot hold
 *   `-->` or a line break and has no escapes, so those are replaced there.
 */
import type { EpisodeData } from '../episodes/model.ts';
import { breakArrows, cuesOf, oneLine } from './cues.ts';

/** `HH:MM:SS.mmm`; hours always written, so times past 99 hours still parse (hours may have more digits). */
export function vttTimestamp(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  const h = Math.floor(whole / 3_600_000);
  const m = Math.floor((whole % 3_600_000) / 60_000);
  const s = Math.floor((whole % 60_000) / 1000);
  const rest = whole % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${String(rest).padStart(3, '0')}`;
}

/** Cue text as WebVTT requires: the three characters that start markup or end text become references. */
export const escapeCueText = (text: string) =>
  text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));

/** What a WebVTT parser turns cue text back into (the inverse of `escapeCueText`, for tests and tools). */
export const unescapeCueText = (text: string) =>
  text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));

/** A voice span's annotation: one line, escaped like text (a `>` would end the tag). */
const voice = (name: string) => `<v ${escapeCueText(oneLine(name)) || '?'}>`;

/** Comment text: one line, no `-->` (it would end the comment), and no escapes to say it otherwise. */
const noteText = (text: string) => breakArrows(oneLine(text));

export function webVttOf(episode: Pick<EpisodeData, 'title' | 'lines' | 'speakers' | 'sections' | 'duration'>): string {
  const blocks = ['WEBVTT', `NOTE ${noteText(episode.title)}`];
  let section = -1;
  for (const cue of cuesOf(episode)) {
    if (cue.section !== section && cue.section >= 0) {
      const title = episode.sections[cue.section]?.title;
      if (title !== undefined) blocks.push(`NOTE Section: ${noteText(title)}`);
    }
    section = cue.section;
    const payload = (cue.speaker === undefined ? '' : voice(cue.speaker)) + escapeCueText(cue.text);
    blocks.push(`${vttTimestamp(cue.startMs)} --> ${vttTimestamp(cue.endMs)}\n${payload}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
