import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EpisodePageData, LineTexts } from '../episodes/model.ts';
import { KEEP_PRERENDERED } from '../lib/keepPrerendered.ts';
import { useLateModule } from '../lib/lateModule.ts';
import { Link, recallFromHistory, useKeepPlace } from '../lib/router.tsx';
import { formatClock } from '../lib/time.ts';
import { readPreferredRate, stepRate } from '../player/playbackRate.ts';
import { VideoPanel } from '../player/VideoPanel.tsx';
import { useRememberPlace } from '../resume/useRememberPlace.ts';
import { SearchButton } from '../search/SearchButton.tsx';
import { takeEarlySearch } from '../search/earlySearch.ts';
import { SearchFieldWhileLoading, type TypedWhileLoading } from '../search/SearchFieldWhileLoading.tsx';
import { SearchProvider } from '../search/SearchContext.tsx';

import { ShareControls, ShareNotice } from '../share/ShareControls.tsx';
import { momentFromLocation } from '../share/timeParam.ts';
import { linesPassage, passageLink, speakersOf, type Passage } from '../share/passage.ts';
import { lineSections, speakerNames } from '../episodes/layout.ts';
import { useShareLink } from '../share/useShareLink.ts';
import { createPlaybackContext, PlaybackProvider } from '../store/PlaybackContext.tsx';
import { createPlaybackStore, type PlaybackTimeline } from '../store/playbackStore.ts';
import { ChapterTimeline } from '../transcript/ChapterTimeline.tsx';
import { Chapters } from '../transcript/Chapters.tsx';
import { chaptersOf, neighbourChapterStart } from '../transcript/chapters.ts';
import { NoTranscript } from '../transcript/NoTranscript.tsx';
import { lineText, lineTexts } from '../transcript/lineDom.ts';
import { TranscriptPanel } from '../transcript/TranscriptPanel.tsx';
import { DownloadMenu } from '../exports/DownloadMenu.tsx';
import {
  LiveOnly,
  PassageBar,
  preloadDeferredParts,
  ResumeOffer,
  selectionShareCode,
  ShortcutsDialog,
} from './deferredParts.tsx';
import { loadedRenderedParts, loadRenderedParts } from './pageData.ts';
import type * as RenderedPartsModule from './renderedParts.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { KEYS } from './shortcutKeys.ts';
import { useEpisodeSearchLoader } from './useEpisodeSearchLoader.ts';
import { usePlayerConnection } from './usePlayerConnection.ts';
import { useShortcuts, type Shortcut } from './useShortcuts.ts';

/**
 * Where the episode ends as far as the page knows before the player does: its transcript's end. Without a
 * transcript nothing is known (a file's `duration` is often short), so nothing is clamped until the player says.
 */
const knownEnd = (episode: EpisodePageData) => (episode.lineCount > 0 ? episode.duration : Number.POSITIVE_INFINITY);

export function timelineOf(episode: EpisodePageData): PlaybackTimeline {
  const intro = episode.sections.findIndex((s) => s.lineCount === 0 && s.start === 0 && s.end > 0);
  return {
    starts: episode.lines.starts,
    lineSections: lineSections(episode.lineCount, episode.sections),
    introSection: intro,
    end: knownEnd(episode),
  };
}

/** Longer queries are cut (a pasted page of text): nothing that long is said in one line. */
const MAX_QUERY_LENGTH = 200;

