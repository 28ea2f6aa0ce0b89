/**
 * How a transcript reads, as pure data: its groups (the lines before the first header, then one per
 * section) and which lines show their speaker's name. The transcript panel renders from it, and search walks
 * the same order, so "3 of 17" counts matches as the reader sees them.
 */
import type { Section, Speaker } from './model.ts';

export interface Group {
  /** Index of the group's section; -1 for the lines before the first header. */
  section: number;
  from: number;
  to: number;
}

/** Lines before the first header form a group of their own; every header starts a group. */
export function groupLines(lineCount: number, sections: readonly Section[]): Group[] {
  const groups: Group[] = [];
  const firstSectioned = sections[0]?.firstLine ?? lineCount;
  if (firstSectioned > 0) groups.push({ section: -1, from: 0, to: firstSectioned });
  sections.forEach((section, index) =>
    groups.push({ section: index, from: section.firstLine, to: section.firstLine + section.lineCount }),
  );
  return groups;
}

/**
 * A line shows its speaker's name where its group starts and wherever the speaker changes (`speakers`: each
 * line's speaker index).
 */
export function showsSpeaker(speakers: readonly number[], index: number, groupStart: number): boolean {
  return index === groupStart || speakers[index] !== speakers[index - 1];
}

/** Each line's section index (-1 before the first header), from the sections' line ranges. */
export function lineSections(lineCount: number, sections: readonly Section[]): number[] {
  const of = new Array<number>(lineCount).fill(-1);
  sections.forEach((section, index) => of.fill(index, section.firstLine, section.firstLine + section.lineCount));
  return of;
}

/** How speakers are named above their lines: in full where the file says how. */
export const speakerNames = (speakers: readonly Speaker[]) => speakers.map((s) => s.fullName ?? s.name);
