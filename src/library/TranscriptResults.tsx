import { memo, useState, type ReactNode } from 'react';
import type { EpisodeSummary } from '../episodes/model.ts';
import { Link } from '../lib/router.tsx';
import { formatClock } from '../lib/time.ts';
import { bestHits, type EpisodeHits, type LineHit, type MarkedText } from '../search/transcriptHits.ts';
import { MORE_EPISODES } from '../search/transcriptSearch.ts';
import { numberingLabel } from './EpisodeCard.tsx';
import type { TranscriptFound, TranscriptView } from './useTranscriptSearch.ts';
import './transcriptResults.css';

/** Lines shown per episode until the reader asks for the rest. */
export const HITS_SHOWN = 3;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the library's transcript status (a polite live region) says once results settle. */
export function transcriptStatus(view: TranscriptView): string {
  switch (view.status) {
    case 'off':
      return '';
    case 'searching':
      return view.previous ? transcriptStatus(view.previous) : '';
    case 'unavailable':
      return 'Transcript search is unavailable right now.';
    case 'found':
      return view.total === 0
        ? 'No transcript mentions it.'
        : `Found in the transcripts of ${plural(view.total, 'episode', 'episodes')}.`;
  }
}

interface Props {
  view: TranscriptView;
  /** The library's episodes by slug: hits show their titles and numbering as the cards do. */
  summaries: ReadonlyMap<string, EpisodeSummary>;
  onShowMore(): void;
}

/**
 * "In transcripts": the episodes whose transcripts match, best first, each with its best lines as links to
 * that second (`?t=`) with the query (`?q=`), the query's words marked, and the rest of its lines on request.
 */
export function TranscriptResults({ view, summaries, onShowMore }: Props) {
  const found: TranscriptFound | undefined =
    view.status === 'found' ? view : view.status === 'searching' ? view.previous : undefined;
  if (!found || found.episodes.length === 0) return null;
  const more = found.total - found.episodes.length;
  return (
    <section
      className="transcript-results"
      aria-labelledby="transcript-results-heading"
      aria-busy={view.status === 'searching'}
    >
      <h2 id="transcript-results-heading">In transcripts</h2>
      <ol className="transcript-episodes">
        {found.episodes.map((episode) => (
          <EpisodeHitList
            key={`${found.text}\n${episode.slug}`}
            episode={episode}
            summary={summaries.get(episode.slug)}
            query={found.text}
          />
        ))}
      </ol>
      {more > 0 && (
        <button
          type="button"
          className="button transcript-more-episodes"
          onClick={onShowMore}
          disabled={found.loadingMore}
        >
          {found.loadingMore
            ? 'Loading…'
            : `Show ${plural(Math.min(more, MORE_EPISODES), 'more episode', 'more episodes')}`}
        </button>
      )}
    </section>
  );
}

interface EpisodeProps {
  episode: EpisodeHits;
  summary: EpisodeSummary | undefined;
  query: string;
}

const EpisodeHitList = memo(function EpisodeHitList({ episode, summary, query }: EpisodeProps) {
  const [expanded, setExpanded] = useState(false);
  const path = `/episodes/${encodeURIComponent(episode.slug)}`;
  const numbering = summary && numberingLabel(summary);
  const shown = expanded ? episode.hits : bestHits(episode.hits, HITS_SHOWN);
  const hidden = episode.hits.length - HITS_SHOWN;
  return (
    <li className="transcript-episode">
      <h3 className="transcript-episode-title">
        {numbering && <span className="transcript-episode-number">{numbering}</span>}
        <Link to={path}>{summary?.shortTitle ?? episode.title}</Link>
      </h3>
      <ul className="transcript-hits">
        {shown.map((hit) => (
          <li key={hit.line}>
            <Link className="transcript-hit" to={`${path}?t=${hit.second}&q=${encodeURIComponent(query)}`}>
              <span className="transcript-hit-time">{formatClock(hit.second)}</span>
              <span className="transcript-hit-text">
                {' · '}
                <HitText hit={hit} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="transcript-more-hits"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Fewer lines' : `${plural(hidden, 'more line', 'more lines')} in this episode`}
        </button>
      )}
    </li>
  );
});

function HitText({ hit }: { hit: LineHit }) {
  return (
    <>
      {hit.label && (
        <span className="transcript-hit-label">
          <Marked {...hit.label} />:{' '}
        </span>
      )}
      {hit.cutBefore && '…'}
      <Marked {...hit.excerpt} />
      {hit.cutAfter && '…'}
    </>
  );
}

/** Text with its marked ranges in `<mark>`: elements, never HTML. */
function Marked({ text, marks }: MarkedText) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of marks) {
    const from = Math.max(at, start);
    const to = Math.min(text.length, end);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
