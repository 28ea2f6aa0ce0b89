// @vitest-environment jsdom
/**
 * `/` before the app runs (src/search/earlySearch.ts): the page's own script keeps the query typed after it,
 * and the early player's `k` / Space (src/player/earlyPlayer.ts) stay letters of it meanwhile. The real
 * scripts run here, in a page shaped like the build's, on a recording player.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EARLY_CLICKS_SCRIPT } from '../../src/app/earlyClicks.ts';
import { EARLY_PLAYER_SCRIPT } from '../../src/player/earlyPlayer.ts';
import { takeEarlySearch } from '../../src/search/earlySearch.ts';
import { EARLY_SEARCH_SCRIPT } from '../../src/search/earlySearchScript.ts';
import { SEARCH_BUTTON_ID } from '../../src/search/SearchButton.tsx';

const PLAYING = 1;
const CUED = 5;

/** A player that is ready at once and records what it is asked. */
class RecordingPlayer {
  static made: RecordingPlayer[] = [];
  calls: string[] = [];
  state = CUED;
  constructor(_host: Element, options: { events: { onReady(event: object): void } }) {
    RecordingPlayer.made.push(this);
    queueMicrotask(() => options.events.onReady({ target: this }));
  }
  playVideo() {
    this.calls.push('playVideo');
    this.state = PLAYING;
  }
  pauseVideo() {
    this.calls.push('pauseVideo');
  }
  getPlayerState() {
    return this.state;
  }
}

const EPISODE_PAGE =
  `<header><button id="${SEARCH_BUTTON_ID}">Search transcript</button></header>` +
  '<div data-early-player data-video-id="vid" data-title="Episode"></div><input id="field">';

/** Presses a key with focus on the element (the page itself by default); whether the page answered it. */
function press(key: string, on: Element = document.body, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  on.dispatchEvent(event);
  return event.defaultPrevented;
}
const type = (keys: string[]) => keys.forEach((key) => press(key));

beforeEach(async () => {
  document.body.innerHTML = EPISODE_PAGE;
  window.__earlySearch = undefined;
  window.__earlyClicks = undefined;
  window.__earlyPlayer = undefined;
  RecordingPlayer.made = [];
  Object.assign(globalThis, { YT: { Player: RecordingPlayer } });
  new Function(EARLY_PLAYER_SCRIPT)();
  new Function(EARLY_CLICKS_SCRIPT)();
  new Function(EARLY_SEARCH_SCRIPT)();
  await Promise.resolve(); // the player's onReady
});
// Each test's scripts listen on the page for good: the app live (the clicks' list closed) quiets them.
afterEach(() => {
  window.__earlyClicks = null;
  window.__earlyPlayer!.claimed = true;
});

describe('keys pressed before the app runs', () => {
  it('keep `/` and the query typed after it, `k` and Space included, as the app will search it', () => {
    expect(press('/')).toBe(true);
    type(['k', 'u', 'b', 'e', ' ', 'k', 'z', 'Backspace', '8']);
    expect(takeEarlySearch()).toBe('kube k8');
    expect(RecordingPlayer.made[0]!.calls).toEqual([]);
  });

  it('leave Enter, Tab, arrows and keys with a modifier to the browser', () => {
    press('/');
    for (const key of ['Enter', 'Tab', 'ArrowDown', 'Shift']) expect(press(key), key).toBe(false);
    expect(press('f', document.body, { ctrlKey: true })).toBe(false);
    expect(press('a', document.body, { metaKey: true })).toBe(false);
    type(['d', '😀']);
    expect(takeEarlySearch()).toBe('d😀');
  });

  it('drop the query on Escape; `k` then plays, as the early player has it', () => {
    press('/');
    type(['d', 'a']);
    expect(press('Escape')).toBe(true);
    expect(press('k')).toBe(true);
    expect(RecordingPlayer.made[0]!.calls).toEqual(['playVideo']);
    expect(takeEarlySearch()).toBeNull();
  });

  it('Backspace takes back a whole emoji, and a query emptied this way stays open', () => {
    press('/');
    type(['a', '😀', 'Backspace', 'Backspace']);
    expect(takeEarlySearch()).toBe('');
  });

  it('leave typing in a field alone, and `/` there is a slash', () => {
    const field = document.getElementById('field')!;
    expect(press('/', field)).toBe(false);
    expect(takeEarlySearch()).toBeNull();
  });

  it('do nothing on a page without a transcript to search (the library)', () => {
    document.getElementById(SEARCH_BUTTON_ID)!.remove();
    expect(press('/')).toBe(false);
    expect(takeEarlySearch()).toBeNull();
  });

  it('are the app’s once it has taken the query, or gone live', () => {
    press('/');
    type(['d']);
    expect(takeEarlySearch()).toBe('d');
    expect(press('a')).toBe(false);
    expect(press('/')).toBe(false);
    window.__earlySearch = undefined;
    window.__earlyClicks = null;
    expect(press('/')).toBe(false);
  });
});
