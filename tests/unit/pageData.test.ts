import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineSections } from '../../src/episodes/layout.ts';
import { pageDataOf, textsOf } from '../../src/episodes/pageData.ts';
import { compileFixture, fixturesDir } from './fixtures.ts';

const names = readdirSync(join(fixturesDir, 'episodes'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length));
const compiled = names.flatMap((name) => {
  const { episode } = compileFixture(name);
  return episode ? [episode] : [];
});

describe("an episode split for its page (the page's data, then the lines' words)", () => {
  it('is every fixture', () => expect(compiled.length).toBeGreaterThan(10));

  it.each(compiled.map((episode) => [episode.slug, episode] as const))(
    '%s: loses nothing of its lines',
    (_, episode) => {
      const page = pageDataOf(episode);
      const texts = textsOf(episode);
      expect(page.lines.starts).toEqual(episode.lines.map((line) => line.start));
      expect(page.lines.speakers).toEqual(episode.lines.map((line) => line.speaker));
      expect(page.lines.rows).toHaveLength(episode.lines.length);
      expect(texts.text).toEqual(episode.lines.map((line) => line.text));
      expect(texts.estimated).toEqual(episode.lines.flatMap((line, index) => (line.estimated ? [index] : [])));
      // What the page works out from its sections is each line's own section.
      expect(lineSections(episode.lineCount, page.sections)).toEqual(episode.lines.map((line) => line.section));
      // Nothing else is dropped or changed.
      expect({ ...page, lines: undefined }).toEqual({ ...episode, lines: undefined });
    },
  );

  it('keeps no word of a line in the page data', () => {
    for (const episode of compiled) {
      const json = JSON.stringify(pageDataOf(episode).lines);
      for (const line of episode.lines) if (line.text.length > 3) expect(json).not.toContain(line.text);
    }
  });

  it("guesses each line's rows from its length: one base-36 digit per line, 0 for none, at most 35", () => {
    const at = (length: number) =>
      pageDataOf({ ...compiled[0]!, lines: [{ ...compiled[0]!.lines[0]!, text: 'x'.repeat(length) }] }).lines.rows;
    expect([0, 1, 80, 81, 800, 5000].map(at)).toEqual(['0', '1', '1', '2', 'a', 'z']);
  });
});
