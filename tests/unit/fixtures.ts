import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileEpisode, type CompileResult } from '../../src/episodes/compileEpisode.ts';
import { loadPeople } from '../../src/episodes/compileFolder.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const people = loadPeople(join(fixturesDir, 'people')).people;

/** Compiles `tests/fixtures/<folder>/<name>.md` with the fixture people files. */
export function compileFixture(name: string, folder = 'episodes'): CompileResult {
  const path = join(fixturesDir, folder, `${name}.md`);
  return compileEpisode({
    path: `${folder}/${name}.md`,
    text: readFileSync(path, 'utf8'),
    slug: basename(name),
    people,
  });
}

/** Compiles inline text: for cases small enough to read next to their expectations. */
export function compileText(text: string, slug = 'inline'): CompileResult {
  return compileEpisode({ path: `${slug}.md`, text, slug, people });
}

/** `line:column severity message` for each diagnostic: compact enough to compare whole lists. */
export function brief(result: CompileResult): string[] {
  return result.diagnostics.map((d) => `${d.line ?? '-'}:${d.column ?? '-'} ${d.severity} ${d.message}`);
}
