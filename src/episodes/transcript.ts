/**
 * The `transcript` list → spoken lines, sections and speakers, repairing what hand-written files get wrong
 * and reporting each repair at its line.
 */
import { formatClock, parseClock } from '../lib/time.ts';
import { quote, type Position, type Reporter } from './diagnostics.ts';
import type { Person, Section, Speaker, TranscriptLine } from './model.ts';
import { isRecord, type PeopleDirectory } from './people.ts';
import { cleanSpeakerName, editDistance, looksLikeName, looksLikeSentence, nameKey, typoTarget } from './speakers.ts';
import { buildTimeline, type DroppedSec } from './timeline.ts';

/** One item of the YAML list, with where it and its fields are in the file. */
export interface TranscriptItem {
  value: unknown;
  at: Position;
  fieldAt(key: string): Position | undefined;
}

interface DraftLine {
  kind: 'line';
  text: string;
  /** Cleaned speaker; undefined when the item gives none. */
  who?: string;
  /** `guess`: the `who` field held a sentence, so the speaker is guessed; `whoField`: that sentence itself. */
  speakerFrom?: 'guess' | 'whoField';
  sec?: number;
  at: Position;
  whoAt: Position;
  secAt: Position;
}

interface DraftHeader {
  kind: 'header';
  title: string;
  at: Position;
}

type Draft = DraftLine | DraftHeader;

export interface Transcript {
  lines: TranscriptLine[];
  sections: Section[];
  speakers: Speaker[];
  end: number;
}

