import type { Section } from '../episodes/model.ts';

export interface Chapter {
  /** Index into the episode's sections (so it matches `activeSection`). */
  section: number;
  title: string;
  start: number;
  end: number;
}

/** Sections that last some time: a header directly followed by another header is not a chapter. */
export function chaptersOf(sections: readonly Section[]): Chapter[] {
  return sections.flatMap((section, index) =>
    section.end > section.start
      ? [{ section: index, title: section.title, start: section.start, end: section.end }]
      : [],
  );
}

/** Within this many seconds of a chapter's start, "previous" goes to the chapter before it. */
const RESTART_WINDOW = 3;

/** The chapter start that "previous chapter" / "next chapter" go to from `time`, if any. */
export function neighbourChapterStart(chapters: readonly Chapter[], time: number, step: -1 | 1): number | undefined {
  if (step === 1) return chapters.find((chapter) => chapter.start > time + 0.5)?.start;
  const current = chapters.findLastIndex((chapter) => chapter.start <= time);
  if (current === -1) return undefined;
  if (time - chapters[current]!.start > RESTART_WINDOW) return chapters[current]!.start;
  return chapters[current - 1]?.start ?? chapters[current]!.start;
}
