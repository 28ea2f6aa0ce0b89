/**
 * The entry: small on purpose. It runs once the document has been parsed. On a page the build prerendered
 * (see src/prerender) the page is then there to be painted, and its early player is starting YouTube's. The
 * app's code (React and the rest) and the episode's data are fetched (pageCode.ts) once that player has been
 * created, and evaluated only after the browser has painted the page and the player is ready (or a moment
 * has passed); clicks meanwhile are kept (earlyClicks.ts). Elsewhere (the 404 fallback, dev) the app starts
 * at once.
 *
 * Both waits are for the main thread: YouTube's API, its callback and the player's creation each run as a
 * task of their own there, and the app's work run between them held the player's ready back by as long (on
 * the seed page, asking for the code's dozen files alone took 10–15 ms, hydration far longer). The early
 * script is the page's controls meanwhile.
 */
import './styles.css';
import { earlyPlayerReached } from './earlyPlayerWait.ts';
import { fetchPageCode } from './pageCode.ts';

/** How long, at most, fetching the app's code waits for the early player to create its player. */
const EARLY_PLAYER_MADE_MS = 200;
/** How long, at most, the app's code waits for the early player to be ready after the first paint. */
const EARLY_PLAYER_READY_MS = 400;

const prerendered = document.getElementById('root')?.dataset.prerendered !== undefined;
void (prerendered ? besideEarlyPlayer() : Promise.resolve()).then(() => import('./start.tsx'));

/** Fetches the page's code once the early player has been made; resolves once it is ready and the page painted. */
async function besideEarlyPlayer(): Promise<void> {
  await earlyPlayerReached('made', EARLY_PLAYER_MADE_MS);
  fetchPageCode();
  await afterNextPaint();
  await earlyPlayerReached('ready', EARLY_PLAYER_READY_MS);
}

/** Resolves once a frame has been painted; a hidden tab paints none, so a timer goes on without one. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
