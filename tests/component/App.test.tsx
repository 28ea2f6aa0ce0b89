import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { players } from './fakePlayer.tsx';

const SEED_TITLE = 'Master ML & Data Science Technical Interviews: Recruiter-Proven Stages, Prep & Resources';

function open(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

function back() {
  act(() => window.history.back());
  return act(() => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true })));
}

describe('navigation', () => {
  it('goes from the library to an episode and back, keeping the filters, with a title for each page', async () => {
    open('/?topic=Hiring');
    const card = await screen.findByRole('link', { name: 'Preparing for a Data Science Interview' });
    await waitFor(() => expect(document.title).toBe('Episodes · Transcript Player'));
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Hiring');

    fireEvent.click(card);
    const heading = await screen.findByText(SEED_TITLE, { selector: 'h1' });
    expect(window.location.pathname).toBe('/episodes/s12e06-preparing-for-data-science-interview');
    await waitFor(() => expect(document.title).toBe('Preparing for a Data Science Interview · Transcript Player'));
    expect(heading).toHaveFocus();

    await back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Episodes' })).toBeInTheDocument();
    expect(window.location.search).toBe('?topic=Hiring');
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('Hiring');
  });

  it('returns to the second an episode was left at', async () => {
    open('/episodes/s12e06-preparing-for-data-science-interview?t=1826');
    await screen.findByText(SEED_TITLE, { selector: 'h1' });
    const line = [...document.querySelectorAll('[data-line]')].find((b) => b.textContent?.startsWith('32:27 '))!;
    fireEvent.click(line);
    fireEvent.click(screen.getByText('Transcript Player').closest('a')!);
    await screen.findByRole('heading', { level: 1, name: 'Episodes' });
    await back();
    await screen.findByText(SEED_TITLE, { selector: 'h1' });
    expect(players.at(-1)!.start).toBe(1947);
  });

  it('shows a not-found page with a way back for an unknown episode or path', async () => {
    open('/episodes/no-such-episode');
    // The page's code is a chunk of its own.
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no episode at this address.')).toBeInTheDocument();
    // Set once the page is shown (an effect), which a busy machine can let a check see before.
    await waitFor(() => expect(document.title).toBe('Not found · Transcript Player'));
    fireEvent.click(screen.getByRole('link', { name: 'Browse all episodes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Episodes' })).toHaveFocus();
  });

  it('shows not found for other paths too', async () => {
    open('/some/where/else');
    expect(await screen.findByText('There is no page at this address.')).toBeInTheDocument();
  });
});
