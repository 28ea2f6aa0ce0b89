/**
 * The entry: small on purpose. It runs once the document has been parsed. On a page the build prerendered
 * (see src/prerender) the page is then there to be painted: the app's code (React and the rest) and the
 * episode's data are fetched from now on (pageCode.ts) and evaluated only after the browser has painted the
 * page and its early player has started (or a moment has passed); clicks meanwhile are kept (earlyClicks.ts).
 * Elsewhere (the 404 fallback, dev) the app starts at once.
 */
import './styles.css';
import { fetchPageCode } from './pageCode.ts';

/** How long, at most, the app's code waits for the early player after the first paint. */
const EARLY_PLAYER_LEAD_MS = 400;

const prerendered = document.getElementById('root')?.dataset.prerendered !== undefined;
fetchPageCode();
void (prerendered ? afterNextPaint().then(() => earlyPlayerSettled(EARLY_PLAYER_LEAD_MS)) : Promise.resolve()).then(
  () => import('./start.tsx'),
);

/**
 * Resolves once the prerendered page's early player (src/player/earlyPlayer.ts) is ready, has failed or is
 * waiting for the app, or after `ms`. The app's hydration is a long task: run while YouTube's player starts,
 * it held back the player's ready by as long (the seed page's player was ready later than a hand-written
 * vanilla player's). The early script is the page's controls meanwhile, and clicks are kept (earlyClicks.ts).
 */
function earlyPlayerSettled(ms: number): Promise<void> {
  const until = performance.now() + ms;
  return new Promise((resolve) => {
    const check = () => {
      const early = window.__earlyPlayer;
      const settled =
        !early || early.wait || early.live || early.events.some(([event]) => event === 'error' || event === 'problem');
      if (settled || performance.now() >= until) resolve();
      else setTimeout(check, 16);
    };
    check();
  });
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
