/**
 * The transcript files' formatters (src/exports/), from hand-made episodes: where cues end, how each format
 * escapes what it must, and the invariants that hold for any transcript (fast-check), checked where they can
 * be by a parser nobody here wrote (subtitle.js for SRT and WebVTT timings).
 */
import fc from 'fast-check';
import { parseSync, type NodeCue } from 'subtitle';
import { describe, expect, it } from 'vitest';
import type { EpisodeData, Section, TranscriptLine } from '../../src/episodes/model.ts';
import { chaptersJsonOf } from '../../src/exports/chaptersJson.ts';
import { breakArrows, cueText, cuesOf, FALLBACK_CUE_MS } from '../../src/exports/cues.ts';
import { exportFiles, parseExportFile } from '../../src/exports/files.ts';
import { escapeMarkdown, markdownOf } from '../../src/exports/markdown.ts';
import { plainTextOf } from '../../src/exports/plainText.ts';
import { srtOf, srtTimestamp } from '../../src/exports/srt.ts';
import { transcriptJsonOf } from '../../src/exports/transcriptJson.ts';
import { escapeCueText, unescapeCueText, vttTimestamp, webVttOf } from '../../src/exports/webVtt.ts';

type Line = Pick<TranscriptLine, 'start' | 'text' | 'speaker'> & Partial<TranscriptLine>;

/** An episode with just what the formatters read. */
function episodeOf(lines: Line[], options: { duration?: number; sections?: Section[] } = {}): EpisodeData {
  return {
    slug: 'made',
    title: 'Made up',
    shortTitle: 'Made up',
    guests: [{ id: 'janedoe', name: 'Jane Doe', known: true, links: [] }],
    topics: [],
    duration: options.duration ?? (lines.at(-1)?.start ?? 0) + 5,
    lineCount: lines.length,
    sectionCount: options.sections?.length ?? 0,
    links: {},
    speakers: [{ name: 'Alexey' }, { name: 'Jane', fullName: 'Jane Doe' }],
    sections: options.sections ?? [],
    lines: lines.map((line) => ({ estimated: false, section: -1, sourceLine: 1, ...line })),
    body: [],
  };
}

const cueNodes = (text: string) =>
  parseSync(text)
    .filter((node): node is NodeCue => node.type === 'cue')
    .map((node) => node.data);

describe('cues', () => {
  it('end where the next line starts, and the last where the episode ends', () => {
    const cues = cuesOf(
      episodeOf(
        [
          { start: 0, text: 'One.', speaker: 0 },
          { start: 4.5, text: 'Two.', speaker: 1 },
        ],
        { duration: 9.25 },
      ),
    );
    expect(cues.map((cue) => [cue.startMs, cue.endMs, cue.speaker])).toEqual([
      [0, 4500, 'Alexey'],
      [4500, 9250, 'Jane Doe'],
    ]);
  });

  it('lines sharing a start share the next later start as their end: overlapping, never empty', () => {
    const cues = cuesOf(
      episodeOf([
        { start: 3, text: 'a', speaker: 0 },
        { start: 3, text: 'b', speaker: 0 },
        { start: 3.0004, text: 'c (the same millisecond)', speaker: 0 },
        { start: 7, text: 'd', speaker: 0 },
      ]),
    );
    expect(cues.map((cue) => [cue.startMs, cue.endMs])).toEqual([
      [3000, 7000],
      [3000, 7000],
      [3000, 7000],
      [7000, 12000],
    ]);
  });

  it('a last line at or after the episode end lasts a fallback second instead of ending before it starts', () => {
    const cues = cuesOf(episodeOf([{ start: 10, text: 'late', speaker: 0 }], { duration: 10 }));
    expect([cues[0]!.startMs, cues[0]!.endMs]).toEqual([10_000, 10_000 + FALLBACK_CUE_MS]);
  });

  it('an unknown speaker has no name; line breaks stay, empty lines and edge spaces go', () => {
    const [cue] = cuesOf(episodeOf([{ start: 0, text: '  first \r\n\n\n second\rthird  ', speaker: -1 }]));
    expect(cue!.speaker).toBeUndefined();
    expect(cue!.text).toBe('first\nsecond\nthird');
  });
});

