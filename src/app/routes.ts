/** The app's pages, by path. */
export type Route = { page: 'library' } | { page: 'episode'; slug: string } | { page: 'not-found' };

const EPISODE_PATH = /^\/episodes\/([^/]+)\/?$/;

export function routeOf(path: string): Route {
  if (path === '/') return { page: 'library' };
  const episode = EPISODE_PATH.exec(path);
  if (!episode) return { page: 'not-found' };
  try {
    return { page: 'episode', slug: decodeURIComponent(episode[1]!) };
  } catch {
    return { page: 'not-found' }; // a malformed %-escape
  }
}
