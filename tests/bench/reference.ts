/**
 * The vanilla reference: the static floor's page (floor.ts) plus what a hand-written transcript player adds
 * to it, and nothing more. A script in the head inserts YouTube's IFrame API script at once; as soon as the
 * HTML is parsed (DOMContentLoaded) and the API is up, it creates `new YT.Player` for the episode's video. A
 * requestAnimationFrame loop, while the video plays, reads `getCurrentTime()` and finds the line at that
 * time by binary search over the line starts (a data block at the end of the body), moving one
 * `aria-current` attribute; a click on a line seeks there. In the player's onReady it makes the same User
 * Timing mark as the app (PLAYER_READY_MARK), so both pages' "player ready" is read the same way.
 *
 * It is what the app's player-ready time and JS heap are compared with: the earliest a page showing this
 * transcript can have its player ready with the same API, and about the least memory it needs to keep the
 * transcript and play along with it.
 */
import type { EpisodeData } from '../../src/episodes/model.ts';
import { floorHtml, writeBenchPage } from './floor.ts';

export const REFERENCE_DIR = 'bench-reference';

/** The app's mark (src/app/usePlayerConnection.ts, PLAYER_READY_MARK): made once the player's onReady ran. */
export const PLAYER_READY_MARK = 'transcript-player:player-ready';

/** The API's address as YouTube documents it; the bench serves the fake there as to the app (browser.ts). */
const API_URL = 'https://www.youtube.com/iframe_api';

/**
 * The player, as a person would write it, in plain ES5 that runs as it is. `__API_URL__`, `__VIDEO_ID__`
 * and `__MARK__` are replaced by JSON literals.
 */
const PLAYER_SCRIPT = `
(function () {
  'use strict';
  var api = document.createElement('script');
  api.src = __API_URL__;
  document.head.appendChild(api);

  var apiUp = false;
  var parsed = false;
  var player = null;
  var ready = false;
  var starts = [];
  var lines = [];
  var current = -1;
  var frame = 0;

  window.onYouTubeIframeAPIReady = function () {
    apiUp = true;
    start();
  };
  document.addEventListener('DOMContentLoaded', function () {
    parsed = true;
    start();
  });

  function start() {
    if (!apiUp || !parsed || player) return;
    starts = JSON.parse(document.getElementById('line-starts').textContent);
    lines = document.querySelectorAll('[data-line]');
    player = new YT.Player('player', {
      videoId: __VIDEO_ID__,
      width: 640,
      height: 360,
      playerVars: { playsinline: 1, rel: 0 },
      events: { onReady: onReady, onStateChange: onStateChange },
    });
    document.addEventListener('click', onClick);
  }

  function onReady() {
    ready = true;
    performance.mark(__MARK__);
    show(lineAt(player.getCurrentTime()));
  }

  function onStateChange(event) {
    cancelAnimationFrame(frame);
    if (event.data === YT.PlayerState.PLAYING) frame = requestAnimationFrame(follow);
  }

  function follow() {
    show(lineAt(player.getCurrentTime()));
    frame = requestAnimationFrame(follow);
  }

  // The last line starting at or before the time, or -1 before the first.
  function lineAt(time) {
    var low = 0;
    var high = starts.length - 1;
    var found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (starts[middle] <= time) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  function show(index) {
    if (index === current) return;
    if (current >= 0) lines[current].removeAttribute('aria-current');
    if (index >= 0) lines[index].setAttribute('aria-current', 'true');
    current = index;
  }

  function onClick(event) {
    var line = event.target.closest('[data-line]');
    if (!line || !ready) return;
    var index = Number(line.getAttribute('data-line'));
    player.seekTo(starts[index], true);
    player.playVideo();
    show(index);
  }
})();
`;

const CSS = `
#player { display: block; margin: 1rem 0; max-width: 100%; }
[aria-current] { background: #fff3c4; }
`;

/** JSON inside a <script> element: `<` escaped so that no `</script>` can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function referenceHtml(episode: EpisodeData): string {
  if (!episode.youtubeId) throw new Error(`${episode.slug} has no YouTube video for the vanilla reference`);
  const values: Record<string, unknown> = {
    __API_URL__: API_URL,
    __VIDEO_ID__: episode.youtubeId,
    __MARK__: PLAYER_READY_MARK,
  };
  const script = PLAYER_SCRIPT.replace(/__[A-Z_]+__/g, (token) => {
    if (!(token in values)) throw new Error(`no value for ${token} in the reference's script`);
    return scriptJson(values[token]);
  });
  return floorHtml(episode, {
    name: 'vanilla reference',
    css: CSS,
    head: `<script>${script}</script>`,
    bodyStart: '<div id="player"></div>',
    bodyEnd: `<script type="application/json" id="line-starts">${scriptJson(episode.lines.map((l) => l.start))}</script>`,
  });
}

/** Writes `<outDir>/bench-reference/<slug>.html`; returns its path on the site. */
export function writeReferencePage(outDir: string, episode: EpisodeData): string {
  return writeBenchPage(outDir, REFERENCE_DIR, episode.slug, referenceHtml(episode));
}
