/**
 * A prerendered page (src/prerender) is taken over by hydration: the browser's first render must match the
 * build's HTML exactly, and only then apply what the address adds (`?t=`, library filters).
 */
import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { forgetTexts } from '../../src/app/pageData.ts';
import { renderPage } from '../../src/prerender/renderPage.tsx';
import { setPrerenderedPath } from '../../src/lib/router.tsx';
import { expectActive, line, SEED_SLUG, transcript } from './helpers.tsx';

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  setPrerenderedPath('/');
});

/** Renders `path` as the build does, puts it in the page, opens `address` and hydrates. */
async function hydrate(path: string, address: string, beforeHydrating?: (page: HTMLElement) => void) {
  const html = await renderPage(path); // with every lazy part resolved, as the build writes it
  forgetTexts(); // the browser hydrating has the lines in the page, not their texts
  // The browser starts from what the build loaded, but with the lazy parts' code not in yet.
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  window.history.replaceState(null, '', address);
  beforeHydrating?.(container);
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container!, <App />, { onRecoverableError: (error) => void errors.push(error) });
  });
  return { html, errors };
}

describe('hydrating a prerendered page', () => {
  it('takes over an episode page without a mismatch, then opens at the ?t= of its address', async () => {
    const path = `/episodes/${SEED_SLUG}`;
    const { html, errors } = await hydrate(path, `${path}?t=1826`);
    expect(html).toContain('There are two elements to that.');
    expect(html).not.toContain('aria-current');
    expect(errors).toEqual([]);
    expectActive('30:26');
    expect(line('30:26')).toHaveTextContent('There are two elements to that.');
    expect(screen.getByRole('button', { name: 'Copy link at 30:26' })).toBeInTheDocument();
  });

  it("keeps the prerendered lines and the episode's details as they are, with nothing of React's on them", async () => {
    const path = `/episodes/${SEED_SLUG}`;
    const kept = '[data-line], .episode-details *';
    let before: Element[] = [];
    const { errors } = await hydrate(path, path, (page) => (before = [...page.querySelectorAll(kept)]));
    expect(errors).toEqual([]);
    const after = [...container!.querySelectorAll(kept)];
    expect(after.filter((element) => element.matches('[data-line]')).length).toBeGreaterThan(100);
    expect(after.length).toBe(before.length);
    expect(after.every((element, i) => element === before[i])).toBe(true);
    // An element React rendered or hydrated carries its fiber and props as `__react…` keys.
    const owned = (element: Element) => Object.keys(element).some((key) => key.startsWith('__react'));
    expect(after.filter(owned)).toEqual([]);
    expect(owned(container!.querySelector('.line-block')!)).toBe(true);
    expect(owned(container!.querySelector('.episode-details')!)).toBe(true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Master ML & Data Science Technical Interviews/,
    );
    expect(screen.getByRole('list', { name: 'Guests' })).toHaveTextContent('Luke Whipps');
  });

  it('renders the lines once the app comes back to the prerendered episode from another page', async () => {
    const path = `/episodes/${SEED_SLUG}`;
    await hydrate(path, path);
    await act(async () => screen.getByRole('link', { name: /all episodes/ }).click());
    const card = await screen.findByRole('link', { name: /Preparing for a Data Science Interview/ });
    expect(screen.queryByRole('region', { name: 'Transcript' })).not.toBeInTheDocument();
    await act(async () => card.click());
    // The page is rendered anew in the browser: its lines' words are loaded and rendered this time.
    await waitFor(() => expect(line('30:26')).toHaveTextContent('There are two elements to that.'));
    expect(transcript().querySelectorAll('.line-block:empty')).toHaveLength(0);
    // And so are the episode's details, whose code came with the words.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Master ML & Data Science Technical Interviews/,
    );
    expect(screen.getByRole('list', { name: 'Guests' })).toHaveTextContent('Luke Whipps');
  });

  it('takes over the library without a mismatch, then applies the filters in the address', async () => {
    const { html, errors } = await hydrate('/', '/?q=nothing-matches-this');
    expect(html).toContain('Preparing for a Data Science Interview');
    expect(errors).toEqual([]);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('nothing-matches-this');
    expect(screen.getByText(/No episode matches/)).toBeInTheDocument();
  });
});