export function buildTranscript(
  items: readonly TranscriptItem[],
  guests: readonly Person[],
  people: PeopleDirectory,
  report: Reporter,
): Transcript | undefined {
  const drafts = removeRepeats(
    items.flatMap((item) => readItem(item, report)),
    report,
  );
  const spoken = drafts.filter((d): d is DraftLine => d.kind === 'line');
  if (spoken.length === 0) return undefined;

  assignSpeakers(spoken, guests, report);

  const timeline = buildTimeline(spoken.map((line) => ({ sec: line.sec, weight: line.text.length })));
  if (!timeline) return undefined;
  reportDroppedSecs(spoken, timeline.dropped, report);

  const speakerNames = [...new Set(spoken.map((line) => line.who).filter((who): who is string => !!who))];
  const speakers = speakerNames.map((name) => {
    const speaker = describeSpeaker(name, guests, people);
    if (speaker.approximate) {
      const first = spoken.find((line) => line.who === name)!;
      report.warn(
        first.whoAt,
        `speaker '${name}' is spelled differently from the guest '${speaker.fullName}'; taken as the same person`,
        "Check the spelling of `who` and of the people file's title",
      );
    }
    return { name: speaker.name, ...(speaker.fullName && { fullName: speaker.fullName }) };
  });
  const lines: TranscriptLine[] = [];
  const sections: Section[] = [];
  for (const draft of drafts) {
    if (draft.kind === 'header') {
      sections.push({ title: draft.title, start: 0, end: 0, firstLine: lines.length, lineCount: 0 });
      continue;
    }
    const index = lines.length;
    lines.push({
      start: timeline.starts[index]!,
      estimated: timeline.estimated[index]!,
      text: draft.text,
      speaker: draft.who === undefined ? -1 : speakerNames.indexOf(draft.who),
      section: sections.length - 1,
      sourceLine: draft.at.line,
    });
    const section = sections[sections.length - 1];
    if (section) section.lineCount++;
  }
  timeSections(sections, lines, timeline.end, drafts, report);
  checkContent(lines, speakers, guests, items[0]?.at, report);
  return { lines, sections, speakers, end: timeline.end };
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function cleanText(raw: string, at: Position, report: Reporter): string {
  if (DIRECTION_CONTROLS.test(raw)) {
    report.warn(
      at,
      'text contains invisible direction-control characters that can reorder how it is displayed; they were removed',
      'Delete the invisible characters (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F) from the text',
    );
  }
  return raw
    .replace(DIRECTION_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim();
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function readItem(item: TranscriptItem, report: Reporter): Draft[] {
  const { value, at } = item;
  if (typeof value === 'string') {
    report.warn(
      at,
      `item is plain text (${quote(value)}), not a line with sec and who; shown as a line`,
      'Write it as `- line: …` with `sec`, `time` and `who`',
    );
    const text = cleanText(value, at, report);
    return text ? [{ kind: 'line', text, at, whoAt: at, secAt: at }] : [];
  }
  if (!isRecord(value) || (!('header' in value) && !('line' in value))) {
    report.warn(
      at,
      'item is neither a header nor a line; ignored',
      'Give it a `header:` or a `line:` key, or remove it',
    );
    return [];
  }
  const drafts: Draft[] = [];
  if ('header' in value) {
    const title = cleanText(scalarText(value.header) ?? '', at, report);
    if (title) drafts.push({ kind: 'header', title, at });
    else report.warn(at, 'header is empty; ignored', 'Write the section title after `header:` or remove the item');
  }
  if ('line' in value) drafts.push(...readLine(item, value, report));
  return drafts;
}

function readLine(item: TranscriptItem, value: Record<string, unknown>, report: Reporter): DraftLine[] {
  const at = item.at;
  const whoAt = item.fieldAt('who') ?? at;
  const secAt = item.fieldAt('sec') ?? at;
  let text = cleanText(scalarText(value.line) ?? '', item.fieldAt('line') ?? at, report);
  const rawWho = scalarText(value.who);
  let who = rawWho === undefined ? undefined : cleanSpeakerName(cleanText(rawWho, whoAt, report));
  let speakerFrom: DraftLine['speakerFrom'];
  let spokenWho: string | undefined;

  if (who && looksLikeSentence(who)) {
    if (text === '' || looksLikeName(text)) {
      report.warn(
        whoAt,
        `line and who look swapped (who is ${quote(who, 40)}, line is ${quote(text, 30)}); read the other way round`,
        'Swap the values of `line` and `who`',
      );
      [text, who] = [who, cleanSpeakerName(text) || undefined];
    } else {
      spokenWho = who;
      who = undefined;
      speakerFrom = 'guess';
    }
  } else if (rawWho !== undefined && who !== rawWho.trim() && who) {
    report.warn(
      whoAt,
      `speaker ${quote(rawWho.trim())} has stray characters; shown as ${quote(who)}`,
      `Write \`who: ${who}\``,
    );
  }
  if (who === '') who = undefined;

  const sec = readSec(value, item, secAt, report);
  const lines: DraftLine[] = [];
  if (text) lines.push({ kind: 'line', text, who, speakerFrom, sec, at, whoAt, secAt });
  else report.warn(at, 'line is empty; ignored', 'Write the spoken text after `line:` or remove the item');
  if (spokenWho) {
    // The sentence in `who` is speech too: keep it as the next paragraph of the same turn.
    lines.push({ kind: 'line', text: spokenWho, speakerFrom: 'whoField', at: whoAt, whoAt, secAt: whoAt });
  }
  return lines;
}

function readSec(
  value: Record<string, unknown>,
  item: TranscriptItem,
  secAt: Position,
  report: Reporter,
): number | undefined {
  let sec: number | undefined;
  if ('sec' in value && value.sec !== null && value.sec !== undefined) {
    const raw = value.sec;
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (Number.isFinite(number) && number >= 0) sec = number;
    else
      report.warn(
        secAt,
        `sec ${quote(String(raw), 20)} is not a number of seconds; the line's start is estimated`,
        'Write `sec` as whole seconds from the start, for example `sec: 1826`',
      );
  }
  const timeText = scalarText(value.time)?.trim();
  if (timeText === undefined || timeText === '') return sec;
  const timeAt = item.fieldAt('time') ?? secAt;
  const reading = parseClock(timeText);
  if (sec === undefined) {
    if (reading) {
      report.warn(
        timeAt,
        `line has time '${timeText}' but no sec; started at ${formatClock(reading.seconds)} from time`,
        `Add \`sec: ${reading.seconds}\``,
      );
      return reading.seconds;
    }
    report.warn(
      timeAt,
      `time '${timeText}' is not a clock time (M:SS or H:MM:SS); the line's start is estimated`,
      'Fix `time`, or add `sec` with the start in seconds',
    );
    return undefined;
  }
  const shown = formatClock(sec);
  if (!reading) {
    report.warn(
      timeAt,
      `time '${timeText}' is not a clock time (M:SS or H:MM:SS); the line shows ${shown} from sec ${sec}`,
      `Write \`time: '${shown}'\``,
    );
  } else if (reading.seconds !== Math.floor(sec)) {
    report.warn(
      timeAt,
      `time '${timeText}' disagrees with sec ${sec} (${shown}); the line shows ${shown} from sec`,
      `Correct \`time\` to '${shown}', or \`sec\` if the time is the right one`,
    );
  } else if (!reading.wellFormed) {
    report.warn(
      timeAt,
      `time '${timeText}' is not written as M:SS or H:MM:SS; shown as ${shown}`,
      `Write \`time: '${shown}'\``,
    );
  }
  return sec;
}

/**
 * Drops duplicate headers, and a line whose text merely repeats the next line's (a paste slip): the next
 * line, or the first line after one or more headers, where a paragraph pasted before its header is seen again
 * under it. The copy kept is the later one (under its header), given the dropped copy's `sec` and `who` when it
 * has none of its own. Only exact repeats of some length count, so two people saying "Yes, exactly." stay.
 */
function removeRepeats(drafts: Draft[], report: Reporter): Draft[] {
  const kept: Draft[] = [];
  let lastHeader: DraftHeader | undefined;
  drafts.forEach((draft, index) => {
    if (draft.kind === 'header') {
      if (lastHeader && nameKey(lastHeader.title) === nameKey(draft.title)) {
        report.warn(
          draft.at,
          `header repeats the header at line ${lastHeader.at.line} (${quote(draft.title)}); the two sections are shown as one`,
          'Remove the repeated header',
        );
        return;
      }
      lastHeader = draft;
      kept.push(draft);
      return;
    }
    let after = index + 1;
    while (drafts[after]?.kind === 'header') after++;
    const next = drafts[after];
    if (next?.kind === 'line' && next.text === draft.text && draft.text.length >= MIN_REPEAT_LENGTH) {
      const where =
        after === index + 1
          ? "the next line's text"
          : `the line after the header at line ${drafts[index + 1]!.at.line}`;
      if (!draft.who || !next.who || draft.who === next.who) {
        report.warn(
          draft.at,
          `line repeats ${where} (${quote(draft.text, 40)}); shown once${after === index + 1 ? '' : ', under the header'}`,
          'Remove the repeated item',
        );
        next.sec ??= draft.sec;
        next.who ??= draft.who;
        return;
      }
      report.warn(
        draft.at,
        `line repeats ${where}, which is said by ${next.who}; both are shown`,
        'Check who said it and remove the wrong item',
      );
    }
    kept.push(draft);
  });
  return kept;
}

/** Shorter texts ("Yeah.", "Exactly.") are said twice in real conversations. */
const MIN_REPEAT_LENGTH = 20;

function assignSpeakers(lines: DraftLine[], guests: readonly Person[], report: Reporter): void {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.who) counts.set(line.who, (counts.get(line.who) ?? 0) + 1);
  const protectedNames = new Set(guests.map((guest) => nameKey(guest.name.split(' ')[0] ?? '')));
  const corrections = new Map<string, string | undefined>();
  const frequent = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);

  let previous: string | undefined;
  for (const line of lines) {
    if (line.who) {
      if (!corrections.has(line.who)) corrections.set(line.who, typoTarget(line.who, counts, protectedNames));
      const corrected = corrections.get(line.who);
      if (corrected) {
        report.warn(
          line.whoAt,
          `speaker '${line.who}' looks like a typo of '${corrected}'; shown as ${corrected}`,
          `Correct \`who\` to '${corrected}'`,
        );
        line.who = corrected;
      }
    } else if (line.speakerFrom === 'guess') {
      // In an interview the turn after one speaker is most likely the other main speaker's.
      line.who = frequent.find((name) => name !== previous) ?? previous;
      report.warn(
        line.whoAt,
        `who holds a sentence, not a name; it is shown as speech after the line, and the speaker is guessed as ${line.who ?? 'unknown'}`,
        "Put the speaker's name in `who` and move the sentence into a `line` item of its own",
      );
    } else if (line.speakerFrom === 'whoField') {
      line.who = previous;
    } else if (previous) {
      report.warn(line.whoAt, `line has no who; it continues ${previous}'s turn`, `Add \`who: ${previous}\``);
      line.who = previous;
    } else {
      report.warn(
        line.whoAt,
        'line has no who and no earlier line to take the speaker from',
        "Add `who:` with the speaker's first name",
      );
    }
    previous = line.who;
  }
}

function reportDroppedSecs(lines: readonly DraftLine[], dropped: readonly DroppedSec[], report: Reporter): void {
  for (const { index, sec, kind, start } of dropped) {
    const line = lines[index]!;
    const placed = `placed at ${formatClock(start)} (estimated)`;
    if (kind === 'backwards') {
      const before = Math.max(...lines.slice(0, index).map((l) => l.sec ?? -1));
      report.warn(
        line.secAt,
        `sec ${sec} (${formatClock(sec)}) goes back ${formatGap(before - sec)} from ${formatClock(before)} earlier in the file; ${placed}`,
        "Check this line's `sec`: times must not decrease through the file",
      );
    } else {
      const later = lines.slice(index + 1).filter((l) => l.sec !== undefined && l.sec < sec).length;
      report.warn(
        line.secAt,
        `sec ${sec} (${formatClock(sec)}) is later than the ${later} timed line${later === 1 ? '' : 's'} after it, so it is taken as a typo; ${placed}`,
        "Check this line's `sec`: times must not decrease through the file",
      );
    }
  }
}

function formatGap(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : formatClock(seconds);
}

/**
 * A section runs from its first line to the next section that has lines. A header with no lines is reported
 * and lasts no time, except the first one before any line: it names what plays before anybody speaks (the
 * intro), so it covers that stretch.
 */
function timeSections(
  sections: Section[],
  lines: readonly TranscriptLine[],
  end: number,
  drafts: readonly Draft[],
  report: Reporter,
): void {
  const headers = drafts.filter((d): d is DraftHeader => d.kind === 'header');
  const firstStart = lines[0]?.start ?? end;
  let intro = true;
  sections.forEach((section, index) => {
    const next = sections.slice(index + 1).find((s) => s.lineCount > 0);
    section.start = lines[section.firstLine]?.start ?? end;
    section.end = section.lineCount > 0 ? (next ? lines[next.firstLine]!.start : end) : section.start;
    if (section.lineCount > 0) return;
    const leading = section.firstLine === 0 && intro;
    intro = false;
    if (leading) section.start = 0;
    const where = section.firstLine < lines.length ? 'the next header' : 'the end of the transcript';
    report.warn(
      headers[index]!.at,
      `header ${quote(section.title)} has no lines before ${where}`,
      leading && firstStart > 0
        ? `Remove it, or keep it as the intro chapter (0:00–${formatClock(firstStart)})`
        : 'Remove it, or move it to where its topic starts',
    );
  });
}

/** A timestamp followed by a capitalised title (`05:12 Intro`), as chapter lists have; not `8:00 a.m.`. */
const CHAPTER_STAMP = /(?:^|\s)\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—:]?\s*\p{Lu}/gu;

