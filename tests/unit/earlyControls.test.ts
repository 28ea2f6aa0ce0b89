// @vitest-environment jsdom
/**
 * The early player's controls (src/player/earlyPlayer.ts): from the player's onReady until the app takes the
 * player, the prerendered page's own script seeks on a click on a line or a section header and plays or pauses
 * on `k` and Space, as the app does; the app's replay of early clicks (src/app/earlyClicks.ts) leaves the
 * clicks it answered alone. The real script runs here, in a page shaped like the build's, on a recording player.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EARLY_CLICKS_SCRIPT, replayEarlyClicks } from '../../src/app/earlyClicks.ts';
import { claimEarlyPlayer, EARLY_PLAYER_SCRIPT, type EarlyPlayer } from '../../src/player/earlyPlayer.ts';
import { PLAYER_READY_MARK } from '../../src/player/readyMark.ts';

const PLAYING = 1;
const PAUSED = 2;
const CUED = 5;

interface Handlers {
  onReady(event: object): void;
  onError(event: { data: number }): void;
}

/** Records what is asked of it, and plays or pauses as asked. */
class RecordingPlayer {
  static made: RecordingPlayer[] = [];
  calls: Array<[string, ...unknown[]]> = [];
  state = CUED;
  handlers: Handlers;
  constructor(_host: Element, options: { events: Handlers }) {
    this.handlers = options.events;
    RecordingPlayer.made.push(this);
  }
  seekTo(seconds: number, allowSeekAhead: boolean) {
    this.calls.push(['seekTo', seconds, allowSeekAhead]);
  }
  playVideo() {
    this.calls.push(['playVideo']);
    this.state = PLAYING;
  }
  pauseVideo() {
    this.calls.push(['pauseVideo']);
    this.state = PAUSED;
  }
  getPlayerState() {
    return this.state;
  }
}

const line = (index: number, clock: string, text: string) =>
  `<div role="button" id="line-${index}" class="line" tabindex="-1" data-line="${index}">` +
  `<span class="line-time">${clock}</span> <span class="line-text">${text}</span></div>`;
const header = (index: number, clock: string) =>
  `<h3 class="section-header" id="section-${index}" data-section="${index}">` +
  `<span class="section-title">Part ${index}</span> <span class="section-time">${clock}</span></h3>`;

/**
 * The build's markup, reduced: lines 1 and 2 share 0:09 (line 2 starts part-way through it), and so does
 * section 1's first line; section 2 has no lines.
 */
const PAGE =
  '<div data-early-player data-video-id="vid" data-title="Episode"></div>' +
  `<div class="transcript-section">${header(0, '0:05')}<div class="line-block">` +
  `${line(0, '0:05', 'Hello')}${line(1, '0:09', 'Yes.')}${line(2, '0:09', 'Right.')}</div></div>` +
  `<div class="transcript-section">${header(1, '0:09')}<div class="line-block">` +
  `${line(3, '0:09', 'So.')}${line(4, '1:01:57', 'Late on.')}</div></div>` +
  `<div class="transcript-section">${header(2, '1:02:10')}</div>` +
  '<input id="field"><button id="copy" data-copy="0">Copy link</button>';

let early: EarlyPlayer;
let player: RecordingPlayer;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  performance.clearMarks(PLAYER_READY_MARK);
  RecordingPlayer.made = [];
  Object.assign(globalThis, { YT: { Player: RecordingPlayer } });
  window.__earlyPlayer = undefined;
  new Function(EARLY_PLAYER_SCRIPT)();
  new Function(EARLY_CLICKS_SCRIPT)();
  early = window.__earlyPlayer!;
  player = RecordingPlayer.made[0]!;
});

// Each run of the script listens on the document: the runs of earlier tests are taken, so they no longer act.
afterEach(() => {
  early.claimed = true;
});

const ready = () => player.handlers.onReady({ target: player });
const marks = () => performance.getEntriesByName(PLAYER_READY_MARK, 'mark').length;

