/**
 * The episode search's code, loaded on first use (its button, `/`, a `?q=` link) rather than with the page:
 * the index, matching, marks, the bar and what search does to the transcript are not needed to read, play
 * or follow, and the page's code before its data has a budget (tests/bench/budgets.json). See
 * useEpisodeSearchLoader.ts.
 */
export { createEpisodeSearch } from '../search/createEpisodeSearch.ts';
export { EpisodeSearchBar } from '../search/EpisodeSearchBar.tsx';
export { SearchInTranscript } from '../transcript/SearchInTranscript.tsx';
