import { useEffect, useRef } from 'react';
import { Link, useFocusOnArrival } from '../lib/router.tsx';
import { SiteHeader } from './SiteHeader.tsx';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  useEffect(() => {
    document.title = 'Not found · Transcript Player';
  }, []);
  return (
    <>
      <SiteHeader />
      <main className="not-found">
        <h1 tabIndex={-1} ref={heading}>
          Not found
        </h1>
        <p>There is no {what} at this address.</p>
        <p>
          <Link to="/">Browse all episodes</Link>
        </p>
      </main>
    </>
  );
}
