import { useEffect } from 'react';
import { preloadPlayer } from '../player/VideoPanel.tsx';
import { EpisodePage } from './EpisodePage.tsx';
import { ProblemPage } from './deferredParts.tsx';
import { useEpisode } from './useEpisode.ts';

export function EpisodeRoute({ slug }: { slug: string }) {
  const load = useEpisode(slug);
  useEffect(preloadPlayer, []);
  switch (load.state) {
    case 'loading':
      return (
        <p className="loading" role="status">
          Loading episode…
        </p>
      );
    case 'missing':
      return <ProblemPage problem="not-found" what="episode" />;
    case 'broken':
      return <ProblemPage problem="broken" errors={load.errors} />;
    case 'failed':
      return <ProblemPage problem="failed" />;
    case 'ready':
      return <EpisodePage episode={load.episode} texts={load.texts} />;
  }
}
