import { useEffect } from 'react';
import type { EpisodeData } from '../episodes/model.ts';
import { formatClock } from '../lib/time.ts';

export function EpisodePage({ episode }: { episode: EpisodeData }) {
  useEffect(() => {
    document.title = `${episode.shortTitle} · Transcript Player`;
  }, [episode]);
  return (
    <main className="episode">
      <h1>{episode.title}</h1>
      <section aria-label="Transcript">
        {episode.lines.map((line, index) => (
          <p key={index}>
            <span>{formatClock(line.start)}</span> {line.text}
          </p>
        ))}
      </section>
    </main>
  );
}
