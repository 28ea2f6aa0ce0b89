/** The library and the places kept in this browser: progress on cards, "Continue watching", clearing. */
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LibraryPage } from '../../src/library/LibraryPage.tsx';
import { PLACE_PREFIX, serialisePlace, writePlace, type Place } from '../../src/resume/places.ts';
import { summaries } from '../fixtures/summaries.ts';

const place = (seconds: number, at: number, extra: Partial<Place> = {}): Place => ({
  seconds,
  at,
  duration: 3600,
  finished: false,
  ...extra,
});

function renderLibrary(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  return render(<LibraryPage episodes={summaries} />);
}

const row = () => screen.queryByRole('region', { name: 'Continue watching' });
const rowLinks = () => within(row()!).getAllByRole('link');

describe('continue watching', () => {
  it('lists started, unfinished episodes, most recent first, each opening at its place', () => {
    writePlace('mlops', place(1930, 100));
    writePlace('ab-testing', place(600, 200));
    writePlace('data-teams', place(3590, 300, { finished: true }));
    renderLibrary();
    expect(rowLinks().map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^A\/B testingResume at 10:00 · 50 min left$/),
      expect.stringMatching(/^MLOps in financeResume at 32:10 · 28 min left$/),
    ]);
    expect(rowLinks()[1]).toHaveAttribute('href', '/episodes/mlops?t=1930');
  });

  it("shows each card's progress, and a watched one as watched", () => {
    writePlace('mlops', place(1930, 100));
    writePlace('data-teams', place(3590, 300, { finished: true }));
    renderLibrary();
    const card = (title: string) => screen.getAllByRole('link', { name: title }).at(-1)!.closest('li')!;
    const grid = document.querySelector('.episode-grid')!;
    expect(within(grid as HTMLElement).getByText('28 min left')).toBeInTheDocument();
    expect(card('Building data teams')).toHaveTextContent('Watched');
    expect(card('A/B testing')).not.toHaveTextContent(/left|Watched/);
  });

  it('forgets one episode, or all of them', () => {
    writePlace('mlops', place(1930, 100));
    writePlace('ab-testing', place(600, 200));
    renderLibrary();
    act(() => screen.getByRole('button', { name: 'Remove A/B testing from Continue watching' }).click());
    expect(rowLinks()).toHaveLength(1);
    expect(localStorage.getItem(`${PLACE_PREFIX}ab-testing`)).toBeNull();
    act(() => screen.getByRole('button', { name: 'Clear all' }).click());
    expect(row()).toBeNull();
    expect(screen.queryByText(/min left/)).toBeNull();
  });

  it('updates when another tab writes a place', () => {
    renderLibrary();
    expect(row()).toBeNull();
    const key = `${PLACE_PREFIX}mlops`;
    localStorage.setItem(key, serialisePlace(place(1930, 100)));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key })));
    expect(rowLinks()).toHaveLength(1);
  });

  it('ignores garbage, and is hidden while the library is filtered', () => {
    localStorage.setItem(`${PLACE_PREFIX}mlops`, '{"v":1,"t":"soon"}');
    localStorage.setItem(`${PLACE_PREFIX}ab-testing`, serialisePlace(place(600, 1)));
    const { unmount } = renderLibrary();
    expect(rowLinks().map((link) => link.getAttribute('href'))).toEqual(['/episodes/ab-testing?t=600']);
    unmount();
    renderLibrary('?q=testing');
    expect(row()).toBeNull();
  });
});
