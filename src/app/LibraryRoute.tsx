import { useEffect, useState } from 'react';
import type { EpisodeSummary } from '../episodes/model.ts';
import { Link } from '../lib/router.tsx';

export function LibraryRoute() {
  const [episodes, setEpisodes] = useState<EpisodeSummary[]>();
  useEffect(() => {
    document.title = 'Episodes · Transcript Player';
    void import('virtual:episodes/index').then((module) => setEpisodes(module.default));
  }, []);
  return (
    <main className="library">
      <h1>Episodes</h1>
      <ul>
        {episodes?.map((episode) => (
          <li key={episode.slug}>
            <Link to={`/episodes/${episode.slug}`}>{episode.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
