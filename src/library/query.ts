/** The library's filters, as they live in the address: `?q=…&topic=…&guest=…&sort=…`. Pure functions. */
import type { EpisodeSummary } from '../episodes/model.ts';
import { newestFirst } from '../episodes/order.ts';

export type SortOrder = 'newest' | 'oldest' | 'title';
export const SORT_ORDERS: Record<SortOrder, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title (A–Z)',
};

export interface LibraryQuery {
  q: string;
  topic: string;
  guest: string;
  sort: SortOrder;
}

export const EMPTY_QUERY: LibraryQuery = { q: '', topic: '', guest: '', sort: 'newest' };

export function readQuery(search: string): LibraryQuery {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    topic: params.get('topic') ?? '',
    guest: params.get('guest') ?? '',
    sort: sort === 'oldest' || sort === 'title' ? sort : 'newest',
  };
}

/** The shortest address for a query: defaults are left out, so the plain library is just `/`. */
export function writeQuery(query: LibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q);
  if (query.topic) params.set('topic', query.topic);
  if (query.guest) params.set('guest', query.guest);
  if (query.sort !== 'newest') params.set('sort', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const isFiltered = (query: LibraryQuery) => query.q.trim() !== '' || query.topic !== '' || query.guest !== '';

/** Lower case without accents, so `josé` finds `José` and `Jose`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface SearchableEpisode {
  episode: EpisodeSummary;
  /** Everything the search box looks in, folded. */
  text: string;
}

export function searchable(episodes: readonly EpisodeSummary[]): SearchableEpisode[] {
  return episodes.map((episode) => ({
    episode,
    text: fold(
      [
        episode.title,
        episode.shortTitle,
        ...episode.guests.map((g) => g.name),
        ...episode.topics,
        episode.description ?? '',
      ].join('\n'),
    ),
  }));
}

/** Episodes matching every word of the query, the topic and the guest, in the chosen order. */
export function filterEpisodes(all: readonly SearchableEpisode[], query: LibraryQuery): EpisodeSummary[] {
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  const matches = all
    .filter(
      ({ episode, text }) =>
        (!query.topic || episode.topics.includes(query.topic)) &&
        (!query.guest || episode.guests.some((guest) => guest.id === query.guest)) &&
        words.every((word) => text.includes(word)),
    )
    .map(({ episode }) => episode);
  return sortEpisodes(matches, query.sort);
}

export function sortEpisodes(episodes: EpisodeSummary[], sort: SortOrder): EpisodeSummary[] {
  const sorted = [...episodes].sort(newestFirst);
  if (sort === 'oldest') return sorted.reverse();
  if (sort === 'title')
    return sorted.sort((a, b) => a.shortTitle.localeCompare(b.shortTitle, 'en', { sensitivity: 'base' }));
  return sorted;
}

export interface Option {
  value: string;
  label: string;
  count: number;
}

/** Topics and guests to filter by, most common first, each with its number of episodes. */
export function filterOptions(episodes: readonly EpisodeSummary[]): { topics: Option[]; guests: Option[] } {
  const topics = new Map<string, Option>();
  const guests = new Map<string, Option>();
  for (const episode of episodes) {
    for (const topic of episode.topics) {
      const option = topics.get(topic) ?? { value: topic, label: topic, count: 0 };
      option.count++;
      topics.set(topic, option);
    }
    for (const guest of episode.guests) {
      const option = guests.get(guest.id) ?? { value: guest.id, label: guest.name, count: 0 };
      option.count++;
      guests.set(guest.id, option);
    }
  }
  const order = (a: Option, b: Option) => b.count - a.count || a.label.localeCompare(b.label, 'en');
  return {
    topics: [...topics.values()].sort(order),
    guests: [...guests.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
  };
}
