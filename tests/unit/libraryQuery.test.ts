import { describe, expect, it } from 'vitest';
import {
  filterEpisodes,
  filterOptions,
  fold,
  readQuery,
  searchable,
  writeQuery,
  type LibraryQuery,
} from '../../src/library/query.ts';
import { summaries } from '../fixtures/summaries.ts';

const episodes = summaries;
const all = searchable(episodes);
const query = (fields: Partial<LibraryQuery>): LibraryQuery => ({
  q: '',
  topic: '',
  guest: '',
  sort: 'newest',
  ...fields,
});
const slugs = (fields: Partial<LibraryQuery>) => filterEpisodes(all, query(fields)).map((e) => e.slug);

describe('filterEpisodes', () => {
  it('lists newest first, oldest first, or by title', () => {
    expect(slugs({})).toEqual(['mlops', 'ab-testing', 'data-teams']);
    expect(slugs({ sort: 'oldest' })).toEqual(['data-teams', 'ab-testing', 'mlops']);
    expect(slugs({ sort: 'title' })).toEqual(['ab-testing', 'data-teams', 'mlops']);
  });

  it('matches every word of the query in titles, guests, topics and descriptions, ignoring case and accents', () => {
    expect(slugs({ q: 'radojkovic' })).toEqual(['mlops']);
    expect(slugs({ q: 'BANK models' })).toEqual(['mlops']);
    expect(slugs({ q: 'jakob' })).toEqual(['ab-testing', 'data-teams']);
    expect(slugs({ q: 'jakob hiring' })).toEqual(['data-teams']);
    expect(slugs({ q: '  ' })).toHaveLength(3);
    expect(slugs({ q: 'nothing like this' })).toEqual([]);
  });

  it('filters by topic and by guest, together with the query', () => {
    expect(slugs({ topic: 'MLOps' })).toEqual(['mlops', 'data-teams']);
    expect(slugs({ guest: 'jakob' })).toEqual(['ab-testing', 'data-teams']);
    expect(slugs({ guest: 'jakob', topic: 'MLOps' })).toEqual(['data-teams']);
    expect(slugs({ guest: 'jakob', q: 'testing' })).toEqual(['ab-testing']);
  });
});

describe('the query in the address', () => {
  it('round-trips, leaving defaults out', () => {
    const filtered = query({ q: 'data teams', topic: 'MLOps', guest: 'jakob', sort: 'oldest' });
    expect(writeQuery(filtered)).toBe('?q=data+teams&topic=MLOps&guest=jakob&sort=oldest');
    expect(readQuery(writeQuery(filtered))).toEqual(filtered);
    expect(writeQuery(query({}))).toBe('');
  });

  it('ignores unknown sort orders and parameters', () => {
    expect(readQuery('?sort=random&utm_source=x')).toEqual(query({}));
  });
});

describe('filterOptions', () => {
  it('counts topics (most common first) and lists guests by name', () => {
    const { topics, guests } = filterOptions(episodes);
    expect(topics.map((t) => [t.value, t.count])).toEqual([
      ['MLOps', 2],
      ['Experimentation', 1],
      ['Finance', 1],
      ['Hiring', 1],
    ]);
    expect(guests.map((g) => [g.value, g.label, g.count])).toEqual([
      ['jakob', 'Jakob Graff', 2],
      ['nemanja', 'Nemanja Radojković', 1],
      ['tammy', 'Tammy Liang', 1],
    ]);
  });
});

it('fold lowers case and strips accents', () => {
  expect(fold('José Radojković')).toBe('jose radojkovic');
});
