/**
 * What a real Jekyll podcast folder holds besides episodes: templates and drafts Jekyll never publishes,
 * `published: false`, episodes published before their transcript, Liquid placeholders, and paragraphs pasted
 * twice around a header (`tests/fixtures/site/` reproduces that layout).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileFolder, jekyllSkips } from '../../src/episodes/compileFolder.ts';
import { isoDuration } from '../../src/episodes/compileEpisode.ts';
import { formatDiagnostic } from '../../src/episodes/diagnostics.ts';
import { describeCounts, folderCounts } from '../../src/episodes/summary.ts';
import { brief, compileFixture, compileText, fixturesDir } from './fixtures.ts';

const SITE = join(fixturesDir, 'site', '_podcast');

const episodeText = (frontMatter: string, transcript = '') =>
  `---\ntitle: An episode\nids:\n  youtube: abcdefghijk\n${frontMatter}${transcript}---\nNotes.\n`;

const LINE = 'transcript:\n- line: Hello there.\n  sec: 0\n  who: Alexey\n';

describe('what Jekyll does not publish', () => {
  it.each(['_template.md', '_draft.md', '.hidden.md', '#autosave#.md', '~backup.md', 'sub/_x.md'])('skips %s', (name) =>
    expect(jekyllSkips(name)).toBe(true),
  );

  it.each(['s12e06-interview.md', 'a_b.md', 'episode_.md'])('publishes %s', (name) =>
    expect(jekyllSkips(name)).toBe(false),
  );

  it('lists each skipped file once as a note, and leaves it out', () => {
    const result = compileFolder(SITE);
    const notes = result.diagnostics.filter((d) => d.severity === 'note').map(formatDiagnostic);
    expect(notes).toEqual([
      expect.stringMatching(
        /_podcast\/_draft-feature-stores\.md note skipped: Jekyll does not publish `_draft-feature-stores\.md` \(its name starts with "_"\)\. To include it: Rename it without the leading "_"$/,
      ),
      expect.stringMatching(/_podcast\/_template\.md note skipped: Jekyll does not publish `_template\.md`/),
      expect.stringMatching(
        /_podcast\/unpublished-episode\.md:3:12 note skipped: `published: false` in its front matter, so Jekyll does not publish it\. To include it: Remove `published: false`$/,
      ),
    ]);
    expect(result.episodes.map((e) => e.slug)).toEqual(['s14e02-data-contracts', 's14e01-pasted-twice']);
  });

  it.each(['false', 'no', 'off', "'false'"])('takes published: %s as unpublished, as Jekyll does', (value) => {
    const result = compileText(episodeText(`published: ${value}\n`, LINE));
    expect(result.episode).toBeUndefined();
    expect(brief(result)).toEqual([expect.stringContaining('note skipped: `published: false`')]);
  });

  it('publishes published: true', () => {
    expect(compileText(episodeText('published: true\n', LINE)).episode).toBeDefined();
  });
});

describe('an episode published before its transcript', () => {
  it.each([
    ['no transcript key', ''],
    ['an empty transcript key', 'transcript:\n'],
    ['an empty list', 'transcript: []\n'],
  ])('with %s is published, with a warning', (_, transcript) => {
    const result = compileText(episodeText('', transcript));
    expect(result.episode).toMatchObject({ lineCount: 0, lines: [], sections: [], speakers: [], duration: 0 });
    expect(result.episode!.body).toEqual([{ type: 'p', children: ['Notes.'] }]);
    expect(brief(result)).toEqual([
      expect.stringMatching(
        /^\d+:\d+ warning the episode has no transcript yet; its page shows the video, details and show notes$/,
      ),
    ]);
  });

  it("takes its length from the file's ISO 8601 duration", () => {
    expect(compileFixture('no-transcript').episode!.duration).toBe(3725);
  });

  it('still rejects a transcript that is not a list', () => {
    const result = compileText(episodeText('transcript: just some words\n'));
    expect(result.episode).toBeUndefined();
    expect(brief(result)).toEqual(['5:13 error transcript is not a list of items']);
  });
});

describe('ISO 8601 durations', () => {
  it.each([
    ['PT1H2M3S', 3723],
    ['PT58M', 3480],
    ['PT45S', 45],
    ['PT1.5M', 90],
    ['P1DT1S', 86401],
    [' pt2h ', 7200],
  ])('%s is %i s', (text, seconds) => expect(isoDuration(text)).toBe(seconds));

  it.each(['', 'P', 'PT', '58:12', 'PT-1M', 3600, null])('%j is not a duration', (value) =>
    expect(isoDuration(value)).toBeUndefined(),
  );
});

describe('YAML that parses but is not what was meant', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports an unfilled Liquid placeholder at its line, and prints no warning of its own', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning');
    const result = compileText(episodeText('guests: [{{ guest }}]\n', LINE));
    expect(result.episode).toBeDefined();
    expect(brief(result)).toContain(
      "5:10 warning '{{ guest }}' is a YAML collection used as a key, most likely an unfilled Liquid placeholder; read as text",
    );
    expect(emitWarning).not.toHaveBeenCalled();
  });
});

describe('a paragraph pasted twice around a header', () => {
  const episode = () => compileFixture('s14e01-pasted-twice', join('site', '_podcast')).episode!;

  it('is shown once, under its header, with the sec and who of the copy that has them', () => {
    const { lines, sections, speakers } = episode();
    const question = lines.filter((line) => line.text.startsWith('So tell us'));
    expect(question).toHaveLength(1);
    expect(question[0]).toMatchObject({ start: 174, estimated: false, section: 1 });
    expect(speakers[question[0]!.speaker]!.name).toBe('Alexey');
    expect(sections[1]).toMatchObject({ title: "Jane's background", start: 174 });
    // Across two headers too.
    const contract = lines.filter((line) => line.text.startsWith('We wrote our first contract'));
    expect(contract).toHaveLength(1);
    expect(contract[0]).toMatchObject({ start: 260, section: 4 });
  });

  it('is reported like an adjacent repeat', () => {
    const result = compileFixture('s14e01-pasted-twice', join('site', '_podcast'));
    expect(brief(result)).toContain(
      "20:3 warning line repeats the line after the header at line 21 ('So tell us, how did your career start, …'); shown once, under the header",
    );
  });

  it('keeps a short phrase two speakers both say', () => {
    const exactly = episode().lines.filter((line) => line.text === 'Yes, exactly.');
    expect(exactly).toHaveLength(2);
  });

  it('keeps both copies when they are said by different people, and says so', () => {
    const text = episodeText(
      '',
      [
        'transcript:',
        '- line: We should measure it before we change anything at all.',
        '  sec: 10',
        '  who: Alexey',
        '- header: Measuring',
        '- line: We should measure it before we change anything at all.',
        '  sec: 20',
        '  who: Jane',
        '',
      ].join('\n'),
    );
    const result = compileText(text);
    expect(result.episode!.lines).toHaveLength(2);
    expect(brief(result)).toContain(
      '6:3 warning line repeats the line after the header at line 9, which is said by Jane; both are shown',
    );
  });
});

describe('the summary line', () => {
  it('counts what was built, skipped and left out', () => {
    const counts = folderCounts(compileFolder(SITE));
    expect(counts).toEqual({ published: 2, withoutTranscript: 1, skipped: 3, broken: 1, warnings: 4, errors: 1 });
    expect(describeCounts(counts, 'built')).toBe(
      '2 episodes built (1 without a transcript yet), 3 files skipped, 1 file with errors, 4 warnings, 1 error',
    );
  });
});
