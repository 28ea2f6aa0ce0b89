/** Search inside an episode: the field, its keys, the marks, the count and what the reader hears. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_AFTER_MS } from '../../src/search/EpisodeSearchBar.tsx';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { expectActive, line, openSearchByKey, press, renderEpisode, seed, transcript } from './helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
  players.length = 0;
});
afterEach(() => vi.useRealTimers());

const field = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search the transcript' });
const count = () => document.getElementById('transcript-search-count')!.textContent;
const marks = () => [...transcript().querySelectorAll('mark.search-match')].map((mark) => mark.textContent);
const current = () => transcript().querySelectorAll('mark.search-match-current');
const announced = () => within(screen.getByRole('search')).getByRole('status').textContent;
const backToNow = () => document.querySelector<HTMLElement>('.back-to-now');

/**
 * Lets the page's scheduled tasks run (a long search's slices, the marks out of view in chunks: 100 ms of
 * the fake clock), each in its own act() so that React renders between them, as a browser does.
 */
function settle() {
  for (let ms = 0; ms < 100; ms += 4) act(() => vi.advanceTimersByTime(4));
}

function type(value: string) {
  act(() => void fireEvent.change(field(), { target: { value } }));
  settle();
}
const key = (name: string, init: KeyboardEventInit = {}) =>
  act(() => void fireEvent.keyDown(field(), { key: name, ...init }));

