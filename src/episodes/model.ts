/**
 * The normalised episode model: what the compiler produces and the app consumes.
 * Plain data only (it is serialised into build-time modules), no functions, no classes.
 */

/**
 * `error`: the file cannot be published; `warning`: a repair the compiler made; `note`: a file that is not an
 * episode on purpose (Jekyll would not publish it either), skipped.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  file: string;
  /** 1-based; absent when the problem is about the file as a whole. */
  line?: number;
  /** 1-based. */
  column?: number;
  severity: Severity;
  /** What is wrong, in plain words. */
  message: string;
  /** What to change in the file to fix it (for a note: what would make it count). */
  fix: string;
}

export interface ExternalLink {
  label: string;
  url: string;
}

export interface Person {
  id: string;
  name: string;
  /** False when the name was guessed from the id because no people file exists. */
  known: boolean;
  links: ExternalLink[];
}

/** A speaker as shown in the transcript: `name` is the file's `who`, `fullName` comes from people files. */
export interface Speaker {
  name: string;
  fullName?: string;
}

export interface TranscriptLine {
  /** Start on the episode's non-decreasing timeline, in seconds. */
  start: number;
  /** True when `start` is not the line's own `sec` but an estimate (shared or missing `sec`). */
  estimated: boolean;
  text: string;
  /** Index into `EpisodeData.speakers`; -1 when nobody is known. */
  speaker: number;
  /** Index into `EpisodeData.sections`; -1 for lines before the first header. */
  section: number;
  /** 1-based line of the item in the source file, for diagnostics and debugging. */
  sourceLine: number;
}

export interface Section {
  title: string;
  start: number;
  end: number;
  /** Index of the section's first line in `lines`. */
  firstLine: number;
  /** Number of lines; 0 for a header directly followed by another header. */
  lineCount: number;
}

/** A small, safe Markdown tree: rendered by React element by element, never as HTML. */
export type MarkdownNode =
  | string
  | { type: 'p' | 'em' | 'strong' | 'blockquote' | 'li'; children: MarkdownNode[] }
  | { type: 'heading'; depth: number; children: MarkdownNode[] }
  | { type: 'list'; ordered: boolean; children: MarkdownNode[] }
  | { type: 'link'; href: string; children: MarkdownNode[] }
  | { type: 'code'; text: string }
  | { type: 'codeBlock'; text: string }
  | { type: 'br' | 'hr' };

export interface ListenLinks {
  youtube?: string;
  apple?: string;
  spotify?: string;
  anchor?: string;
}

/** What the library needs to list and search an episode; no transcript. */
export interface EpisodeSummary {
  slug: string;
  title: string;
  shortTitle: string;
  season?: number;
  episode?: number;
  guests: Person[];
  topics: string[];
  youtubeId?: string;
  description?: string;
  /** ISO date (YYYY-MM-DD) when the file gives one. */
  date?: string;
  /**
   * Where the transcript ends, in seconds; for an episode without a transcript, the file's `duration`, or 0
   * when it gives none.
   */
  duration: number;
  /** 0 for an episode published before its transcript is written. */
  lineCount: number;
  sectionCount: number;
}

export interface EpisodeNeighbour {
  slug: string;
  title: string;
}

export interface EpisodeData extends EpisodeSummary {
  links: ListenLinks;
  speakers: Speaker[];
  sections: Section[];
  lines: TranscriptLine[];
  body: MarkdownNode[];
  /** Set when the episode is compiled as part of a folder, ordered newest first. */
  newer?: EpisodeNeighbour;
  older?: EpisodeNeighbour;
}

/**
 * What an episode page keeps of its lines in memory: when each starts and who says it. Their words are in
 * the page's HTML (prerendered), so a page holds no copy of them; where a page was not prerendered (the app
 * went to it from another), they come in `LineTexts`, rendered once. Split by `src/episodes/pageData.ts`.
 */
export interface LineTiming {
  /** `TranscriptLine.start` of each line. */
  starts: number[];
  /** `TranscriptLine.speaker` of each line. */
  speakers: number[];
  /**
   * How many rows of about 80 characters each line's words take, one base-36 digit per line (at most 35):
   * what a block of lines is guessed to measure before it is laid out (LineBlock.tsx).
   */
  rows: string;
}

/** The rest of each line: what rendering a transcript needs beside its timing. */
export interface LineTexts {
  text: string[];
  /** Indexes of the lines whose start is an estimate (`TranscriptLine.estimated`): few, if any. */
  estimated: number[];
}

/** An episode as its page loads it: its lines as timing only (see LineTiming). */
export interface EpisodePageData extends Omit<EpisodeData, 'lines'> {
  lines: LineTiming;
}
