/**
 * The pages that say something went wrong: nothing at this address, an episode file with errors (the dev
 * server shows them as they are saved), an episode that could not load. Their code is a chunk of its own
 * (deferredParts.tsx): no page that works needs it.
 */
import { useEffect, useRef } from 'react';
import { Link, useFocusOnArrival } from '../lib/router.tsx';
import { SiteHeader } from './SiteHeader.tsx';

export type Problem =
  /** `what`: what is not there ("page", "episode"). */
  { problem: 'not-found'; what?: string } | { problem: 'broken'; errors: readonly string[] } | { problem: 'failed' };

export function ProblemPage(props: Problem) {
  return (
    <>
      <SiteHeader />
      {props.problem === 'not-found' ? (
        <NotFound what={props.what ?? 'page'} />
      ) : props.problem === 'broken' ? (
        <main className="not-found">
          <h1>This episode file has errors</h1>
          <p>Fix them and save the file: the page reloads.</p>
          <pre>{props.errors.join('\n')}</pre>
        </main>
      ) : (
        <main className="not-found">
          <h1>The episode could not load</h1>
          <p>Check your connection and reload the page.</p>
        </main>
      )}
    </>
  );
}

function NotFound({ what }: { what: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  useEffect(() => {
    document.title = 'Not found · Transcript Player';
  }, []);
  return (
    <main className="not-found">
      <h1 tabIndex={-1} ref={heading}>
        Not found
      </h1>
      <p>There is no {what} at this address.</p>
      <p>
        <Link to="/">Browse all episodes</Link>
      </p>
    </main>
  );
}