describe('WebVTT', () => {
  it('writes the header, section NOTEs before their first cue, voice spans and escaped text', () => {
    const episode = episodeOf(
      [
        { start: 0, text: 'Before the first header', speaker: 0 },
        { start: 61.5, text: 'Q&A: a --> b <script>x</script>', speaker: 1, section: 0 },
        { start: 3725.25, text: 'No one knows who.', speaker: -1, section: 0 },
      ],
      { sections: [{ title: 'Q&A --> on\ntwo lines', start: 61.5, end: 3730, firstLine: 1, lineCount: 2 }] },
    );
    expect(webVttOf(episode)).toBe(
      [
        'WEBVTT',
        '',
        'NOTE Made up',
        '',
        '00:00:00.000 --> 00:01:01.500',
        '<v Alexey>Before the first header',
        '',
        'NOTE Section: Q&A --\u200A> on two lines',
        '',
        '00:01:01.500 --> 01:02:05.250',
        '<v Jane Doe>Q&amp;A: a --&gt; b &lt;script&gt;x&lt;/script&gt;',
        '',
        '01:02:05.250 --> 01:02:10.250',
        'No one knows who.',
        '',
      ].join('\n'),
    );
  });

  it('escapes a voice name like text, so `>` cannot end the span early', () => {
    const episode = episodeOf([{ start: 0, text: 'hi', speaker: 0 }]);
    episode.speakers[0] = { name: '<b>Mallory</b> & co' };
    expect(webVttOf(episode)).toContain('\n<v &lt;b&gt;Mallory&lt;/b&gt; &amp; co>hi\n');
  });

  it.each([
    [0, '00:00:00.000'],
    [999, '00:00:00.999'],
    [61_001, '00:01:01.001'],
    [3_600_000, '01:00:00.000'],
    [100 * 3_600_000 + 5, '100:00:00.005'],
  ])('writes %d ms as %s (SRT: with a comma)', (ms, text) => {
    expect(vttTimestamp(ms)).toBe(text);
    expect(srtTimestamp(ms)).toBe(text.replace('.', ','));
  });

  it('text round-trips through escaping, and escaped text has no markup and no cue terminator', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '&', '-', 'a', ';', 'l', 't', 'g', 'm', 'p', ' ') }),
        (text) => {
          const escaped = escapeCueText(text);
          expect(unescapeCueText(escaped)).toBe(text);
          expect(escaped).not.toMatch(/[<>]|-->|&(?!(amp|lt|gt);)/);
        },
      ),
    );
  });
});

describe('SRT', () => {
  it('numbers the cues, names a speaker where the speaker changes, and breaks `-->` in text', () => {
    const episode = episodeOf([
      { start: 1, text: 'One', speaker: 0 },
      { start: 2, text: 'Still me: 00:00:01,000 --> 00:00:02,000', speaker: 0 },
      { start: 3, text: 'Me now', speaker: 1 },
      { start: 4, text: 'Nobody', speaker: -1 },
    ]);
    expect(srtOf(episode)).toBe(
      [
        '1',
        '00:00:01,000 --> 00:00:02,000',
        'Alexey: One',
        '',
        '2',
        '00:00:02,000 --> 00:00:03,000',
        'Still me: 00:00:01,000 --\u200A> 00:00:02,000',
        '',
        '3',
        '00:00:03,000 --> 00:00:04,000',
        'Jane Doe: Me now',
        '',
        '4',
        '00:00:04,000 --> 00:00:09,000',
        'Nobody',
        '',
      ].join('\n'),
    );
  });

  it('must break `-->`: a parser reads a text line holding one as another cue', () => {
    const timing = '00:00:03,000 --> 00:00:04,000';
    const cue = (text: string) => `1\n00:00:01,000 --> 00:00:02,000\nsaid\n${text}\n`;
    expect(cueNodes(cue(timing))).toHaveLength(2);
    expect(cueNodes(cue(breakArrows(timing))).map((node) => node.text)).toEqual([`said\n${breakArrows(timing)}`]);
  });
});