/** `texts`: the lines' words, unless they are in the page already (a prerendered page, see LineTiming). */
export function EpisodePage({ episode, texts }: { episode: EpisodePageData; texts?: LineTexts }) {
  const hasTranscript = episode.lineCount > 0;
  const parts = useRenderedParts(texts !== undefined);
  // Where the page opens: the second it was left at (back and forward), else the address's ?t=. Only a page
  // opened without a second of its own offers to resume where this browser last left the episode.
  // A passage link (`?t=1930,1961`) opens at its start with its lines marked.
  const [{ start, ownSecond, passage }] = useState((): { start: number; ownSecond: boolean; passage?: Passage } => {
    if (typeof window === 'undefined') return { start: 0, ownSecond: false }; // prerendering: the path alone
    const left = recallFromHistory('t');
    if (typeof left === 'number' && left >= 0) return { start: Math.min(left, knownEnd(episode)), ownSecond: true };
    const linked = momentFromLocation(window.location.search, window.location.hash, knownEnd(episode));
    if (!linked) return { start: 0, ownSecond: false };
    const range = linked.end !== undefined && hasTranscript ? { start: linked.start, end: linked.end } : undefined;
    return { start: linked.start, ownSecond: true, ...(range && { passage: range }) };
  });
  const [playback] = useState(() => createPlaybackContext(createPlaybackStore(timelineOf(episode), start)));
  const { search, feature: searchFeature, withSearch } = useEpisodeSearchLoader(episode, lineTexts);
  const { events, controls, problem } = usePlayerConnection(playback.store);
  const { copyAt, copyPassage, copyQuote, notice } = useShareLink(episode.slug);
  const names = useMemo(() => speakerNames(episode.speakers), [episode.speakers]);
  /** Line `index`, whole, as a quote with its speaker and time range. */
  const quoteLine = (index: number) => {
    const range = linesPassage(episode.lines.starts, index, index, episode.duration);
    void copyQuote({
      text: lineText(index),
      speakers: speakersOf(episode.lines.speakers, index, index, names),
      episodeTitle: episode.shortTitle,
      passage: range,
      link: passageLink(episode.slug, range),
    });
  };
  const chapters = useMemo(() => chaptersOf(episode.sections), [episode.sections]);
  const selectionShare = useLateModule(selectionShareCode);
  // How many times the shortcuts were asked for: the dialog's code loads the first time, and it opens each time.
  const [helpAsked, setHelpAsked] = useState(0);
  const showHelp = useCallback(() => setHelpAsked((asked) => asked + 1), []);
  const currentTime = useCallback(() => playback.store.getState().time, [playback.store]);
  useRememberPlace(episode.slug, playback.store, episode.lines.starts.at(-1) ?? Number.POSITIVE_INFINITY);
  /** Where a search starts looking: the line being spoken (a link's `?t=` until playback moves). */
  const spokenLineStart = useCallback(() => {
    const { activeLine, time } = playback.store.getState();
    return episode.lines.starts[activeLine] ?? time;
  }, [playback.store, episode.lines]);
  // The first `/` shows a stand-in field at once, which keeps what is typed while the search's code loads.
  const standIn = useRef<TypedWhileLoading | null>(null);
  /** The stand-in's text as it opens, while it is shown; null when it is not. */
  const [standingIn, setStandingIn] = useState<string | null>(null);
  const [searchCameFrom, setSearchCameFrom] = useState<HTMLElement | null>(null);
  /** Opens the search field holding `text` (what was typed before the app ran, earlySearch.ts; else ''). */
  const searchFor = useCallback(
    (text: string) => {
      const typed: TypedWhileLoading | null = search ? null : { open: true, text, cameFrom: null, takenBy: null };
      if (typed) {
        standIn.current = typed;
        setStandingIn(text);
      }
      withSearch((loaded) => {
        const state = loaded.store.getState();
        if (!typed) {
          if (text !== '') state.search(text, spokenLineStart());
          return state.openSearch(text === '');
        }
        setStandingIn(null);
        if (!typed.open) return;
        typed.takenBy = loaded.store;
        setSearchCameFrom(typed.cameFrom);
        if (typed.text !== '') state.search(typed.text, spokenLineStart());
        // The caret after what was typed, even if that is still to come (typeInStandIn).
        state.openSearch(false);
      });
    },
    [search, withSearch, spokenLineStart],
  );
  const openSearch = useCallback(() => searchFor(''), [searchFor]);
  // In the commit that makes the page the app's, before another key can come: `/` and what followed it.
  useLayoutEffect(() => {
    const early = takeEarlySearch();
    // The keys were kept outside React (a script in the page): they open the field before the page paints.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (early !== null && hasTranscript) searchFor(early);
    // Once: what the page kept before the app ran.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const typeInStandIn = (text: string) => {
    const typed = standIn.current;
    if (!typed) return;
    typed.text = text;
    typed.takenBy?.getState().search(text, spokenLineStart());
  };
  const closeStandIn = () => {
    const typed = standIn.current;
    if (!typed) return;
    typed.open = false;
    typed.takenBy?.getState().close();
    setStandingIn(null);
    typed.cameFrom?.focus();
  };

  // `?q=` opens the page searching. With a `?t=` too (a transcript hit in the library), the view shows the
  // spoken line, which holds the hit; without one, the view goes to the first match.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const query = params.get('q');
    if (!query?.trim() || !hasTranscript) return;
    const text = query.slice(0, MAX_QUERY_LENGTH);
    withSearch((loaded) => loaded.store.getState().search(text, spokenLineStart(), !ownSecond));
  }, [withSearch, spokenLineStart, hasTranscript, ownSecond]);

  useEffect(() => {
    document.title = `${episode.shortTitle} · Transcript Player`;
  }, [episode.shortTitle]);

  useEffect(preloadDeferredParts, []);

  // The speed the reader last chose, in any episode; after hydration, since prerendered pages are at 1×.
  useEffect(() => {
    const preferred = readPreferredRate();
    if (preferred !== 1) controls.setRate(preferred);
  }, [controls]);

  // Back and forward return to the second the reader was at.
  useKeepPlace(useCallback(() => ({ t: Math.floor(playback.store.getState().time) }), [playback.store]));

  const shortcuts = useMemo<Shortcut[]>(() => {
    const chapterStep = (step: -1 | 1) => () => {
      const target = neighbourChapterStart(chapters, playback.store.getState().time, step);
      if (target !== undefined) controls.seek(target);
    };
    return [
      // Space stays a button press on a focused button; K always toggles.
      { keys: [' '], run: controls.togglePlay, onlyOutsideControls: true },
      { keys: ['k'], run: controls.togglePlay },
      { keys: KEYS.back, run: () => controls.skip(-10) },
      { keys: KEYS.forward, run: () => controls.skip(10) },
      { keys: KEYS.previousChapter, run: chapterStep(-1) },
      { keys: KEYS.nextChapter, run: chapterStep(1) },
      { keys: KEYS.slower, run: () => controls.setRate(stepRate(playback.store.getState().rate, -1)) },
      { keys: KEYS.faster, run: () => controls.setRate(stepRate(playback.store.getState().rate, 1)) },
      ...(hasTranscript ? [{ keys: KEYS.search, run: openSearch }] : []),
      { keys: KEYS.help, run: showHelp },
    ];
  }, [controls, chapters, playback.store, hasTranscript, openSearch, showHelp]);
  useShortcuts(shortcuts);

  return (
    <PlaybackProvider value={playback}>
      <SearchProvider value={search}>
        <div className="episode-page">
          <SiteHeader onShowShortcuts={showHelp} actions={hasTranscript && <SearchButton onOpen={openSearch} />} />
          <main className="episode-main">
            <div className="episode-media">
              <VideoPanel
                videoId={episode.youtubeId}
                title={episode.title}
                start={start}
                end={knownEnd(episode)}
                currentTime={currentTime}
                problem={problem}
                events={events}
                hasTranscript={hasTranscript}
              />
              {hasTranscript && <ChapterTimeline chapters={chapters} onSeek={controls.seek} />}
              <div className="media-toolbar">
                <ShareControls slug={episode.slug} title={episode.title} copyAt={copyAt} />
                {hasTranscript && (
                  <DownloadMenu contents={parts && <parts.DownloadMenuContents slug={episode.slug} />} />
                )}
                <SpeedControl onChange={controls.setRate} />
              </div>
              <LiveOnly>
                <ResumeOffer slug={episode.slug} offered={!ownSecond} onResume={controls.seek} />
                {passage && <PassageBar passage={passage} onPlay={controls.seek} onPause={controls.pause} />}
              </LiveOnly>
              <Chapters chapters={chapters} onSeek={controls.seek} />
            </div>
            {hasTranscript ? (
              <TranscriptPanel
                lines={episode.lines}
                texts={texts}
                sections={episode.sections}
                speakers={episode.speakers}
                intro={<Details episode={episode} parts={parts} />}
                outro={<EpisodeNeighbours episode={episode} />}
                searchBar={
                  // The stand-in stays until the search has taken what was typed in it (useEpisodeSearchLoader).
                  standingIn !== null ? (
                    <SearchFieldWhileLoading
                      text={standingIn}
                      onOpen={(element) => void (standIn.current && (standIn.current.cameFrom = element))}
                      onType={typeInStandIn}
                      onClose={closeStandIn}
                    />
                  ) : (
                    searchFeature && <searchFeature.EpisodeSearchBar from={spokenLineStart} cameFrom={searchCameFrom} />
                  )
                }
                searchView={searchFeature?.SearchInTranscript}
                onSeek={controls.seek}
                // Starts are whole seconds except for lines less than a second apart: round those up into the line.
                onCopyLink={(start) => copyAt(Math.ceil(start), formatClock(start))}
                onCopyQuote={quoteLine}
                passage={passage}
              />
            ) : (
              <NoTranscript
                intro={<Details episode={episode} parts={parts} />}
                outro={<EpisodeNeighbours episode={episode} />}
              />
            )}
          </main>
          <ShareNotice notice={notice} />
          {hasTranscript && selectionShare && (
            <selectionShare.SelectionShare
              slug={episode.slug}
              episodeTitle={episode.shortTitle}
              lines={episode.lines}
              speakerNames={names}
              duration={episode.duration}
              onCopyQuote={copyQuote}
              onCopyPassage={copyPassage}
            />
          )}
          {helpAsked > 0 && (
            <Suspense fallback={null}>
              <ShortcutsDialog asked={helpAsked} />
            </Suspense>
          )}
        </div>
      </SearchProvider>
    </PlaybackProvider>
  );
}

