import { useRef } from 'react';
import type { EpisodePageData } from '../episodes/model.ts';
import { useFocusOnArrival } from '../lib/router.tsx';
import { formatDate } from '../lib/date.ts';
import { formatLength } from '../lib/time.ts';
import { ShowNotes } from './ShowNotes.tsx';

const LISTEN_LABELS = { youtube: 'YouTube', apple: 'Apple Podcasts', spotify: 'Spotify', anchor: 'Anchor' } as const;

function numbering(episode: EpisodePageData): string | undefined {
  if (episode.season !== undefined && episode.episode !== undefined)
    return `Season ${episode.season}, episode ${episode.episode}`;
  if (episode.episode !== undefined) return `Episode ${episode.episode}`;
  return undefined;
}

/**
 * The episode's facts as transcript search records them: Pagefind's `data-pagefind-meta` names each field and
 * the attribute holding its value (`season[data-season], …`), since an inline `name:value` list is not split.
 */
function searchMeta(episode: EpisodePageData): Record<string, string> {
  const fields = { season: episode.season, episode: episode.episode, date: episode.date };
  const present = Object.entries(fields).filter(([, value]) => value !== undefined && value !== '');
  if (present.length === 0) return {};
  return {
    'data-pagefind-meta': present.map(([name]) => `${name}[data-${name}]`).join(', '),
    ...Object.fromEntries(present.map(([name, value]) => [`data-${name}`, String(value)])),
  };
}

/**
 * Title, numbering, guests, topics, where else to listen, and the show notes. Transcript search (src/search)
 * takes the title, numbering and date as metadata, and the topics and guests (by id) as filters, so that the
 * library's filters narrow its hits.
 */
export function EpisodeDetails({ episode }: { episode: EpisodePageData }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  const facts = [
    numbering(episode),
    episode.date && formatDate(episode.date, 'long'),
    episode.duration > 0 && formatLength(episode.duration),
  ].filter(Boolean);
  const listen = (Object.keys(LISTEN_LABELS) as Array<keyof typeof LISTEN_LABELS>).filter((key) => episode.links[key]);
  return (
    <header className="episode-details">
      <p className="episode-facts" {...searchMeta(episode)}>
        {facts.join(' · ')}
      </p>
      <h1 className="episode-title" tabIndex={-1} ref={heading} data-pagefind-meta="title">
        {episode.title}
      </h1>
      {episode.guests.length > 0 && (
        <ul className="guests" aria-label="Guests">
          {episode.guests.map((guest) => (
            <li key={guest.id} data-pagefind-filter="guest[data-guest]" data-guest={guest.id}>
              <span className="guest-name">{guest.name}</span>
              {guest.links.map((link) => (
                <a key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" className="guest-link">
                  {link.label}
                  <span className="visually-hidden"> of {guest.name}</span>
                </a>
              ))}
            </li>
          ))}
        </ul>
      )}
      {episode.topics.length > 0 && (
        <ul className="topics" aria-label="Topics">
          {episode.topics.map((topic) => (
            <li key={topic} className="topic" data-pagefind-filter="topic">
              {topic}
            </li>
          ))}
        </ul>
      )}
      {listen.length > 0 && (
        <p className="listen">
          <span>Listen on</span>
          {listen.map((key) => (
            <a key={key} href={episode.links[key]} target="_blank" rel="noopener noreferrer">
              {LISTEN_LABELS[key]}
            </a>
          ))}
        </p>
      )}
      {episode.body.length > 0 && (
        <details className="show-notes">
          <summary>Show notes</summary>
          <div className="show-notes-body">
            <ShowNotes nodes={episode.body} />
          </div>
        </details>
      )}
    </header>
  );
}