/** Clicks the element; whether the click was answered (`preventDefault`). */
function click(selector: string): boolean {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  document.querySelector(selector)!.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Presses a key with focus on the element (the page itself by default); whether it was answered. */
function press(key: string, on: Element = document.body, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  on.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('the early player before it is ready', () => {
  it('is made at once, and acts on nothing and marks nothing until its onReady', () => {
    expect(RecordingPlayer.made).toHaveLength(1);
    expect(click('#line-0 .line-text')).toBe(false);
    expect(press('k')).toBe(false);
    expect(player.calls).toEqual([]);
    expect(marks()).toBe(0);
    expect(early.live).toBe(false);
  });
});

describe('the early player once ready', () => {
  beforeEach(ready);

  it('marks the player ready once, as its onReady fires, and is live', () => {
    expect(marks()).toBe(1);
    expect(early.live).toBe(true);
    expect(early.events).toEqual([['ready']]);
  });

  it("seeks a clicked line to its clock's second and plays, answering the click", () => {
    expect(click('#line-0 .line-text')).toBe(true);
    expect(player.calls).toEqual([['seekTo', 5, true], ['playVideo']]);
    player.calls = [];
    expect(click('#line-4')).toBe(true);
    expect(player.calls).toEqual([['seekTo', 3717, true], ['playVideo']]);
  });

  it('seeks a line that shares its clock with the line before to the next second, inside it, as links do', () => {
    click('#line-1');
    click('#line-2 .line-time');
    click('#line-3');
    expect(player.calls.filter(([method]) => method === 'seekTo')).toEqual([
      ['seekTo', 9, true],
      ['seekTo', 10, true],
      ['seekTo', 10, true],
    ]);
  });

  it("seeks a clicked section header to its first line's second, or its own clock when it has no lines", () => {
    click('#section-0 .section-title');
    click('#section-1');
    click('#section-2 .section-time');
    expect(player.calls).toEqual([
      ['seekTo', 5, true],
      ['playVideo'],
      ['seekTo', 10, true],
      ['playVideo'],
      ['seekTo', 3730, true],
      ['playVideo'],
    ]);
  });

  it('leaves clicks elsewhere, on controls and while selecting words in a line to the app', () => {
    expect(click('body')).toBe(false);
    expect(click('#copy')).toBe(false);
    document.querySelector('#line-0')!.insertAdjacentHTML('beforeend', '<button data-copy="0">Copy</button>');
    expect(click('#line-0 button')).toBe(false);
    const words = document.querySelector('#line-4 .line-text')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(words, 0, words, 4);
    expect(click('#line-4 .line-text')).toBe(false);
    expect(player.calls).toEqual([]);
  });

  it('a line whose clock cannot be read is left to the app', () => {
    document.querySelector('#line-0 .line-time')!.textContent = 'soon';
    expect(click('#line-0')).toBe(false);
    expect(player.calls).toEqual([]);
  });

  it('plays and pauses on k and Space, as the app does', () => {
    expect(press('k')).toBe(true);
    expect(player.state).toBe(PLAYING);
    expect(press(' ')).toBe(true);
    expect(player.state).toBe(PAUSED);
    expect(press('K', document.body, { shiftKey: true })).toBe(true);
    expect(player.calls).toEqual([['playVideo'], ['pauseVideo'], ['playVideo']]);
  });

  it('leaves other keys, keys with Ctrl, Alt or Meta, and keys in fields or on controls alone', () => {
    expect(press('j')).toBe(false);
    expect(press('Enter')).toBe(false);
    expect(press('k', document.body, { ctrlKey: true })).toBe(false);
    expect(press('k', document.body, { altKey: true })).toBe(false);
    expect(press(' ', document.body, { metaKey: true })).toBe(false);
    expect(press('k', document.querySelector('#field')!)).toBe(false);
    expect(press(' ', document.querySelector('#copy')!)).toBe(false);
    expect(press(' ', document.querySelector('#line-0')!), 'a line is a control: Space there is its own').toBe(false);
    expect(player.calls).toEqual([]);
  });

  it('stops acting the moment the app takes the player', () => {
    expect(claimEarlyPlayer('vid')).toBe(early);
    expect(click('#line-0')).toBe(false);
    expect(press('k')).toBe(false);
    expect(player.calls).toEqual([]);
  });

  it("leaves clicks to the app once it has taken the page's clicks over, and keys until it takes the player", () => {
    replayEarlyClicks();
    expect(click('#line-0')).toBe(false);
    expect(press('k')).toBe(true);
    expect(player.calls).toEqual([['playVideo']]);
  });

  it('steps aside when the video reports an error: that is the app to explain', () => {
    player.handlers.onError({ data: 150 });
    expect(early.live).toBe(false);
    expect(click('#line-0')).toBe(false);
    expect(press('k')).toBe(false);
    expect(player.calls).toEqual([]);
  });
});

describe("the app's replay of early clicks", () => {
  /** How often each line is clicked, from now on. */
  function countClicks(): Map<string, number> {
    const counts = new Map<string, number>();
    document.addEventListener('click', (event) => {
      const id = (event.target as Element).closest('[data-line]')?.id ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    return counts;
  }
  const aTask = () => new Promise((resolve) => setTimeout(resolve));

  it('does not make again a click the early player answered', async () => {
    ready();
    const counts = countClicks();
    click('#line-1');
    replayEarlyClicks();
    await aTask();
    expect(counts.get('line-1')).toBe(1);
    expect(player.calls).toEqual([['seekTo', 9, true], ['playVideo']]);
  });

  it('makes again the last click on a line made before the player was ready, and only the app answers it', async () => {
    const counts = countClicks();
    click('#line-1');
    ready();
    replayEarlyClicks();
    await aTask();
    expect(counts.get('line-1')).toBe(2);
    expect(player.calls, 'the replayed click is the app’s alone').toEqual([]);
  });
});
