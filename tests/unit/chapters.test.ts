import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/episodes/model.ts';
import { chaptersOf, neighbourChapterStart } from '../../src/transcript/chapters.ts';

const section = (title: string, start: number, end: number, lineCount = 1): Section => ({
  title,
  start,
  end,
  firstLine: 0,
  lineCount,
});

describe('chaptersOf', () => {
  it('keeps sections that last, including an intro with no lines, and drops empty headers', () => {
    const chapters = chaptersOf([
      section('Intro', 0, 60, 0),
      section('Background', 60, 90),
      section('Empty', 90, 90, 0),
      section('Topic', 90, 120),
    ]);
    expect(chapters.map((c) => [c.section, c.title])).toEqual([
      [0, 'Intro'],
      [1, 'Background'],
      [3, 'Topic'],
    ]);
  });
});

describe('neighbourChapterStart', () => {
  const chapters = chaptersOf([section('A', 0, 60), section('B', 60, 120), section('C', 120, 180)]);

  it('goes to the next chapter start', () => {
    expect(neighbourChapterStart(chapters, 0, 1)).toBe(60);
    expect(neighbourChapterStart(chapters, 59.8, 1)).toBe(120);
    expect(neighbourChapterStart(chapters, 150, 1)).toBeUndefined();
  });

  it('restarts the current chapter, or goes to the one before when just past its start', () => {
    expect(neighbourChapterStart(chapters, 100, -1)).toBe(60);
    expect(neighbourChapterStart(chapters, 61, -1)).toBe(0);
    expect(neighbourChapterStart(chapters, 1, -1)).toBe(0);
  });
});
