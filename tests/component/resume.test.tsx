/** Resume: the place kept while playing, and "Resume at" when the episode is opened again. */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLACE_PREFIX, readPlace } from '../../src/resume/places.ts';
import { WRITE_EVERY_MS } from '../../src/resume/rememberPlace.ts';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { press, renderEpisode, seed, SEED_SLUG } from './helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'Date'] });
  players.length = 0;
});
afterEach(() => vi.useRealTimers());

// Found by its place, not by role: role queries over a whole episode page take seconds in jsdom.
const resume = () => document.querySelector<HTMLButtonElement>('.resume-offer button');

/** Opens the seed at 32:00, plays 10 s to 32:10 and pauses. */
async function leaveAt3210() {
  await renderEpisode(seed(), '?t=1920');
  press('k');
  advance(10);
  press('k');
}

describe('resume', () => {
  it('keeps the place on pause and offers it when the episode is opened again', async () => {
    await leaveAt3210();
    expect(readPlace(SEED_SLUG)).toMatchObject({ seconds: 1930, finished: false });
    cleanup();

    await renderEpisode(seed());
    expect(resume()).toHaveAccessibleName('Resume at 32:10');
    expect(document.querySelector('.resume-left')).toHaveTextContent(/^\d+ min left$/);
    act(() => resume()!.click());
    expect(currentPlayer().calls).toEqual(['seekTo 1930', 'play']);
    expect(resume()).toBeNull();
  });

  it('lets a link with ?t= win over the kept place', async () => {
    await leaveAt3210();
    cleanup();
    await renderEpisode(seed(), '?t=600');
    expect(resume()).toBeNull();
    expect(currentPlayer().time).toBe(600);
  });

  it('goes away once the reader plays from anywhere else', async () => {
    await leaveAt3210();
    cleanup();
    await renderEpisode(seed());
    press('k');
    expect(resume()).toBeNull();
  });

  it('writes while playing at most every few seconds, and when the tab is hidden or the page left', async () => {
    await renderEpisode(seed(), '?t=1920');
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    press('k');
    for (let i = 0; i < 60; i++) {
      advance(1);
      act(() => vi.advanceTimersByTime(1000));
    }
    const placeWrites = () => writes.mock.calls.filter(([key]) => key.startsWith(PLACE_PREFIX)).length;
    // A minute of playback at one write per WRITE_EVERY_MS, give or take the first.
    expect(placeWrites()).toBeLessThanOrEqual(60_000 / WRITE_EVERY_MS + 1);
    expect(placeWrites()).toBeGreaterThanOrEqual(60_000 / WRITE_EVERY_MS - 1);

    const before = placeWrites();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(placeWrites()).toBe(before + 1);
    expect(readPlace(SEED_SLUG)?.seconds).toBe(1980);
  });

  it('keeps nothing for a page opened at a link and left without playing', async () => {
    const { unmount } = await renderEpisode(seed(), '?t=1920');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    unmount();
    expect(readPlace(SEED_SLUG)).toBeUndefined();
  });

  it('offers nothing for an episode watched to its end, or barely started', async () => {
    const episode = seed();
    await renderEpisode(episode, `?t=${Math.ceil(episode.lines.at(-1)!.start)}`);
    press('k');
    advance(2); // past the final line's start
    press('k');
    expect(readPlace(SEED_SLUG)?.finished).toBe(true);
    cleanup();
    await renderEpisode(seed());
    expect(resume()).toBeNull();
    cleanup();

    await renderEpisode(seed(), '?t=5');
    press('k');
    advance(5);
    press('k');
    expect(readPlace(SEED_SLUG)).toBeUndefined();
  });

  it('works without storage: disabled, it neither breaks the page nor offers anything', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    await leaveAt3210();
    cleanup();
    await renderEpisode(seed());
    expect(resume()).toBeNull();
    expect(screen.getByRole('region', { name: 'Transcript' })).toBeInTheDocument();
  });
});