describe('searching an episode', () => {
  it('opens with / and with the header button, with the keyboard in the field', async () => {
    await renderEpisode(seed());
    expect(screen.queryByRole('searchbox')).toBeNull();
    await openSearchByKey();
    expect(field()).toHaveFocus();
    act(() => void fireEvent.keyDown(field(), { key: 'Escape' }));
    expect(screen.queryByRole('searchbox')).toBeNull();
    act(() => screen.getByRole('button', { name: /Search transcript/ }).click());
    expect(field()).toHaveFocus();
  });

  it("keeps what is typed before the search's code is in, and searches for it", async () => {
    await renderEpisode(seed());
    press('/'); // the field stands in at once; the search's code is still on its way
    expect(field()).toHaveFocus();
    act(() => void fireEvent.change(field(), { target: { value: 'neural' } }));
    await act(() => vi.dynamicImportSettled());
    settle();
    expect(field()).toHaveValue('neural');
    expect(field()).toHaveFocus();
    // The caret after the words, not them selected: the next key adds to them.
    expect([field().selectionStart, field().selectionEnd]).toEqual([6, 6]);
    expect(marks().length).toBeGreaterThan(0);
    expect(count()).toMatch(/^1 of \d+$/);
  });

  it('opens searching for what was typed after a `/` pressed before the app ran', async () => {
    window.__earlySearch = 'neural'; // as the page's own script keeps it (src/search/earlySearch.ts)
    await renderEpisode(seed());
    expect(window.__earlySearch).toBeNull();
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('neural');
    settle();
    expect([field().selectionStart, field().selectionEnd]).toEqual([6, 6]);
    expect(marks().length).toBeGreaterThan(0);
    expect(count()).toMatch(/^1 of \d+$/);
  });

  it('keeps every key typed while the real field takes over from the stand-in', async () => {
    await renderEpisode(seed());
    press('/');
    // As in a browser, React's work runs in tasks of its own between the reader's keys (no act() here), so
    // keys land at every step of the handover: the code arriving, the page rendering with it, the swap.
    const reactActEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    reactActEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const nextTask = () => new Promise((resolve) => setImmediate(resolve));
    let typed = '';
    try {
      // A letter per task until the real field is there, however long its code takes to come.
      const words = 'neural network ';
      while (screen.getByRole('search').getAttribute('aria-busy') === 'true') {
        typed += words[typed.length % words.length];
        fireEvent.change(field(), { target: { value: typed } });
        await nextTask();
      }
      for (let task = 0; task < 20; task++) await nextTask();
    } finally {
      reactActEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(screen.getByRole('search')).not.toHaveAttribute('aria-busy');
    expect(field()).toHaveValue(typed);
    expect(field()).toHaveFocus();
    settle();
    expect(marks().length).toBeGreaterThan(0);
  });

  it('closes the stand-in field with Escape, and opens nothing once the code is in', async () => {
    await renderEpisode(seed());
    const start = line('1:41');
    act(() => start.focus());
    press('/', start);
    act(() => void fireEvent.keyDown(field(), { key: 'Escape' }));
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(start).toHaveFocus();
    await act(() => vi.dynamicImportSettled());
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('marks every match in place, folding case and quotes, the current one apart', async () => {
    await renderEpisode(seed());
    await openSearchByKey();
    type("WHAT'S");
    expect(marks().length).toBeGreaterThan(1);
    expect(new Set(marks().map((text) => text!.toLowerCase()))).toEqual(new Set(["what's", 'what’s']));
    expect(current()).toHaveLength(1);
    expect(count()).toBe(`1 of ${marks().length}`);
  });

  it('steps with Enter and Shift+Enter and the buttons, wrapping at both ends and saying so', async () => {
    await renderEpisode(seed());
    await openSearchByKey();
    type('recruit');
    const total = marks().length;
    expect(total).toBeGreaterThan(2);
    key('Enter');
    expect(count()).toBe(`2 of ${total}`);
    key('Enter', { shiftKey: true });
    key('Enter', { shiftKey: true });
    expect(count()).toBe(`${total} of ${total}Back at the last match`);
    expect(announced()).toMatch(new RegExp(`^Back at the last match. ${total} of ${total}, at \\d+:\\d\\d`));
    act(() => screen.getByRole('button', { name: 'Next match' }).click());
    expect(count()).toBe(`1 of ${total}Back at the first match`);
    act(() => screen.getByRole('button', { name: 'Previous match' }).click());
    expect(count()).toBe(`${total} of ${total}Back at the last match`);
  });

  it('says "No matches", and disables stepping, for what is not said', async () => {
    await renderEpisode(seed());
    await openSearchByKey();
    for (const query of ['zzqx', '.*(', '😀', 'x'.repeat(1000)]) {
      type(query);
      expect(count()).toBe('No matches');
      expect(marks()).toEqual([]);
    }
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
  });

  it('announces the count once typing pauses, not on every keystroke', async () => {
    await renderEpisode(seed());
    await openSearchByKey();
    act(() => void fireEvent.change(field(), { target: { value: 'neu' } }));
    act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2));
    act(() => void fireEvent.change(field(), { target: { value: 'neural' } }));
    act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2));
    expect(announced()).toBe('');
    act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_MS));
    expect(announced()).toBe(`${marks().length} matches`);
  });

  it('pauses following when it goes to a match, and never plays from it', async () => {
    await renderEpisode(seed(), '?t=1826');
    await openSearchByKey();
    type('neural');
    expect(backToNow()).toBeInTheDocument();
    key('Enter');
    expect(currentPlayer().calls).toEqual([]);
    expectActive('30:26');
  });

  it('plays from a match only when its line is clicked', async () => {
    await renderEpisode(seed());
    await openSearchByKey();
    type('neural');
    const mark = current()[0] as HTMLElement;
    act(() => mark.click());
    expect(currentPlayer().calls.at(-1)).toBe('play');
  });

  it('closes with Escape: marks gone, and the keyboard back where it was', async () => {
    await renderEpisode(seed());
    const start = line('1:41');
    act(() => start.focus());
    await openSearchByKey(start);
    type('neural');
    key('Escape');
    act(() => vi.advanceTimersByTime(100));
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(marks()).toEqual([]);
    expect(start).toHaveFocus();
  });

  it('finds section titles and speaker names', async () => {
    await renderEpisode(seed());
    await openSearchByKey();
    type('Luke Whipps');
    const places = [...transcript().querySelectorAll('mark.search-match')].map(
      (mark) => mark.closest('.section-header, .line-speaker, .line')!.className,
    );
    expect(places).toContain('section-header');
    expect(places).toContain('line-speaker');
  });

  it('keeps the spoken line moving while the reader searches', async () => {
    await renderEpisode(seed(), '?t=1826');
    press('k');
    await openSearchByKey();
    type('neural');
    advance(42.25);
    expectActive('31:08');
  });
});

describe('?q= in the address', () => {
  it('opens the episode searching, the first match current', async () => {
    await renderEpisode(seed(), '?q=neural');
    settle();
    expect(field().value).toBe('neural');
    expect(count()).toMatch(/^1 of \d+$/);
  });

  it('with ?t=, makes the first match at or after that second current, and keeps following', async () => {
    // The line spoken at 30:26 says "the" (and so do lines before it).
    await renderEpisode(seed(), '?t=1826&q=the');
    settle();
    const mark = current()[0]!;
    expect(mark.closest('[data-line]')).toBe(line('30:26'));
    expect(backToNow()).toBeNull();
  });

  it('opens normally with "No matches" when nothing matches', async () => {
    await renderEpisode(seed(), '?t=1826&q=zzqx');
    settle();
    expect(count()).toBe('No matches');
    expectActive('30:26');
  });
});
