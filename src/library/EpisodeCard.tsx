import { memo } from 'react';
import type { EpisodeSummary } from '../episodes/model.ts';
import { Link } from '../lib/router.tsx';
import { formatDate } from '../lib/date.ts';
import { formatLength } from '../lib/time.ts';
import { PlaceProgress, timeLeft } from '../resume/ContinueWatching.tsx';
import type { Place } from '../resume/places.ts';
import { Thumbnail } from './Thumbnail.tsx';

export function numberingLabel(episode: EpisodeSummary): string | undefined {
  if (episode.season !== undefined && episode.episode !== undefined) return `S${episode.season} E${episode.episode}`;
  return episode.episode !== undefined ? `E${episode.episode}` : undefined;
}

/**
 * One episode in the library: the whole card opens it, through the one link in its title. An episode
 * started in this browser shows how far in (a bar, "32 min left"); one watched to its end says so.
 */
export const EpisodeCard = memo(function EpisodeCard({ episode, place }: { episode: EpisodeSummary; place?: Place }) {
  const numbering = numberingLabel(episode);
  const facts = [
    numbering,
    episode.duration > 0 && formatLength(episode.duration),
    episode.date && formatDate(episode.date),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="episode-card">
      <Thumbnail
        youtubeId={episode.youtubeId}
        label={numbering ?? episode.shortTitle.slice(0, 1)}
        seed={episode.slug}
      />
      {place && !place.finished && <PlaceProgress place={place} />}
      <div className="card-body">
        <p className="card-facts">{facts}</p>
        <h2 className="card-title">
          <Link to={`/episodes/${encodeURIComponent(episode.slug)}`} className="card-link">
            {episode.shortTitle}
          </Link>
        </h2>
        {episode.title !== episode.shortTitle && <p className="card-subtitle">{episode.title}</p>}
        {episode.guests.length > 0 && (
          <p className="card-guests">
            <span className="visually-hidden">Guests: </span>
            {episode.guests.map((guest) => guest.name).join(', ')}
          </p>
        )}
        {episode.lineCount === 0 && <p className="card-no-transcript">No transcript yet</p>}
        {place && <p className="card-place">{place.finished ? 'Watched' : timeLeft(place) || 'Started'}</p>}
        {episode.topics.length > 0 && (
          <ul className="card-topics" aria-label="Topics">
            {episode.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
});
