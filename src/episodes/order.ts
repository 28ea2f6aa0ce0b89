import type { EpisodeSummary } from './model.ts';

type Ordered = Pick<EpisodeSummary, 'season' | 'episode' | 'date' | 'slug'>;

/** Newest first: by season and episode number, then date, then slug so that the order is total. */
export function newestFirst(a: Ordered, b: Ordered): number {
  return (
    compareDescending(a.season, b.season) ||
    compareDescending(a.episode, b.episode) ||
    compareDescending(a.date, b.date) ||
    a.slug.localeCompare(b.slug, 'en')
  );
}

/** Missing values sort after present ones. */
function compareDescending<T extends string | number>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
}
