import { useLocation } from '../lib/router.tsx';
import { EpisodeRoute } from './EpisodeRoute.tsx';
import { LibraryRoute } from './LibraryRoute.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

const EPISODE_PATH = /^\/episodes\/([^/]+)\/?$/;

export function App() {
  const { path } = useLocation();
  if (path === '/') return <LibraryRoute />;
  const episode = EPISODE_PATH.exec(path);
  if (episode) return <EpisodeRoute key={episode[1]} slug={decodeURIComponent(episode[1]!)} />;
  return <NotFoundPage />;
}
