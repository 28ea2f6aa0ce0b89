/**
 * Every transcript file of the seed episode and of the quirky fixtures (estimated starts, untimed lines,
 * repeated seconds, hostile text), read back by parsers nobody here wrote: subtitle.js for SRT, ajv against
 * JSON Schemas written from the Podcasting 2.0 specifications (tests/fixtures/schemas/), and mdast (the
 * CommonMark parser behind remark) for Markdown. The WebVTT file is read by Chromium itself in
 * tests/e2e/transcript-files.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseSync, type NodeCue } from 'subtitle';
import { describe, expect, it } from 'vitest';
import { compileEpisode } from '../../src/episodes/compileEpisode.ts';
import { speakerNames } from '../../src/episodes/layout.ts';
import type { EpisodeData } from '../../src/episodes/model.ts';
import { breakArrows, cueText, cuesOf, oneLine } from '../../src/exports/cues.ts';
import { FORMATTERS } from '../../src/exports/formats.ts';
import { formatClock } from '../../src/lib/time.ts';
import { compileFixture, fixturesDir } from './fixtures.ts';

const seedPath = join(import.meta.dirname, '..', '..', 'episodes', 's12e06-preparing-for-data-science-interview.md');
const seed = compileEpisode({ path: seedPath, text: readFileSync(seedPath, 'utf8'), slug: 'seed' }).episode!;

/** Every fixture episode that compiles with a transcript, by name. */
const fixtures = readdirSync(join(fixturesDir, 'episodes'))
  .map((file) => file.replace(/\.md$/, ''))
  .flatMap((name) => {
    const episode = compileFixture(name).episode;
    return episode && episode.lines.length > 0 ? [[name, episode] as const] : [];
  });
const cases: (readonly [string, EpisodeData])[] = [['the seed episode', seed], ...fixtures];

const schema = (name: string) => JSON.parse(readFileSync(join(fixturesDir, 'schemas', name), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
const validTranscript = ajv.compile(schema('podcast-transcript.schema.json'));
const validChapters = ajv.compile(schema('podcast-chapters.schema.json'));

const textOf = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
const typesIn = (node: Nodes): string[] => [
  node.type,
  ...('children' in node ? node.children.flatMap((child) => typesIn(child)) : []),
];

describe('the fixtures', () => {
  it('cover estimated starts, untimed lines and hostile text', () => {
    const names = fixtures.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['repeated-secs', 'hostile-cues', 'text', 'backwards']));
    const all = fixtures.flatMap(([, episode]) => episode.lines);
    expect(all.some((line) => line.estimated)).toBe(true);
    expect(all.map((line) => line.text).join(' ')).toMatch(/-->.*&.*<script>/);
  });
});

describe.each(cases)('the transcript files of %s', (_, episode) => {
  const cues = cuesOf(episode);
  const names = speakerNames(episode.speakers);

  it('SRT: subtitle.js reads one cue per line, with its times and text, the speaker named where it changes', () => {
    const parsed = parseSync(FORMATTERS['.srt'](episode)).filter((node): node is NodeCue => node.type === 'cue');
    expect(parsed).toHaveLength(episode.lines.length);
    parsed.forEach(({ data }, index) => {
      const cue = cues[index]!;
      expect([data.start, data.end]).toEqual([cue.startMs, cue.endMs]);
      const changed = cue.speaker !== undefined && cue.speaker !== cues[index - 1]?.speaker;
      expect(data.text).toBe(breakArrows((changed ? `${cue.speaker}: ` : '') + cueText(episode.lines[index]!.text)));
    });
  });

  it('transcript JSON: valid against the Podcasting 2.0 schema, one segment per line in order', () => {
    const json = JSON.parse(FORMATTERS['.transcript.json'](episode)) as {
      segments: { speaker?: string; startTime: number; endTime: number; body: string }[];
    };
    expect(validTranscript(json), ajv.errorsText(validTranscript.errors)).toBe(true);
    expect(json.segments).toHaveLength(episode.lines.length);
    json.segments.forEach((segment, index) => {
      const line = episode.lines[index]!;
      expect(segment.speaker).toBe(names[line.speaker]);
      expect(segment.startTime).toBeCloseTo(line.start, 3);
      expect(segment.endTime).toBeGreaterThan(segment.startTime);
      expect(segment.body).toBe(cueText(line.text));
      if (index > 0) expect(segment.startTime).toBeGreaterThanOrEqual(json.segments[index - 1]!.startTime);
    });
  });

  it('chapters JSON: valid against the JSON Chapters 1.2 schema, ascending, one per lasting section', () => {
    const json = JSON.parse(FORMATTERS['.chapters.json'](episode)) as {
      chapters: { startTime: number; title: string }[];
    };
    expect(validChapters(json), ajv.errorsText(validChapters.errors)).toBe(true);
    const lasting = episode.sections.filter((section) => section.end > section.start);
    expect(json.chapters.map((chapter) => chapter.title)).toEqual(lasting.map((section) => section.title));
    json.chapters.forEach((chapter, index) => {
      if (index > 0) expect(chapter.startTime).toBeGreaterThan(json.chapters[index - 1]!.startTime);
    });
  });

  it('Markdown: mdast reads the title, the section headings and one paragraph per line, all as plain text', () => {
    const tree: Root = fromMarkdown(FORMATTERS['.md'](episode));
    expect(typesIn(tree).filter((type) => !['root', 'heading', 'paragraph', 'strong', 'text'].includes(type))).toEqual(
      [],
    );
    const headings = tree.children.filter((node) => node.type === 'heading');
    expect(headings.map((node) => [node.depth, textOf(node)])).toEqual([
      [1, oneLine(episode.title)],
      ...episode.sections.map((section) => [2, oneLine(section.title)]),
    ]);
    const lines = tree.children.filter((node) => node.type === 'paragraph' && node.children[0]?.type === 'strong');
    expect(lines.map(textOf)).toEqual(
      episode.lines.map((line) => {
        const who = names[line.speaker];
        const clock = `${line.estimated ? '~' : ''}${formatClock(line.start)}`;
        return `${clock}${who === undefined ? '' : ` ${oneLine(who)}:`} ${oneLine(line.text)}`;
      }),
    );
  });

  it('plain text: one file line per transcript line, in order, with its clock', () => {
    const text = FORMATTERS['.txt'](episode);
    const lines = text.split('\n').filter((line) => /^~?\d+(?::\d\d){1,2} /.test(line));
    expect(lines).toHaveLength(episode.lines.length);
    lines.forEach((line, index) => expect(line).toContain(oneLine(episode.lines[index]!.text)));
    expect(text.split('\n')[0]).toBe(oneLine(episode.title));
  });
});
