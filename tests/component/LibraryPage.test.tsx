import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LibraryPage } from '../../src/library/LibraryPage.tsx';
import { summaries } from '../fixtures/summaries.ts';

const episodes = summaries;

function renderLibrary(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  return render(<LibraryPage episodes={episodes} />);
}

const cardTitles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('the library', () => {
  it('shows every episode as a card, newest first, each linking to its page', () => {
    renderLibrary();
    expect(cardTitles()).toEqual(['MLOps in finance', 'A/B testing', 'Building data teams']);
    const card = screen.getByRole('link', { name: 'MLOps in finance' }).closest('li')!;
    expect(screen.getByRole('link', { name: 'MLOps in finance' })).toHaveAttribute('href', '/episodes/mlops');
    expect(card).toHaveTextContent('S17 E5 · 1 h · Jan 29, 2024');
    expect(card).toHaveTextContent('Nemanja Radojković');
    expect(within(card).getByRole('list', { name: 'Topics' })).toHaveTextContent('MLOpsFinance');
    expect(card.querySelector('img')).toHaveAttribute('src', 'https://i.ytimg.com/vi/abcdefghijk/mqdefault.jpg');
  });

  it('replaces a thumbnail that fails to load, or is missing, with a placeholder', () => {
    renderLibrary();
    const card = screen.getByRole('link', { name: 'MLOps in finance' }).closest('li')!;
    fireEvent.error(card.querySelector('img')!);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.thumbnail-placeholder')).toHaveTextContent('S17 E5');
    const noVideo = screen.getByRole('link', { name: 'A/B testing' }).closest('li')!;
    expect(noVideo.querySelector('.thumbnail-placeholder')).toHaveTextContent('S7 E6');
  });

  it('searches as you type, keeping the query in the address without a history entry per key', () => {
    renderLibrary();
    const length = window.history.length;
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'jakob' } });
    expect(cardTitles()).toEqual(['A/B testing', 'Building data teams']);
    fireEvent.change(box, { target: { value: 'jakob hiring' } });
    expect(cardTitles()).toEqual(['Building data teams']);
    expect(window.location.search).toBe('?q=jakob+hiring');
    expect(window.history.length).toBe(length);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 episodes match');
  });

  it('filters by topic and guest and sorts, each choice a history entry', () => {
    renderLibrary();
    const length = window.history.length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'MLOps' } });
    expect(cardTitles()).toEqual(['MLOps in finance', 'Building data teams']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Guest' }), { target: { value: 'jakob' } });
    expect(cardTitles()).toEqual(['Building data teams']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Guest' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'oldest' } });
    expect(cardTitles()).toEqual(['Building data teams', 'MLOps in finance']);
    expect(window.location.search).toBe('?topic=MLOps&sort=oldest');
    expect(window.history.length).toBe(length + 4);
  });

  it('offers topic counts and guest names to filter by', () => {
    renderLibrary();
    const topics = within(screen.getByRole('combobox', { name: 'Topic' })).getAllByRole('option');
    expect(topics.map((o) => o.textContent)).toEqual([
      'All topics',
      'MLOps (2)',
      'Experimentation (1)',
      'Finance (1)',
      'Hiring (1)',
    ]);
    const guests = within(screen.getByRole('combobox', { name: 'Guest' })).getAllByRole('option');
    expect(guests.map((o) => o.textContent)).toEqual([
      'All guests',
      'Jakob Graff',
      'Nemanja Radojković',
      'Tammy Liang',
    ]);
  });

  it('restores its filters from the address, and follows back and forward', () => {
    renderLibrary('?guest=jakob&sort=title');
    expect(cardTitles()).toEqual(['A/B testing', 'Building data teams']);
    expect(screen.getByRole('combobox', { name: 'Guest' })).toHaveValue('jakob');
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('title');
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'Hiring' } });
    expect(cardTitles()).toEqual(['Building data teams']);
    act(() => {
      window.history.replaceState(null, '', '/?guest=jakob&sort=title');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(cardTitles()).toEqual(['A/B testing', 'Building data teams']);
  });

  it('says when nothing matches and clears the filters, keeping the sort order', () => {
    renderLibrary('?q=quantum&topic=Finance&sort=oldest');
    expect(cardTitles()).toEqual([]);
    expect(screen.getByText('No episode matches “quantum” with the topic Finance.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardTitles()).toEqual(['Building data teams', 'A/B testing', 'MLOps in finance']);
    expect(window.location.search).toBe('?sort=oldest');
  });

  it('ignores nonsense in the address', () => {
    renderLibrary('?sort=random&topic=Nope&guest=');
    expect(cardTitles()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });
});
