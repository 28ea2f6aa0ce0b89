/** One line that says what became of a folder of episode files: the last line of the build and the checker. */
import type { FolderResult } from './compileFolder.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface FolderCounts {
  published: number;
  withoutTranscript: number;
  skipped: number;
  /** Files left out because they cannot be published. */
  broken: number;
  warnings: number;
  errors: number;
}

export function folderCounts(result: FolderResult): FolderCounts {
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  const skipped = count('note');
  return {
    published: result.episodes.length,
    withoutTranscript: result.episodes.filter((episode) => episode.lineCount === 0).length,
    skipped,
    broken: result.episodeFiles - skipped - result.episodes.length,
    warnings: count('warning'),
    errors: count('error'),
  };
}

/** `12 episodes built (2 without a transcript yet), 3 files skipped, 1 file with errors, 40 warnings, 2 errors` */
export function describeCounts(counts: FolderCounts, done: 'built' | 'compiled'): string {
  const withoutTranscript =
    counts.withoutTranscript > 0 ? ` (${counts.withoutTranscript} without a transcript yet)` : '';
  return [
    `${plural(counts.published, 'episode')} ${done}${withoutTranscript}`,
    `${plural(counts.skipped, 'file')} skipped`,
    `${plural(counts.broken, 'file')} with errors`,
    plural(counts.warnings, 'warning'),
    plural(counts.errors, 'error'),
  ].join(', ');
}
