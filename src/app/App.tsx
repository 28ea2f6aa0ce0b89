import { lazy, Suspense, useEffect } from 'react';
import { useLocation } from '../lib/router.tsx';
import { replayEarlyClicks } from './earlyClicks.ts';
import { EpisodeRoute } from './EpisodeRoute.tsx';
import { ProblemPage } from './deferredParts.tsx';
import { loadedLibraryRoute, loadLibraryRoute } from './pageData.ts';
import { routeOf } from './routes.ts';

// The library is its own chunk: an episode page does not load it.
const LazyLibraryRoute = lazy(() => loadLibraryRoute().then((module) => ({ default: module.LibraryRoute })));

export function App() {
  useEffect(replayEarlyClicks, []);
  const route = routeOf(useLocation().path);
  switch (route.page) {
    case 'library': {
      // Loaded ahead when the page was prerendered: then it renders at once, as it did in the build.
      const LibraryRoute = loadedLibraryRoute()?.LibraryRoute;
      return LibraryRoute ? (
        <LibraryRoute />
      ) : (
        <Suspense fallback={null}>
          <LazyLibraryRoute />
        </Suspense>
      );
    }
    case 'episode':
      return <EpisodeRoute key={route.slug} slug={route.slug} />;
    case 'not-found':
      return <ProblemPage problem="not-found" />;
  }
}
