import { useEffect } from 'react';
import { Link } from '../lib/router.tsx';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  useEffect(() => {
    document.title = 'Not found · Transcript Player';
  }, []);
  return (
    <main className="not-found">
      <h1>Not found</h1>
      <p>There is no {what} at this address.</p>
      <p>
        <Link to="/">Browse all episodes</Link>
      </p>
    </main>
  );
}
