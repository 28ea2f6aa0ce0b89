/**
 * `npm run check:episodes [folder]`: compiles every episode file and prints each diagnostic as
 * `path:line:col severity message`, then one summary line. Exits 1 when any file has an error (it stays strict
 * where the build, without STRICT_EPISODES, leaves such files out); notes (skipped files) and warnings exit 0.
 */
import { resolve } from 'node:path';
import { compileFolder } from './compileFolder.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { episodesDirFromEnv } from './settings.ts';
import { describeCounts, folderCounts } from './summary.ts';

const dir = resolve(process.argv[2] ?? episodesDirFromEnv());
const result = compileFolder(dir);
for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));

const counts = folderCounts(result);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const people = result.files.length - result.episodeFiles;
console.log(
  `${plural(result.files.length, 'file')} (${plural(result.episodeFiles, 'episode file')}, ${plural(people, 'people file')}): ${describeCounts(counts, 'compiled')}`,
);
process.exitCode = counts.errors > 0 ? 1 : 0;
