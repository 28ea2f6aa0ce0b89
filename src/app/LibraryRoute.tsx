import { useEffect, useState } from 'react';
import type { EpisodeSummary } from '../episodes/model.ts';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { SiteHeader } from './SiteHeader.tsx';

/** Loads the episode summaries (their own chunk: no transcript) and shows the library. */
export function LibraryRoute() {
  const [episodes, setEpisodes] = useState<EpisodeSummary[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    document.title = 'Episodes · Transcript Player';
    let current = true;
    import('virtual:episodes/index').then(
      (module) => current && setEpisodes(module.default),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <div className="library-page">
      <SiteHeader />
      {failed ? (
        <main className="not-found">
          <h1>The episode list could not load</h1>
          <p>Check your connection and reload the page.</p>
        </main>
      ) : episodes ? (
        <LibraryPage episodes={episodes} />
      ) : (
        <p className="loading" role="status">
          Loading episodes…
        </p>
      )}
    </div>
  );
}
