/** People files (`people/<id>.md`): a guest's full name and links. Optional: a guest without one still works. */
import { parse } from 'yaml';
import { splitFrontMatter } from './frontMatter.ts';
import type { Diagnostic, ExternalLink, Person } from './model.ts';
import { safeUrl } from './safeUrl.ts';

export type PeopleDirectory = ReadonlyMap<string, Person>;

export function parsePersonFile(
  id: string,
  path: string,
  text: string,
): { person?: Person; diagnostics: Diagnostic[] } {
  const fail = (message: string, fix: string) => ({
    diagnostics: [{ file: path, line: 1, column: 1, severity: 'warning' as const, message, fix }],
  });
  let data: unknown;
  try {
    data = parse(splitFrontMatter(text).yaml, { uniqueKeys: false });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return fail(`people file does not parse (${message}); the guest is shown by id`, 'Fix the YAML front matter.');
  }
  if (!isRecord(data) || typeof data.title !== 'string' || data.title.trim() === '') {
    return fail('people file has no title; the guest is shown by id', 'Add `title: Full Name` to the front matter.');
  }
  return {
    person: { id, name: data.title.trim(), known: true, links: personLinks(data) },
    diagnostics: [],
  };
}

const PROFILE_BASES: Array<[key: string, label: string, base: string]> = [
  ['linkedin', 'LinkedIn', 'https://www.linkedin.com/in/'],
  ['twitter', 'Twitter', 'https://twitter.com/'],
  ['github', 'GitHub', 'https://github.com/'],
  ['web', 'Website', ''],
];

function personLinks(data: Record<string, unknown>): ExternalLink[] {
  const links: ExternalLink[] = [];
  for (const [key, label, base] of PROFILE_BASES) {
    const value = data[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const handle = value.trim().replace(/^@/, '');
    const url = safeUrl(/^[a-z]+:/i.test(handle) || base === '' ? handle : base + handle);
    if (url) links.push({ label, url });
  }
  return links;
}

/** `lukewhipps` with a speaker `Luke` → `Luke Whipps`: the best name we have without a people file. */
export function personFromId(id: string, speakerNames: readonly string[]): Person {
  const lower = id.toLowerCase();
  const first = speakerNames.find((name) => name.length >= 3 && lower.startsWith(name.toLowerCase()));
  if (!first) return { id, name: id, known: false, links: [] };
  const rest = id
    .slice(first.length)
    .replace(/[-_.]+/g, ' ')
    .trim();
  const capitalised = rest.replace(
    /(^|\s)(\p{L})/gu,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
  return { id, name: capitalised ? `${first} ${capitalised}` : first, known: false, links: [] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
