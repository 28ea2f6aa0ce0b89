/**
 * The player starts before the app. A prerendered episode page carries, at the end of its head, a tiny script
 * (EARLY_PLAYER_SCRIPT) that asks for YouTube's IFrame API at once and, as soon as it is in and the page's
 * video slot is parsed, creates the player there: its iframe loads while the app's code is still on its way,
 * instead of after the app has loaded, hydrated and fetched react-youtube. Until the app takes it over
 * (`claimEarlyPlayer`, from EarlyVideo.tsx), the script keeps the player's events in order; then it hands them
 * on as they come. Pages the browser renders itself (moving between pages in the app) use react-youtube.
 *
 * The script reads the second to cue only from the plain `t=<seconds>` the app writes in its links (or no
 * time at all); for any other form the player is made when the app takes it over, at the second the app read
 * from the address. A second the app knows otherwise (the place kept in history) is cued on taking over.
 *
 * From the player's onReady until the app takes it, the script is also the page's controls, so the reader can
 * play as soon as the player can (as a hand-written vanilla player lets them), not once the app has hydrated:
 * a click on a line or a section header seeks there and plays, `k` and Space play or pause, as the app's own
 * click and shortcuts do. That is when it makes the player-ready mark (readyMark.ts). What it did reaches the
 * app as the player's own events (`['state', 1]`…) and its clock, so the hydrated page shows it; a click it
 * answered is marked as such (`preventDefault`), and the app does not make it again (src/app/earlyClicks.ts).
 */
import { PLAYER_READY_MARK } from './readyMark.ts';

/** What the script leaves for the app: `window.__earlyPlayer`. */
export interface EarlyPlayer {
  /** The video it was made for (the slot's `data-video-id`), once made. */
  videoId: string;
  /** Where it cues the video: the address's plain `t=<seconds>`, clamped to the slot's `data-end`. */
  start: number;
  /** The address's time is in another form: the player waits for the app to set `start` and call `create`. */
  wait: boolean;
  /** Makes the player, if the API is in, the slot parsed, and it is not waiting (or made) already. */
  create(): void;
  /** The raw YouTube player, once made. */
  player: unknown;
  /** Events so far, oldest first, until a listener is set: `['ready']`, `['state', 1]`, `['error', 150]`… */
  events: EarlyEvent[];
  listener: ((...event: EarlyEvent) => void) | null;
  /** Set by the app when it takes the player: a page takes it once. */
  claimed?: boolean;
  /** The script's controls act on the player: it is ready and has reported no error (until the app takes it). */
  live: boolean;
}

/** `problem`: the API script did not load. The others are the IFrame API's events of the same names. */
export type EarlyEvent = ['ready'] | ['state', number] | ['rate', number] | ['error', number] | ['problem'];

declare global {
  interface Window {
    __earlyPlayer?: EarlyPlayer;
  }
}

/**
 * Reads a clock the page shows (`30:26`, `1:01:57`: what formatClock writes) as seconds, NaN for anything
 * else. As source text, since it runs inside the script (tests/unit/earlyPlayer.test.ts checks it).
 */
export const CLOCK_SECONDS_SOURCE =
  'function clockSeconds(text){var m=/^\\s*(?:(\\d+):)?(\\d+):(\\d\\d)\\s*$/.exec(text||"");' +
  'return m?((m[1]?+m[1]:0)*60+(+m[2]))*60+(+m[3]):NaN}';

/** The attribute that marks the slot the early player is made in (a React element with no children of React's). */
export const EARLY_SLOT_ATTRIBUTE = 'data-early-player';

/** As src/app/useShortcuts.ts: where a key is someone typing, or pressing a control, and no shortcut. */
export const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const CONTROLS = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"]';

/**
 * The script's controls (see the top of this file), while `p.live` and not claimed. Clicks only until the app
 * has taken the page's clicks over (`__earlyClicks` closed: src/app/earlyClicks.ts): from then on the app's
 * own click handler answers them, and on taking the player it seeks where it was asked.
 *
 * The page holds no line's exact start, only its clock: the second it starts in. A line whose clock is the one
 * before it's starts part-way through that second (the time model spreads a turn over whole seconds where it
 * can, src/episodes/timeline.ts): that second belongs to the line before, so it seeks to the next second, as a
 * link to the line does (its second is `Math.ceil` of the start, src/search/lineStarts.ts). A header starts
 * where its first line does.
 */
