/** Compiles every episode file of a folder (Node only: reads the file system). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compileEpisode } from './compileEpisode.ts';
import type { Diagnostic, EpisodeData, Person } from './model.ts';
import { newestFirst } from './order.ts';
import { parsePersonFile } from './people.ts';
import { peopleDirFromEnv } from './settings.ts';

export interface FolderOptions {
  /** Where guests' files are; by default `people/` inside the episodes folder, or `people/` or `_people/` beside it. */
  peopleDir?: string;
}

export interface FolderResult {
  /** Newest first, each linked to its neighbours. Files with errors, and skipped files, are left out. */
  episodes: EpisodeData[];
  diagnostics: Diagnostic[];
  /** Every `.md` file that was read, episodes and people. */
  files: string[];
  /** How many of `files` are in the episodes folder (skipped ones included). */
  episodeFiles: number;
  peopleDir?: string;
}

export function findPeopleDir(episodesDir: string, explicit = peopleDirFromEnv()): string | undefined {
  if (explicit) return resolve(explicit);
  const dir = resolve(episodesDir);
  return [join(dir, 'people'), join(dirname(dir), 'people'), join(dirname(dir), '_people')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isDirectory(),
  );
}

/** The folder's `.md` files (symbolic links to files count), not its subfolders. */
export function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** Jekyll publishes no file whose name starts with `_`, `.`, `#` or `~` (templates, drafts, editor files). */
export const jekyllSkips = (file: string) => /^[_.#~]/.test(basename(file));

/** Paths in diagnostics are relative to where the command runs, so terminals can open them. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;

export function loadPeople(peopleDir: string | undefined): {
  people: Map<string, Person>;
  diagnostics: Diagnostic[];
  files: string[];
} {
  const people = new Map<string, Person>();
  const diagnostics: Diagnostic[] = [];
  const files = peopleDir ? markdownFiles(peopleDir).filter((file) => !jekyllSkips(file)) : [];
  for (const file of files) {
    const id = basename(file, '.md');
    const result = parsePersonFile(id, displayPath(file), readFileSync(file, 'utf8'));
    if (result.person) people.set(id, result.person);
    diagnostics.push(...result.diagnostics);
  }
  return { people, diagnostics, files };
}

export function compileFolder(episodesDir: string, options: FolderOptions = {}): FolderResult {
  const dir = resolve(episodesDir);
  const peopleDir = findPeopleDir(dir, options.peopleDir);
  const { people, diagnostics, files: peopleFiles } = loadPeople(peopleDir);
  const files = markdownFiles(dir);
  const episodes: EpisodeData[] = [];
  for (const file of files) {
    if (jekyllSkips(file)) {
      const name = basename(file);
      diagnostics.push({
        file: displayPath(file),
        severity: 'note',
        message: `skipped: Jekyll does not publish \`${name}\` (its name starts with "${name[0]}")`,
        fix: `Rename it without the leading "${name[0]}"`,
      });
      continue;
    }
    const result = compileEpisode({
      path: displayPath(file),
      text: readFileSync(file, 'utf8'),
      slug: basename(file, '.md'),
      people,
    });
    diagnostics.push(...result.diagnostics);
    if (result.episode) episodes.push(result.episode);
  }
  episodes.sort(newestFirst);
  linkNeighbours(episodes);
  return {
    episodes,
    diagnostics,
    files: [...files, ...peopleFiles],
    episodeFiles: files.length,
    ...(peopleDir && { peopleDir }),
  };
}

function linkNeighbours(episodes: EpisodeData[]): void {
  episodes.forEach((episode, index) => {
    const newer = episodes[index - 1];
    const older = episodes[index + 1];
    if (newer) episode.newer = { slug: newer.slug, title: newer.shortTitle };
    if (older) episode.older = { slug: older.slug, title: older.shortTitle };
  });
}
