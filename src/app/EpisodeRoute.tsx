import { useEffect } from 'react';
import { preloadPlayer } from '../player/VideoPanel.tsx';
import { EpisodePage } from './EpisodePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SiteHeader } from './SiteHeader.tsx';
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
      return <NotFoundPage what="episode" />;
    case 'broken':
      return (
        <>
          <SiteHeader />
          <main className="not-found">
            <h1>This episode file has errors</h1>
            <p>Fix them and save the file: the page reloads.</p>
            <pre>{load.errors.join('\n')}</pre>
          </main>
        </>
      );
    case 'failed':
      return (
        <>
          <SiteHeader />
          <main className="not-found">
            <h1>The episode could not load</h1>
            <p>Check your connection and reload the page.</p>
          </main>
        </>
      );
    case 'ready':
      return <EpisodePage episode={load.episode} texts={load.texts} />;
  }
}