describe('Podcasting 2.0 JSON', () => {
  it('transcript segments carry the cues in seconds, without a speaker where nobody is known', () => {
    const json = transcriptJsonOf(
      episodeOf([
        { start: 0.5, text: 'Hi', speaker: 1 },
        { start: 2.25, text: 'Who?', speaker: -1 },
      ]),
    );
    expect(json).toEqual({
      version: '1.0.0',
      segments: [
        { speaker: 'Jane Doe', startTime: 0.5, endTime: 2.25, body: 'Hi' },
        { startTime: 2.25, endTime: 7.25, body: 'Who?' },
      ],
    });
  });

  it('chapters are the sections that last some time, in order', () => {
    const sections: Section[] = [
      { title: 'Empty header', start: 0, end: 0, firstLine: 0, lineCount: 0 },
      { title: 'Intro', start: 0, end: 30, firstLine: 0, lineCount: 1 },
      { title: 'Main', start: 30, end: 90.5, firstLine: 1, lineCount: 1 },
    ];
    expect(chaptersJsonOf({ title: 'T', sections })).toEqual({
      version: '1.2.0',
      title: 'T',
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 30, title: 'Main' },
      ],
    });
  });
});

describe('plain text and Markdown', () => {
  const episode = episodeOf(
    [
      { start: 0, text: 'Opening words', speaker: 0 },
      {
        start: 65,
        text: 'Estimated, **not bold** <b>nor</b> &amp; [no](link)',
        speaker: 1,
        section: 0,
        estimated: true,
      },
      { start: 3700, text: 'Two\nlines', speaker: -1, section: 0 },
    ],
    { sections: [{ title: 'The *middle* # part', start: 65, end: 3705, firstLine: 1, lineCount: 2 }] },
  );

  it('plain text: title, guests, then each section with its lines, times (~ estimated) and speakers', () => {
    expect(plainTextOf(episode)).toBe(
      [
        'Made up',
        'Guests: Jane Doe',
        'Times marked ~ are estimated.',
        '',
        '0:00 Alexey: Opening words',
        '',
        'The *middle* # part',
        '',
        '~1:05 Jane Doe: Estimated, **not bold** <b>nor</b> &amp; [no](link)',
        '1:01:40 Two lines',
        '',
      ].join('\n'),
    );
  });

  it('Markdown: headings, bold times and speakers, and the file’s text escaped', () => {
    expect(markdownOf(episode)).toBe(
      [
        '# Made up',
        '',
        'Guests: Jane Doe',
        '',
        'Times marked \\~ are estimated.',
        '',
        '**0:00 Alexey:** Opening words',
        '',
        '## The \\*middle\\* \\# part',
        '',
        '**\\~1:05 Jane Doe:** Estimated, \\*\\*not bold\\*\\* \\<b\\>nor\\</b\\> \\&amp; \\[no\\](link)',
        '',
        '**1:01:40** Two lines',
        '',
      ].join('\n'),
    );
  });

  it('escapes nothing but markup characters', () => {
    expect(escapeMarkdown('Plain, punctuated: text (with) "quotes" - yes.')).toBe(
      'Plain, punctuated: text (with) "quotes" - yes.',
    );
  });
});

