/** Passages: a ?t=start,end link, "Play passage", quoting a line by keyboard and a selection. */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { expectActive, line, renderEpisode, seed, transcript } from './helpers.tsx';

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  players.length = 0;
  writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => vi.useRealTimers());

const marked = () =>
  [...transcript().querySelectorAll<HTMLElement>('[data-line][data-passage]')].map(
    (element) => element.querySelector('.line-time')!.textContent,
  );

describe('a passage link', () => {
  it('opens cued at its start with its lines marked', async () => {
    await renderEpisode(seed(), '?t=1826,1950');
    expectActive('30:26');
    expect(currentPlayer().start).toBe(1826);
    expect(marked()).toEqual(['30:26', '31:08', '32:01', '32:27']);
    expect(screen.queryByRole('button', { name: /^Resume at/ })).toBeNull();
  });

  it('plays the passage and pauses once at its end; the reader can play on', async () => {
    await renderEpisode(seed(), '#t=30:26,31:30');
    act(() => screen.getByRole('button', { name: 'Play passage 30:26–31:30' }).click());
    expect(currentPlayer().calls).toEqual(['seekTo 1826', 'play']);
    advance(63); // to 31:29
    expect(currentPlayer().state).toBe('playing');
    advance(2);
    expect(currentPlayer().calls.at(-1)).toBe('pause');
    act(() => currentPlayer().play());
    advance(5);
    expect(currentPlayer().state).toBe('playing');
  });

  it('is only a start when reversed', async () => {
    await renderEpisode(seed(), '?t=1961,1826');
    expect(marked()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Play passage/ })).toBeNull();
    expectActive('32:36');
  });
});

describe('quotes', () => {
  it('a focused line offers "Copy quote": its words, its speaker, the episode and its time range', async () => {
    const episode = seed();
    await renderEpisode(episode, '?t=1826');
    act(() => line('30:26').focus());
    act(() => screen.getByRole('button', { name: 'Copy quote' }).click());
    await act(async () => {});
    expect(writeText).toHaveBeenLastCalledWith(
      expect.stringMatching(
        new RegExp(`^“There are two elements to that\\..*” — Luke Whipps, ${episode.shortTitle} \\(30:26–31:08\\)\\n`),
      ),
    );
    expect(writeText.mock.calls.at(-1)![0]).toMatch(
      /\/episodes\/s12e06-preparing-for-data-science-interview\?t=1826,1868$/,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Quote copied');
  });

  it('selected words across lines are quoted without clocks or names, with a link to their passage', async () => {
    // jsdom lays nothing out: the popover is placed from a box a browser would measure.
    Range.prototype.getBoundingClientRect = () => new DOMRect(100, 200, 300, 40);
    await renderEpisode(seed(), '?t=1826');
    const from = line('30:26').querySelector('.line-text')!.firstChild!;
    const to = line('31:08').querySelector('.line-text')!.firstChild!;
    // Async: the popover shows once its code (loaded as the page went live) has been asked for.
    await act(async () => {
      const range = document.createRange();
      range.setStart(from, 0);
      range.setEnd(to, 'The person internally'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      vi.advanceTimersToNextFrame();
    });
    const toolbar = screen.getByRole('toolbar', { name: 'Share the selected words' });
    fireEvent.click(within(toolbar, 'Copy quote'));
    await act(async () => {});
    const quote = writeText.mock.calls.at(-1)![0] as string;
    expect(quote).toMatch(/^“There are two elements to that\. .* The person internally” — Luke Whipps, /);
    expect(quote).not.toMatch(/30:26 There|31:08 The/);
    expect(quote).toMatch(/\(30:26–32:01\)\n.*\?t=1826,1921$/);

    fireEvent.click(within(toolbar, 'Copy link to passage'));
    await act(async () => {});
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/\?t=1826,1921$/));
    expect(screen.getByRole('status')).toHaveTextContent('Link to passage 30:26–32:01 copied');
    expect(currentPlayer().calls, 'selecting and quoting never seek').toEqual([]);
  });
});

function within(toolbar: HTMLElement, name: string): HTMLElement {
  return [...toolbar.querySelectorAll<HTMLElement>('button')].find((button) => button.textContent === name)!;
}
