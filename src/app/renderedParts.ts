/**
 * Parts of the episode page that never change once shown, rendered by the build and, in the browser, only on
 * a page it renders itself (one the app went to): a prerendered page keeps the build's HTML for them, so
 * their code is not the page's own. Loaded with the lines' words (pageData.ts).
 */
export { EpisodeDetails } from './EpisodeDetails.tsx';
export { DownloadMenuContents } from '../exports/DownloadMenuContents.tsx';