describe('file names', () => {
  it('are the six suffixes beside the page, URL-encoded in paths and read back', () => {
    const files = exportFiles('a b');
    expect(files.map((file) => file.path)).toEqual([
      '/episodes/a%20b.vtt',
      '/episodes/a%20b.srt',
      '/episodes/a%20b.transcript.json',
      '/episodes/a%20b.chapters.json',
      '/episodes/a%20b.txt',
      '/episodes/a%20b.md',
    ]);
    for (const file of files) expect(parseExportFile(file.file)).toEqual({ slug: 'a b', suffix: file.suffix });
    expect(parseExportFile('episodes/x.json')).toBeUndefined();
    expect(parseExportFile('episodes/.vtt')).toBeUndefined();
    expect(parseExportFile('assets/x.vtt')).toBeUndefined();
    expect(parseExportFile('episodes/a/b.vtt')).toBeUndefined();
  });
});

/** Transcripts of any shape: starts that never go back (often repeated), any speaker, text with markup. */
const transcripts = fc
  .array(
    fc.record({
      step: fc.oneof(fc.constant(0), fc.constant(0.0004), fc.double({ min: 0.01, max: 120, noNaN: true })),
      speaker: fc.integer({ min: -1, max: 1 }),
      text: fc
        .string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '<', '>', '&', '-', ':', '1', 'é', '😀'), maxLength: 30 })
        .filter((text) => text.trim() !== ''),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .chain((items) => {
    let start = 0;
    const lines = items.map(({ step, speaker, text }) => ({ start: (start += step), speaker, text }));
    return fc.double({ min: 0, max: 200, noNaN: true }).map((extra) => episodeOf(lines, { duration: start + extra }));
  });

describe('for any transcript', () => {
  it('there is one cue per line, in order, each ending after it starts and no later than the next later start', () => {
    fc.assert(
      fc.property(transcripts, (episode) => {
        const cues = cuesOf(episode);
        expect(cues).toHaveLength(episode.lines.length);
        cues.forEach((cue, index) => {
          expect(cue.endMs).toBeGreaterThan(cue.startMs);
          const next = cues[index + 1];
          if (next) expect(next.startMs).toBeGreaterThanOrEqual(cue.startMs);
          const later = cues.slice(index + 1).find((other) => other.startMs > cue.startMs);
          if (later) expect(cue.endMs).toBe(later.startMs);
        });
      }),
    );
  });

  it('SRT parses (subtitle.js) into the same cues: count, times and text', () => {
    fc.assert(
      fc.property(transcripts, (episode) => {
        const cues = cuesOf(episode);
        const parsed = cueNodes(srtOf(episode));
        expect(parsed).toHaveLength(cues.length);
        parsed.forEach((node, index) => {
          const cue = cues[index]!;
          expect([node.start, node.end]).toEqual([cue.startMs, cue.endMs]);
          expect(node.text.endsWith(breakArrows(cue.text))).toBe(true);
        });
      }),
    );
  });

  it('WebVTT parses (subtitle.js) into the same cues, and its text unescapes back to the line', () => {
    fc.assert(
      fc.property(transcripts, (episode) => {
        const cues = cuesOf(episode);
        const parsed = cueNodes(webVttOf(episode));
        expect(parsed).toHaveLength(cues.length);
        parsed.forEach((node, index) => {
          const cue = cues[index]!;
          expect([node.start, node.end]).toEqual([cue.startMs, cue.endMs]);
          expect(unescapeCueText(node.text.replace(/^<v [^>]*>/, ''))).toBe(cueText(episode.lines[index]!.text));
        });
      }),
    );
  });

  it('plain text has one line per transcript line, and Markdown one paragraph per line', () => {
    fc.assert(
      fc.property(transcripts, (episode) => {
        const text = plainTextOf(episode).split('\n');
        expect(text.filter((line) => /^~?\d+(?::\d\d){1,2} /.test(line))).toHaveLength(episode.lines.length);
        const markdown = markdownOf(episode).split('\n\n');
        expect(markdown.filter((paragraph) => paragraph.startsWith('**'))).toHaveLength(episode.lines.length);
      }),
    );
  });
});
