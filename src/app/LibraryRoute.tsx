import { useEffect, useState } from 'react';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { transcriptSearch } from '../search/transcriptSearch.ts';
import { loadedSummaries, loadSummaries } from './pageData.ts';
import { SiteHeader } from './SiteHeader.tsx';

/** Loads the episode summaries (their own chunk: no transcript) and shows the library. */
export function LibraryRoute() {
  const [episodes, setEpisodes] = useState(loadedSummaries);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    document.title = 'Episodes · Transcript Player';
  }, []);
  useEffect(() => {
    if (episodes) return;
    let current = true;
    loadSummaries().then(
      (loaded) => current && setEpisodes(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [episodes]);
  return (
    <div className="library-page">
      <SiteHeader />
      {failed ? (
        <main className="not-found">
          <h1>The episode list could not load</h1>
          <p>Check your connection and reload the page.</p>
        </main>
      ) : episodes ? (
        <LibraryPage episodes={episodes} transcripts={transcriptSearch} />
      ) : (
        <p className="loading" role="status">
          Loading episodes…
        </p>
      )}
    </div>
  );
}
