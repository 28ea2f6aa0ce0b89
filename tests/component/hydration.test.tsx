/**
 * A prerendered page (src/prerender) is taken over by hydration: the browser's first render must match the
 * build's HTML exactly, and only then apply what the address adds (`?t=`, library filters).
 */
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { loadPage } from '../../src/app/pageData.ts';
import { setPrerenderedPath } from '../../src/lib/router.tsx';
import { expectActive, line, SEED_SLUG } from './helpers.tsx';

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  setPrerenderedPath('/');
});

/** Renders `path` as the build does, puts it in the page, opens `address` and hydrates. */
async function hydrate(path: string, address: string) {
  setPrerenderedPath(path);
  await loadPage(path);
  const html = renderToString(<App />);
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  window.history.replaceState(null, '', address);
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

  it('takes over the library without a mismatch, then applies the filters in the address', async () => {
    const { html, errors } = await hydrate('/', '/?q=nothing-matches-this');
    expect(html).toContain('Preparing for a Data Science Interview');
    expect(errors).toEqual([]);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('nothing-matches-this');
    expect(screen.getByText(/No episode matches/)).toBeInTheDocument();
  });
});
