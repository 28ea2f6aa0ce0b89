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
 */

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
}

/** `problem`: the API script did not load. The others are the IFrame API's events of the same names. */
export type EarlyEvent = ['ready'] | ['state', number] | ['rate', number] | ['error', number] | ['problem'];

declare global {
  interface Window {
    __earlyPlayer?: EarlyPlayer;
  }
}

/** The attribute that marks the slot the early player is made in (a React element with no children of React's). */
export const EARLY_SLOT_ATTRIBUTE = 'data-early-player';

/**
 * The script, as the page carries it (its hash goes into the page's Content-Security-Policy). The same text on
 * every page with a video: what it plays comes from the slot. The player's settings match YouTubeVideo.tsx's.
 * `?t=` wins over `#t=`, as in src/share/timeParam.ts; only the plain seconds the app's own links carry are
 * read here, and any other form waits for the app's reading.
 */
export const EARLY_PLAYER_SCRIPT = [
  '(function(){',
  'var p={videoId:"",start:0,wait:false,player:null,events:[],listener:null},api=false;window.__earlyPlayer=p;',
  'function emit(n,d){var e=d===undefined?[n]:[n,d];if(p.listener)p.listener.apply(null,e);else p.events.push(e)}',
  'function asked(part){var m=/(?:^|&)t=([^&]*)/.exec(part.slice(1));return m?m[1]:null}',
  'var raw=asked(location.search);if(raw===null)raw=asked(location.hash);',
  'var plain=raw===null?["","0"]:/^(\\d+)s?(?:,\\d+s?)?$/.exec(raw);',
  'if(plain)p.start=+plain[1];else p.wait=true;',
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
  'onReady:function(){named();emit("ready")},',
  'onStateChange:function(e){emit("state",e.data)},',
  'onPlaybackRateChange:function(e){emit("rate",e.data)},',
  'onError:function(e){emit("error",e.data)}}});',
  'named()};',
  // As youtube-player does: an API already in the page is used as it is.
  'if(window.YT&&typeof window.YT.Player==="function"){api=true;p.create();return}',
  'var previous=window.onYouTubeIframeAPIReady;',
  'window.onYouTubeIframeAPIReady=function(){if(previous)previous();api=true;p.create()};',
  'var s=document.createElement("script");s.async=true;',
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
