import type { ReactNode } from 'react';

interface Props {
  /** Shown above and below, in the same scroll area as a transcript would be (the episode's details, links on). */
  intro?: ReactNode;
  outro?: ReactNode;
}

/**
 * Where the transcript goes on the page of an episode published before its transcript was written: the same
 * landmark ("Transcript") in the same place, saying plainly that there is none yet.
 */
export function NoTranscript({ intro, outro }: Props) {
  return (
    <div className="transcript-panel">
      <div className="transcript-scroll">
        {intro}
        <section className="transcript" aria-labelledby="transcript-heading">
          <h2 id="transcript-heading" className="transcript-heading">
            Transcript
          </h2>
          <p className="no-transcript">No transcript yet.</p>
        </section>
        {outro}
      </div>
    </div>
  );
}
