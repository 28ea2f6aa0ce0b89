/**
 * The transcript files each episode with a transcript has, beside its page: their names, media types and
 * labels. The names are a contract: the page's download menu, its `<link rel="alternate">` tags and its
 * JSON-LD all point at them, and the build (exportsPlugin.ts) writes exactly these.
 *
 * Only names live here, no formatter, so that the page can list the files without bundling the formatters.
 */

/** The six formats, by the suffix that follows `<slug>` in the file name. */
export const EXPORT_FORMATS = [
  { suffix: '.vtt', type: 'text/vtt', label: 'WebVTT (.vtt)' },
  { suffix: '.srt', type: 'application/x-subrip', label: 'SubRip (.srt)' },
  { suffix: '.transcript.json', type: 'application/json', label: 'Podcasting 2.0 transcript (.json)' },
  { suffix: '.chapters.json', type: 'application/json+chapters', label: 'Podcasting 2.0 chapters (.json)' },
  { suffix: '.txt', type: 'text/plain', label: 'Plain text (.txt)' },
  { suffix: '.md', type: 'text/markdown', label: 'Markdown (.md)' },
] as const;

export type ExportSuffix = (typeof EXPORT_FORMATS)[number]['suffix'];

export interface ExportFile {
  /**
   * The file's app path, `/episodes/<slug>.vtt` (the slug URL-encoded), without the deployment's base: add it
   * as for any other link (`hrefFor` in src/lib/router.tsx, or `config.base` at build time).
   */
  path: string;
  /** Its place in the build's output folder, `episodes/<slug>.vtt` (the slug as the episode file names it). */
  file: string;
  /** Its media type, as a `<link type>` or a host's `Content-Type` says it. */
  type: string;
  /** The format's name for people, with its extension: `WebVTT (.vtt)`. */
  label: string;
  suffix: ExportSuffix;
}

/** The transcript files of the episode `slug` (an episode without a transcript has none: check that first). */
export function exportFiles(slug: string): ExportFile[] {
  return EXPORT_FORMATS.map(({ suffix, type, label }) => ({
    path: `/episodes/${encodeURIComponent(slug)}${suffix}`,
    file: `episodes/${slug}${suffix}`,
    type,
    label,
    suffix,
  }));
}

/** The slug and suffix of an export's file path inside the site (`episodes/<slug><suffix>`), if it is one. */
export function parseExportFile(file: string): { slug: string; suffix: ExportSuffix } | undefined {
  if (!file.startsWith('episodes/')) return undefined;
  const name = file.slice('episodes/'.length);
  // Longest suffix first: `.transcript.json` before a shorter one it ends with.
  const format = [...EXPORT_FORMATS]
    .sort((a, b) => b.suffix.length - a.suffix.length)
    .find(({ suffix }) => name.endsWith(suffix) && name.length > suffix.length);
  if (!format) return undefined;
  const slug = name.slice(0, -format.suffix.length);
  return slug.includes('/') ? undefined : { slug, suffix: format.suffix };
}
