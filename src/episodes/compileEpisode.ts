/**
 * The episode compiler: one file's text → a normalised, typed episode plus diagnostics. Pure: no file
 * system, no React; the build plugin, the command-line checker and the tests all call it.
 */
import {
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLMap,
} from 'yaml';
import { quote, Reporter, type Position } from './diagnostics.ts';
import { indentQuotedContinuations, splitFrontMatter } from './frontMatter.ts';
import { markdownToTree } from './markdown.ts';
import type { Diagnostic, EpisodeData, ListenLinks, Person } from './model.ts';
import { isRecord, personFromId, type PeopleDirectory } from './people.ts';
import { safeUrl } from './safeUrl.ts';
import { buildTranscript, type Transcript, type TranscriptItem } from './transcript.ts';

export interface CompileInput {
  /** Shown in diagnostics. */
  path: string;
  text: string;
  /** The file name without `.md`: the episode's URL segment. */
  slug: string;
  people?: PeopleDirectory;
}

export interface CompileResult {
  /** Absent when the file has an error. */
  episode?: EpisodeData;
  diagnostics: Diagnostic[];
}

export function compileEpisode({ path, text, slug, people = new Map() }: CompileInput): CompileResult {
  const report = new Reporter(path);
  const fm = readFrontMatter(text, report);
  if (!fm) return { diagnostics: report.diagnostics };
  const { doc, at, data } = fm;

  if (isUnpublished(data.published)) {
    report.note(
      at(doc.get('published', true)),
      'skipped: `published: false` in its front matter, so Jekyll does not publish it',
      'Remove `published: false`',
    );
    return { diagnostics: report.diagnostics };
  }

  const guestIds = stringList(data, 'guests', doc, at, report);
  const speakerNames = speakerNamesIn(data.transcript);
  const guests = guestIds.map((id) => people.get(id) ?? personFromId(id, speakerNames));

  const transcript = readTranscript(doc, at, guests, people, report);
  if (!transcript) return { diagnostics: report.diagnostics };

  const title = text1(data.title) ?? text1(data.short);
  if (!title)
    report.warn(
      { line: 1, column: 1 },
      `the file has no title; shown as ${quote(humanise(slug))}`,
      'Add `title:` to the front matter',
    );
  const shortTitle = text1(data.short) ?? title ?? humanise(slug);
  const description = text1(data.description) ?? text1(data.intro);
  const season = whole(data, 'season', doc, at, report);
  const episode = whole(data, 'episode', doc, at, report);
  // `dateadded` is when the episode came out; `date` is sometimes a later edit date.
  const date = isoDate(data.dateadded) ?? isoDate(data.date);
  const links = listenLinks(data, doc, at, report);
  const youtubeId = videoId(data, links, doc, at, report);

  return {
    episode: {
      slug,
      title: title ?? humanise(slug),
      shortTitle,
      ...(season !== undefined && { season }),
      ...(episode !== undefined && { episode }),
      guests,
      topics: stringList(data, 'topics', doc, at, report),
      ...(youtubeId && { youtubeId }),
      ...(description && { description }),
      ...(date && { date }),
      // The file's `duration` is often shorter than the transcript: only an episode without one relies on it.
      duration: transcript.lines.length > 0 ? transcript.end : (isoDuration(data.duration) ?? 0),
      lineCount: transcript.lines.length,
      sectionCount: transcript.sections.length,
      links,
      speakers: transcript.speakers,
      sections: transcript.sections,
      lines: transcript.lines,
      body: markdownToTree(fm.body),
    },
    diagnostics: report.sorted(),
  };
}

const NO_TRANSCRIPT: Transcript = { lines: [], sections: [], speakers: [], end: 0 };

/**
 * The transcript, or undefined when the file cannot be published. An episode is often published before its
 * transcript is written: no `transcript` (or an empty one) is a warning, and the page shows the rest.
 */
function readTranscript(
  doc: Document,
  at: Locate,
  guests: readonly Person[],
  people: PeopleDirectory,
  report: Reporter,
): Transcript | undefined {
  const node = doc.get('transcript', true);
  if (
    node === undefined ||
    (isScalar(node) && (node.value === null || node.value === '')) ||
    (isSeq(node) && node.items.length === 0)
  ) {
    report.warn(
      at(node) ?? { line: 1, column: 1 },
      'the episode has no transcript yet; its page shows the video, details and show notes',
      'Add `transcript:` with a list of `- header: …` and `- line: …` items (each line with `sec`, `time` and `who`)',
    );
    return NO_TRANSCRIPT;
  }
  if (!isSeq(node)) {
    report.error(
      at(node) ?? { line: 1, column: 1 },
      'transcript is not a list of items',
      'Write `transcript:` as a list of `- header: …` and `- line: …` items (each line with `sec`, `time` and `who`)',
    );
    return undefined;
  }
  const items: TranscriptItem[] = node.items.map((item) => ({
    value: isMap(item) || isSeq(item) || isScalar(item) ? item.toJS(doc) : null,
    at: at(item) ?? { line: 1, column: 1 },
    fieldAt: (key: string) => (isMap(item) ? at(item.get(key, true)) : undefined),
  }));
  const transcript = buildTranscript(items, guests, people, report);
  if (!transcript) {
    report.error(
      at(node),
      'no line of the transcript has a time, so nothing can be placed on the video',
      'Give lines a `sec` (seconds from the start) and `time` (M:SS)',
    );
  }
  return transcript;
}

