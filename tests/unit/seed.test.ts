import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileEpisode } from '../../src/episodes/compileEpisode.ts';
import { formatClock } from '../../src/lib/time.ts';

const slug = 's12e06-preparing-for-data-science-interview';
const path = join(import.meta.dirname, '..', '..', 'episodes', `${slug}.md`);
const { episode, diagnostics } = compileEpisode({ path, text: readFileSync(path, 'utf8'), slug });

describe('the bundled seed episode', () => {
  it('compiles without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(episode).toBeDefined();
  });

  it('has its title, numbering, video and first header', () => {
    expect(episode!.title).toBe(
      'Master ML & Data Science Technical Interviews: Recruiter-Proven Stages, Prep & Resources',
    );
    expect([episode!.shortTitle, episode!.season, episode!.episode, episode!.youtubeId]).toEqual([
      'Preparing for a Data Science Interview',
      12,
      6,
      'NnZjlMowkWA',
    ]);
    expect(episode!.sections[0]).toEqual({
      title: 'Guest Introduction: Luke Whipps & Neural AI',
      start: 101,
      end: 183,
      firstLine: 0,
      lineCount: 3,
    });
  });

  it('has 150 lines in 21 sections spoken by Alexey and Luke', () => {
    expect(episode!.lines).toHaveLength(150);
    expect(episode!.sections).toHaveLength(21);
    expect(episode!.speakers).toEqual([{ name: 'Alexey' }, { name: 'Luke', fullName: 'Luke Whipps' }]);
  });

  it("walks Luke's three paragraphs at 30:26 in order before Alexey speaks at 32:27", () => {
    const at = episode!.lines.findIndex((line) => line.start === 1826);
    const turn = episode!.lines.slice(at, at + 4);
    expect(turn[0]!.text).toMatch(/^There are two elements to that/);
    expect(episode!.sections[turn[0]!.section]!.title).toMatch(/^Interviewer Research/);
    expect(turn.map((line) => episode!.speakers[line.speaker]!.name)).toEqual(['Luke', 'Luke', 'Luke', 'Alexey']);
    expect(turn.map((line) => line.estimated)).toEqual([false, true, true, false]);
    expect(turn.map((line) => formatClock(line.start))).toEqual(['30:26', '31:08', '32:01', '32:27']);
  });
});