/**
 * The code of the parts the page renders with its lines (renderedParts.ts) where it renders them (`rendered`):
 * loaded with the words, else loaded now (a caller that gave the words itself). Undefined on a prerendered
 * page, which keeps those parts' HTML as the build wrote it.
 */
function useRenderedParts(rendered: boolean) {
  const [parts, setParts] = useState(() => (rendered ? loadedRenderedParts() : undefined));
  useEffect(() => {
    if (rendered && !parts) void loadRenderedParts().then(setParts);
  }, [rendered, parts]);
  return parts;
}

type RenderedParts = typeof RenderedPartsModule;

/** The episode's details (EpisodeDetails.tsx), rendered or kept as prerendered. */
function Details({ episode, parts }: { episode: EpisodePageData; parts?: RenderedParts }) {
  if (parts) return <parts.EpisodeDetails episode={episode} />;
  return <header className="episode-details" {...KEEP_PRERENDERED} />;
}

function EpisodeNeighbours({ episode }: { episode: EpisodePageData }) {
  if (!episode.newer && !episode.older) return null;
  return (
    <nav className="episode-neighbours" aria-label="More episodes">
      {episode.older && (
        <Link to={`/episodes/${episode.older.slug}`} rel="prev" className="neighbour neighbour-older">
          <span className="neighbour-direction">Previous episode</span>
          <span className="neighbour-title">{episode.older.title}</span>
        </Link>
      )}
      {episode.newer && (
        <Link to={`/episodes/${episode.newer.slug}`} rel="next" className="neighbour neighbour-newer">
          <span className="neighbour-direction">Next episode</span>
          <span className="neighbour-title">{episode.newer.title}</span>
        </Link>
      )}
    </nav>
  );
}
