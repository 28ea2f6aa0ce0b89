/** The playback speed: the control, the keys, YouTube's own controls, and the speed remembered across episodes. */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentPlayer, players } from './fakePlayer.tsx';
import { fixture, press, renderEpisode, seed } from './helpers.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  players.length = 0;
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

const speed = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Speed' });

describe('playback speed', () => {
  it('is chosen beside the player and applied through the player', async () => {
    await renderEpisode(seed());
    expect(speed().value).toBe('1');
    fireEvent.change(speed(), { target: { value: '1.5' } });
    expect(currentPlayer().rate).toBe(1.5);
    expect(speed().value).toBe('1.5');
  });

  it('steps with < and >, stopping at 0.5× and 2×', async () => {
    await renderEpisode(seed());
    press('>');
    expect(currentPlayer().rate).toBe(1.25);
    for (let i = 0; i < 6; i++) press('>');
    expect(currentPlayer().rate).toBe(2);
    for (let i = 0; i < 9; i++) press('<');
    expect(currentPlayer().rate).toBe(0.5);
    expect(speed().value).toBe('0.5');
  });

  it("follows a speed set in YouTube's own controls, even one it does not offer", async () => {
    await renderEpisode(seed());
    currentPlayer().userSetsRate(1.1);
    expect(speed().value).toBe('1.1');
    expect(screen.getByRole('option', { name: '1.1×' })).toBeInTheDocument();
  });

  it('is remembered in the next episode opened', async () => {
    await renderEpisode(seed());
    press('>');
    press('>');
    cleanup();
    await renderEpisode(fixture('headers'));
    expect(speed().value).toBe('1.5');
    expect(currentPlayer().rate).toBe(1.5);
  });
});