/** Jekyll (YAML 1.1) reads `false`, `no` and `off` as false. */
function isUnpublished(value: unknown): boolean {
  return value === false || (typeof value === 'string' && ['false', 'no', 'off'].includes(value.trim().toLowerCase()));
}

type Locate = (node: unknown) => Position | undefined;

interface FrontMatter {
  doc: Document;
  data: Record<string, unknown>;
  body: string;
  at: Locate;
}

function readFrontMatter(text: string, report: Reporter): FrontMatter | undefined {
  const split = splitFrontMatter(text);
  if (split.unclosed) {
    report.error(
      { line: 1, column: 1 },
      'the front matter opened by --- on line 1 is never closed',
      'Add a line `---` after the last YAML field, before the show notes',
    );
    return undefined;
  }
  let parsed = parseYaml(split.yaml, split.yamlFirstLine);
  if (parsed.doc.errors.length > 0) {
    const { text: repaired, repairs } = indentQuotedContinuations(split.yaml);
    const retry = repairs.length > 0 ? parseYaml(repaired, split.yamlFirstLine) : undefined;
    if (retry && retry.doc.errors.length === 0) {
      for (const { line, indent } of repairs) {
        report.warn(
          { line: line + split.yamlFirstLine - 1, column: 1 },
          'this line continues a quoted value but is not indented, which YAML 1.2 rejects; read as part of the value',
          `Indent the line by at least ${indent} spaces`,
        );
      }
      parsed = retry;
    } else if (split.delimited) {
      for (const error of parsed.doc.errors) {
        const at = parsed.at({ range: [error.pos[0]] });
        report.error(at, `YAML syntax: ${error.message.split(' at line ')[0]}`, yamlFix(error.code));
      }
      return undefined;
    }
  }
  const data = parsed.doc.toJS() as unknown;
  if (!split.delimited) {
    if (parsed.doc.errors.length > 0 || !isRecord(data) || !('transcript' in data)) {
      report.error(
        { line: 1, column: 1 },
        'the file has no front matter: it does not start with a line ---',
        'Start the file with `---`, then the YAML fields (title, ids, transcript…), then `---`; the Markdown show notes go after it',
      );
      return undefined;
    }
    report.warn(
      { line: 1, column: 1 },
      'the file has no --- lines around its front matter; the whole file was read as YAML',
      'Add a line `---` before the first field and after the last one',
    );
  }
  if (!isRecord(data)) {
    report.error(
      { line: split.yamlFirstLine, column: 1 },
      'the front matter is not a set of `key: value` fields',
      'Write the front matter as YAML fields such as `title:`, `ids:` and `transcript:`',
    );
    return undefined;
  }
  reportYamlWarnings(parsed, report);
  return { doc: parsed.doc, data, body: split.body, at: parsed.at };
}

function parseYaml(yaml: string, firstLine: number): { doc: Document; at: Locate; yaml: string } {
  const lineCounter = new LineCounter();
  // logLevel 'error': the package's own warnings would go to the console without a file or line; they are
  // reported as diagnostics instead (reportYamlWarnings).
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  const at: Locate = (node) => {
    const range = (node as { range?: number[] } | null | undefined)?.range;
    if (!range || range[0] === undefined) return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line: line + firstLine - 1, column: col };
  };
  return { doc, at, yaml };
}

/**
 * What YAML accepts but does not mean what the author meant: the parser's warnings, and a `{…}` or `[…]`
 * used as a key, which is how an unfilled Liquid placeholder such as `[{{ guest }}]` reads.
 */
function reportYamlWarnings({ doc, at, yaml }: { doc: Document; at: Locate; yaml: string }, report: Reporter): void {
  for (const warning of doc.warnings) {
    report.warn(
      at({ range: [warning.pos[0]] }),
      `YAML: ${warning.message.split(' at line ')[0]}`,
      'Correct the YAML at this point',
    );
  }
  visit(doc, {
    Pair(_, pair, path) {
      if (!isCollection(pair.key) || !pair.key.range) return;
      // `{{ guest }}` is a map whose key is the map `{ guest }`: quote the whole placeholder.
      const outer = path.at(-1);
      const range =
        isMap(outer) && outer.flow && outer.items.length === 1 && outer.range ? outer.range : pair.key.range;
      const written = yaml.slice(range[0], range[1]);
      report.warn(
        at({ range }),
        `${quote(written, 40)} is a YAML collection used as a key, most likely an unfilled Liquid placeholder; read as text`,
        'Fill in the placeholder, or quote the value',
      );
    },
  });
}

