import './resume.css';
import { useId } from 'react';
import type { EpisodeSummary } from '../episodes/model.ts';
import { CloseIcon } from '../lib/icons.tsx';
import { Link } from '../lib/router.tsx';
import { formatClock, formatLength } from '../lib/time.ts';
import { clearAllPlaces, writePlace, type Place } from './places.ts';
import { placesChanged } from './usePlaces.ts';

/** How many started episodes the row shows, most recent first. */
export const CONTINUE_LIMIT = 6;

/** "32 min left", or nothing when the episode's length was not known. */
export function timeLeft(place: Place): string {
  return place.duration > place.seconds ? `${formatLength(place.duration - place.seconds)} left` : '';
}

/** How far into the episode the place is, as a thin bar (its words are beside it for everyone). */
export function PlaceProgress({ place }: { place: Place }) {
  if (place.duration <= 0) return null;
  const share = Math.min(1, place.seconds / place.duration);
  return (
    <div className="place-progress" aria-hidden="true">
      <div className="place-progress-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
    </div>
  );
}

interface Started {
  episode: EpisodeSummary;
  place: Place;
}

/** The started, unfinished episodes, most recently watched first. */
export function startedEpisodes(
  episodes: readonly EpisodeSummary[],
  places: ReadonlyMap<string, Place>,
  limit = CONTINUE_LIMIT,
): Started[] {
  return episodes
    .flatMap((episode) => {
      const place = places.get(episode.slug);
      return place && !place.finished ? [{ episode, place }] : [];
    })
    .sort((a, b) => b.place.at - a.place.at)
    .slice(0, limit);
}

/** The library's "Continue watching" row: each episode opens at its place; one or all can be forgotten. */
export function ContinueWatching({ started }: { started: readonly Started[] }) {
  const heading = useId();
  if (started.length === 0) return null;
  const forget = (slug: string) => {
    writePlace(slug, null);
    placesChanged();
  };
  return (
    <section className="continue" aria-labelledby={heading}>
      <div className="continue-head">
        <h2 id={heading}>Continue watching</h2>
        <button
          type="button"
          className="button continue-clear"
          onClick={() => {
            clearAllPlaces();
            placesChanged();
          }}
        >
          Clear all
        </button>
      </div>
      <ul className="continue-list">
        {started.map(({ episode, place }) => (
          <li key={episode.slug} className="continue-item">
            <Link to={`/episodes/${encodeURIComponent(episode.slug)}?t=${place.seconds}`} className="continue-link">
              <span className="continue-title">{episode.shortTitle}</span>
              <span className="continue-facts">
                Resume at {formatClock(place.seconds)}
                {timeLeft(place) && ` · ${timeLeft(place)}`}
              </span>
            </Link>
            <PlaceProgress place={place} />
            <button
              type="button"
              className="icon-button continue-remove"
              aria-label={`Remove ${episode.shortTitle} from Continue watching`}
              title="Remove from Continue watching"
              onClick={() => forget(episode.slug)}
            >
              <CloseIcon />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