const EARLY_CONTROLS = /* @__PURE__ */ [
  CLOCK_SECONDS_SOURCE,
  'function live(){return p.live&&!p.claimed}',
  'function clockIn(el,part){var c=el&&el.querySelector(part);return clockSeconds(c?c.textContent:"")}',
  'function lineClock(i){return clockIn(document.getElementById("line-"+i),".line-time")}',
  'function inLine(second,i){return lineClock(i-1)===second?second+1:second}',
  'function secondAt(el){',
  'var line=el.closest("[data-line]");if(line)return inLine(clockIn(line,".line-time"),+line.getAttribute("data-line"));',
  'var header=el.closest("[data-section]");if(!header)return NaN;',
  'var first=header.parentNode&&header.parentNode.querySelector("[data-line]"),second=clockIn(header,".section-time");',
  'return first?inLine(second,+first.getAttribute("data-line")):second}',
  'document.addEventListener("click",function(e){',
  'var el=e.target;',
  'if(!live()||window.__earlyClicks===null||e.defaultPrevented||!el||!el.closest)return;',
  'if(el.closest("a[href],button,[data-copy],[data-quote]"))return;',
  // Selecting words to copy them is reading, not asking to jump (as the app's transcript has it).
  'var line=el.closest("[data-line]"),picked=document.getSelection&&document.getSelection();',
  'if(line&&picked&&!picked.isCollapsed&&line.contains(picked.anchorNode))return;',
  'var second=secondAt(el);if(!(second>=0))return;',
  'e.preventDefault();p.player.seekTo(second,true);p.player.playVideo()});',
  'document.addEventListener("keydown",function(e){',
  'var key=e.key&&e.key.length===1?e.key.toLowerCase():e.key,el=e.target;',
  'if(!live()||e.defaultPrevented||e.ctrlKey||e.altKey||e.metaKey||(key!==" "&&key!=="k"))return;',
  `if(el&&el.closest&&el.closest(${JSON.stringify(`${TYPING}, ${CONTROLS}`)}))return;`,
  'e.preventDefault();var state=p.player.getPlayerState();',
  'if(state===1||state===3)p.player.pauseVideo();else p.player.playVideo()});',
];

/**
 * The script, as the page carries it (its hash goes into the page's Content-Security-Policy). The same text on
 * every page with a video: what it plays comes from the slot. The player's settings match YouTubeVideo.tsx's.
 * `?t=` wins over `#t=`, as in src/share/timeParam.ts; only the plain seconds the app's own links carry are
 * read here, and any other form waits for the app's reading. Marked pure: only the build writes it into pages,
 * and the browser's bundle, which needs none of it, leaves it out.
 */
export const EARLY_PLAYER_SCRIPT = /* @__PURE__ */ [
  '(function(){',
  'var p={videoId:"",start:0,wait:false,player:null,events:[],listener:null,live:false},api=false,failed=false;',
  'window.__earlyPlayer=p;',
  'function emit(n,d){var e=d===undefined?[n]:[n,d];if(p.listener)p.listener.apply(null,e);else p.events.push(e)}',
  'function asked(part){var m=/(?:^|&)t=([^&]*)/.exec(part.slice(1));return m?m[1]:null}',
  'var raw=asked(location.search);if(raw===null)raw=asked(location.hash);',
  'var plain=raw===null?["","0"]:/^(\\d+)s?(?:,\\d+s?)?$/.exec(raw);',
  'if(plain)p.start=+plain[1];else p.wait=true;',
  ...EARLY_CONTROLS,
  'p.create=function(){',
  'if(!api||p.wait||p.player)return;',
  `var slot=document.querySelector("[${EARLY_SLOT_ATTRIBUTE}]");`,
  'if(!slot){if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",p.create);return}',
  'var end=parseFloat(slot.getAttribute("data-end")||"");if(end>=0&&p.start>end)p.start=Math.floor(end);',
  'var host=document.createElement("div");host.className="video-iframe";slot.appendChild(host);',
  'p.videoId=slot.getAttribute("data-video-id")||"";',
  // The frame is named for the episode, as react-youtube names it (again once ready, should YouTube rename it).
  'function named(){var f=slot.querySelector("iframe");if(f)f.setAttribute("title",slot.getAttribute("data-title")||"")}',
  'p.player=new YT.Player(host,{videoId:p.videoId,width:"100%",height:"100%",',
  'playerVars:{start:p.start,playsinline:1,rel:0,modestbranding:1},events:{',
  'onReady:function(){p.live=!failed;',
  `if(window.performance&&performance.mark)performance.mark(${JSON.stringify(PLAYER_READY_MARK)});`,
  'named();emit("ready")},',
  'onStateChange:function(e){emit("state",e.data)},',
  'onPlaybackRateChange:function(e){emit("rate",e.data)},',
  // A video that cannot play is the app's to explain: the controls step aside, as before the app ran.
  'onError:function(e){failed=true;p.live=false;emit("error",e.data)}}});',
  'named()};',
  // As youtube-player does: an API already in the page is used as it is.
  'if(window.YT&&typeof window.YT.Player==="function"){api=true;p.create();return}',
  'var previous=window.onYouTubeIframeAPIReady;',
  'window.onYouTubeIframeAPIReady=function(){if(previous)previous();api=true;p.create()};',
  // Before the app's code, which the browser would otherwise fetch first.
  'var s=document.createElement("script");s.async=true;s.fetchPriority="high";',
  's.src=(location.protocol==="http:"?"http:":"https:")+"//www.youtube.com/iframe_api";',
  's.onerror=function(){emit("problem")};',
  'document.head.appendChild(s)',
  '})();',
].join('');

/** The page's early player, if it was made for `videoId` (or its slot is not parsed yet) and is not taken. */
function untaken(videoId: string): EarlyPlayer | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__earlyPlayer;
  // Its slot was parsed with this video, or not parsed yet: the slot is this page's, so it is this video.
  if (!early || early.claimed || (early.videoId && early.videoId !== videoId)) return undefined;
  return early;
}

/** Whether this page has an early player the app has not taken yet (decides, once, how the video is made). */
export const hasEarlyPlayer = (videoId: string): boolean => untaken(videoId) !== undefined;

/** The early player made for `videoId`, taken over by the caller; undefined if there is none (or it is taken). */
export function claimEarlyPlayer(videoId: string): EarlyPlayer | undefined {
  const early = untaken(videoId);
  if (early) early.claimed = true;
  return early;
}