function yamlFix(code: string): string {
  switch (code) {
    case 'MISSING_CHAR':
      return 'Close the quote or bracket that opens here';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Put each key and the start of its value on one line, or quote the value';
    case 'BAD_INDENT':
    case 'MISSING_INDENT':
      return 'Indent this line like the other items at its level';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, not tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'Add a space after the colon, or quote the value';
    default:
      return 'Correct the YAML at this point (quote values that contain a colon followed by a space, or a #)';
  }
}

function text1(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

function humanise(slug: string): string {
  const words = slug
    .replace(/^s\d+e\d+-/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function whole(
  data: Record<string, unknown>,
  key: string,
  doc: Document,
  at: Locate,
  report: Reporter,
): number | undefined {
  const value = data[key];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 0) return number;
  report.warn(
    at(doc.get(key, true)),
    `${key} ${quote(String(value), 20)} is not a whole number; ignored`,
    `Write \`${key}:\` as a whole number`,
  );
  return undefined;
}

function stringList(data: Record<string, unknown>, key: string, doc: Document, at: Locate, report: Reporter): string[] {
  const value = data[key];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const strings = list.map(text1).filter((item): item is string => item !== undefined);
  if (strings.length !== list.length) {
    report.warn(
      at(doc.get(key, true)),
      `${key} has entries that are not text; they were ignored`,
      `Write \`${key}:\` as a list of names`,
    );
  }
  return [...new Set(strings)];
}

function speakerNamesIn(transcript: unknown): string[] {
  if (!Array.isArray(transcript)) return [];
  const names = transcript.map((item) =>
    isRecord(item) && typeof item.who === 'string' ? item.who.replace(/[:\s]+$/, '').trim() : '',
  );
  return [...new Set(names.filter((name) => name && name.length <= 40))];
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** An ISO 8601 duration as the files write it (`PT1H2M3S`, `PT58M`), in seconds. */
export function isoDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
    value.trim(),
  );
  if (!match || !match.slice(1).some(Boolean)) return undefined;
  const [, d = '0', h = '0', m = '0', sec = '0'] = match;
  return Math.round(Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(sec));
}

const LISTEN_LINKS = ['youtube', 'apple', 'spotify', 'anchor'] as const;

function listenLinks(data: Record<string, unknown>, doc: Document, at: Locate, report: Reporter): ListenLinks {
  const links: ListenLinks = {};
  if (!isRecord(data.links)) return links;
  for (const key of LISTEN_LINKS) {
    const raw = data.links[key];
    if (raw === undefined || raw === null) continue;
    const url = typeof raw === 'string' ? safeUrl(raw) : undefined;
    if (url) links[key] = url;
    else
      report.warn(
        at(doc.getIn(['links', key], true)),
        `links.${key} ${quote(String(raw), 40)} is not a web address; no link is shown`,
        `Put the episode's full https:// address there, or remove \`${key}\``,
      );
  }
  return links;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function videoId(
  data: Record<string, unknown>,
  links: ListenLinks,
  doc: Document,
  at: Locate,
  report: Reporter,
): string | undefined {
  const ids = isRecord(data.ids) ? data.ids : {};
  const raw = text1(ids.youtube);
  if (raw && YOUTUBE_ID.test(raw)) return raw;
  const fromLink = links.youtube && idFromYoutubeUrl(links.youtube);
  const node = (doc.get('ids', true) as YAMLMap | undefined)?.get?.('youtube', true) ?? doc.get('ids', true);
  if (raw) {
    report.warn(
      at(node),
      `ids.youtube ${quote(raw, 30)} is not a YouTube video id (11 letters, digits, - or _)${fromLink ? `; used ${fromLink} from links.youtube` : '; the page shows the transcript without video'}`,
      'Write the 11-character id from the video address (…watch?v=<id>)',
    );
  } else if (fromLink) {
    report.warn(
      at(doc.get('links', true)),
      `ids.youtube is missing; used ${fromLink} from links.youtube`,
      `Add \`ids: {youtube: ${fromLink}}\``,
    );
  } else {
    report.warn(
      { line: 1, column: 1 },
      'the episode has no YouTube id; the page shows the transcript without video',
      'Add `ids:` with `youtube: <video id>`',
    );
  }
  return fromLink || undefined;
}

function idFromYoutubeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const candidate = parsed.hostname.endsWith('youtu.be')
      ? parsed.pathname.slice(1)
      : (parsed.searchParams.get('v') ?? parsed.pathname.split('/').pop() ?? '');
    return YOUTUBE_ID.test(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}
