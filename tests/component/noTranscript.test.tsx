/** An episode published before its transcript: its page and its library card. */
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../src/library/LibraryPage.tsx';
import { summaries } from '../fixtures/summaries.ts';
import { advance, currentPlayer, players } from './fakePlayer.tsx';
import { fixture, press, renderEpisode, transcript } from './helpers.tsx';

beforeEach(() => {
  players.length = 0;
});

const episode = fixture('no-transcript');

describe('the page of an episode without a transcript', () => {
  it('has the video, the details and show notes, and says "No transcript yet" where the transcript goes', async () => {
    await renderEpisode(episode);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No transcript');
    expect(screen.getByText('Notes only.')).toBeInTheDocument();
    expect(screen.getByText('1 h 2 min')).toBeInTheDocument();
    expect(transcript()).toHaveTextContent(/^Transcript\s*No transcript yet\.$/);
    expect(currentPlayer().videoId).toBe('abcdefghijk');
    expect(screen.queryByRole('navigation', { name: 'Chapters' })).toBeNull();
    expect(document.querySelector('.chapter-timeline')).toBeNull();
    // The video note does not point to a transcript that is not there.
    expect(screen.queryByText(/The transcript still works/)).toBeNull();
  });

  it("plays, skips and shares without a transcript, and keeps a ?t= link past the file's duration", async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      await renderEpisode(episode, '?t=3750');
      expect(currentPlayer().start).toBe(3750);
      press('k');
      expect(currentPlayer().state).toBe('playing');
      press('l');
      expect(currentPlayer().time).toBe(3760);
      for (const key of ['j', 'n', 'p', 'ArrowDown', 'Home']) press(key);
      advance(2);
      expect(currentPlayer().time).toBe(3752);
      expect(screen.getByRole('button', { name: /^Copy link at 1:02:32/ })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('its library card', () => {
  it('says there is no transcript yet, and shows no length it does not know', () => {
    window.history.replaceState(null, '', '/');
    const untranscribed = { ...summaries[1]!, lineCount: 0, sectionCount: 0, duration: 0 };
    render(<LibraryPage episodes={[summaries[0]!, untranscribed, summaries[2]!]} />);
    const card = screen.getByRole('link', { name: 'A/B testing' }).closest('li')!;
    expect(within(card).getByText('No transcript yet')).toBeInTheDocument();
    expect(card.querySelector('.card-facts')).toHaveTextContent(/^S7 E6$/);
    const other = screen.getByRole('link', { name: 'MLOps in finance' }).closest('li')!;
    expect(within(other).queryByText('No transcript yet')).toBeNull();
  });
});
