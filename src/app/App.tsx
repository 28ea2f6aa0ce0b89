import { lazy, Suspense } from 'react';
import { useLocation } from '../lib/router.tsx';
import { EpisodeRoute } from './EpisodeRoute.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// The library is its own chunk (with its styles): an episode page does not load it.
const LibraryRoute = lazy(() => import('./LibraryRoute.tsx').then((module) => ({ default: module.LibraryRoute })));

const EPISODE_PATH = /^\/episodes\/([^/]+)\/?$/;

export function App() {
  const { path } = useLocation();
  if (path === '/') {
    return (
      <Suspense fallback={null}>
        <LibraryRoute />
      </Suspense>
    );
  }
  const episode = EPISODE_PATH.exec(path);
  if (episode) return <EpisodeRoute key={episode[1]} slug={decodeURIComponent(episode[1]!)} />;
  return <NotFoundPage />;
}