/** Problems a checker can flag but not fix. */
function checkContent(
  lines: readonly TranscriptLine[],
  speakers: readonly Speaker[],
  guests: readonly Person[],
  transcriptAt: Position | undefined,
  report: Reporter,
): void {
  for (const line of lines) {
    const stamps = line.text.match(CHAPTER_STAMP)?.length ?? 0;
    if (stamps >= 3) {
      report.warn(
        { line: line.sourceLine, column: 1 },
        `line holds ${stamps} timestamps and looks like a pasted chapter list, not speech`,
        'Remove it from the transcript if nobody says it',
      );
    }
  }
  if (guests.length === 0 || speakers.length === 0) return;
  const speaks = (guest: Person) => speakers.some((speaker) => firstNameMatch(speaker.name, guest) !== undefined);
  if (!guests.some(speaks)) {
    report.warn(
      transcriptAt,
      `no guest of this episode (${guests.map((g) => g.name).join(', ')}) speaks in the transcript (speakers: ${speakers.map((s) => s.name).join(', ')}); it may belong to another episode`,
      "Check that the transcript is this episode's and that `guests` lists the right people",
    );
  }
}

/** How a transcript's first name relates to a person: the same name, or one letter off (`Elena`/`Eleni`). */
function firstNameMatch(speakerName: string, person: Person): 'exact' | 'approximate' | undefined {
  const key = nameKey(speakerName.split(' ')[0] ?? '');
  const first = nameKey(person.name.split(' ')[0] ?? '');
  if (key.length < 3) return undefined;
  if (first === key || (!person.known && nameKey(person.id).startsWith(key))) return 'exact';
  if (key.length >= 4 && editDistance(first, key) <= 1) return 'approximate';
  return undefined;
}

function describeSpeaker(
  name: string,
  guests: readonly Person[],
  people: PeopleDirectory,
): Speaker & { approximate?: boolean } {
  const withSurname = (person: Person) => person.name.includes(' ');
  const exact = guests.find((guest) => withSurname(guest) && firstNameMatch(name, guest) === 'exact');
  if (exact) return { name, fullName: exact.name };
  const close = guests.find((guest) => withSurname(guest) && firstNameMatch(name, guest) === 'approximate');
  if (close) return { name, fullName: close.name, approximate: true };
  const known = [...people.values()].filter(
    (person) => withSurname(person) && firstNameMatch(name, person) === 'exact',
  );
  return known.length === 1 ? { name, fullName: known[0]!.name } : { name };
}
