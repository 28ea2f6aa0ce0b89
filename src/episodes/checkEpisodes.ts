/**
 * `npm run check:episodes [folder]`: compiles every episode file and prints each diagnostic as
 * `path:line:col severity message`, then one summary line. Exits 1 when any file has an error.
 */
import { resolve } from 'node:path';
import { compileFolder } from './compileFolder.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { episodesDirFromEnv } from './settings.ts';

const dir = resolve(process.argv[2] ?? episodesDirFromEnv());
const result = compileFolder(dir);
for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));

const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
const errors = count('error');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const people = result.files.length - result.episodeFiles;
console.log(
  `${plural(result.files.length, 'file')} (${plural(result.episodeFiles, 'episode file')}, ${plural(people, 'people file')}), ${plural(result.episodes.length, 'episode')} compiled, ${plural(count('warning'), 'warning')}, ${plural(errors, 'error')}`,
);
process.exitCode = errors > 0 ? 1 : 0;
