import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { EpisodePage } from '../../src/app/EpisodePage.tsx';
import { compileEpisode } from '../../src/episodes/compileEpisode.ts';
import { pageDataOf, textsOf } from '../../src/episodes/pageData.ts';
import type { EpisodeData } from '../../src/episodes/model.ts';

const root = join(import.meta.dirname, '..', '..');

function compile(path: string, slug: string): EpisodeData {
  const result = compileEpisode({ path, text: readFileSync(join(root, path), 'utf8'), slug });
  if (!result.episode) throw new Error(`${path} did not compile`);
  return result.episode;
}

export const SEED_SLUG = 's12e06-preparing-for-data-science-interview';
export const seed = () => compile(`episodes/${SEED_SLUG}.md`, SEED_SLUG);
export const fixture = (name: string) => compile(`tests/fixtures/episodes/${name}.md`, name);

/** Renders the episode page as if opened at `search` (e.g. `?t=1826`), once its lazily loaded player is in. */
export async function renderEpisode(episode: EpisodeData, search = '') {
  window.history.replaceState(null, '', `/episodes/${episode.slug}${search}`);
  const result = render(<EpisodePage episode={pageDataOf(episode)} texts={textsOf(episode)} />);
  await act(() => vi.dynamicImportSettled());
  return result;
}

export const transcript = () => screen.getByRole('region', { name: 'Transcript' });

/**
 * The spoken line whose time is `clock` (e.g. `30:26`). Found by its text rather than by role: role queries
 * over 150 lines are slow, and a test of the accessible name itself sits in the page tests.
 */
export function line(clock: string): HTMLElement {
  const found = [...transcript().querySelectorAll<HTMLElement>('[role="button"][data-line]')].find((element) =>
    element.textContent?.startsWith(`${clock} `),
  );
  if (!found) throw new Error(`no line at ${clock}`);
  return found;
}

export function activeLine(): HTMLElement | null {
  return transcript().querySelector('[role="button"][aria-current="true"]');
}

/** Expects the active line to be the one at `clock`. */
export function expectActive(clock: string) {
  expect(activeLine()?.textContent?.startsWith(clock), `active line: ${activeLine()?.textContent?.slice(0, 40)}`).toBe(
    true,
  );
}

/** Presses `/` and waits for the search's code, loaded on first use, to open the field. */
export async function openSearchByKey(target: Element = document.body) {
  press('/', target);
  await act(() => vi.dynamicImportSettled());
}

export function press(key: string, target: Element = document.body) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}
