/**
 * The library in every engine: search as you type, the topic and guest filters, and back with them intact; a
 * line found in the transcripts (Pagefind: its worker and WebAssembly) opens the episode at its second.
 */
import type { Driver } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { CONDITION_TIMEOUT, expectActive, find, pollEpisode, SEED } from './pages.ts';

/** The cards' titles, in the order shown, and the summary line. */
function readLibrary(tab: Driver) {
  return tab.evaluate(
    () => ({
      heading: document.querySelector('h1')?.textContent ?? null,
      titles: [...document.querySelectorAll('.episode-card .card-link')].map((link) => link.textContent ?? ''),
      summary: document.querySelector('.library-summary')?.textContent ?? '',
      transcripts: document.querySelector('.transcript-status')?.textContent ?? '',
      hits: [...document.querySelectorAll('.transcript-hit')].map((hit) => hit.textContent ?? ''),
      search: document.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? null,
      address: location.pathname + location.search,
    }),
    null,
  );
}

const pollLibrary = <T>(tab: Driver, pick: (state: Awaited<ReturnType<typeof readLibrary>>) => T) =>
  expect.poll(async () => pick(await readLibrary(tab)), { timeout: CONDITION_TIMEOUT });

/** The `<select>` labelled `label`, marked for the driver. */
const field = (tab: Driver, label: string) =>
  tab
    .evaluate((label) => {
      for (const old of document.querySelectorAll('[data-engine-target]')) old.removeAttribute('data-engine-target');
      const labelElement = [...document.querySelectorAll('label')].find((element) => element.textContent === label);
      const control = labelElement && document.getElementById(labelElement.htmlFor);
      control?.setAttribute('data-engine-target', '');
      return !!control;
    }, label)
    .then((found) => {
      expect(found, `a field labelled ${label}`).toBe(true);
      return '[data-engine-target]';
    });

const ALL = ['MLOps on a Budget', 'A/B Testing', 'Preparing for a Data Science Interview', 'No video'];

test('search as you type finds an episode by a word of its title; the search survives reload and back', async ({
  tab,
}) => {
  await tab.goto('/');
  await pollLibrary(tab, (state) => state.titles.filter((title) => !title.includes('Malicious'))).toEqual(ALL);
  const entries = await tab.evaluate(() => history.length, null);

  await tab.type(await field(tab, 'Search'), 'budget');
  await pollLibrary(tab, (state) => state.titles).toEqual(['MLOps on a Budget']);
  await pollLibrary(tab, (state) => state.address).toBe('/?q=budget');
  expect(await tab.evaluate(() => history.length, null), 'typing leaves no history entry per key').toBe(entries);

  await tab.reload();
  await pollLibrary(tab, (state) => state.search).toBe('budget');
  await pollLibrary(tab, (state) => state.titles).toEqual(['MLOps on a Budget']);

  await tab.click(await find(tab, '.card-link', 'MLOps on a Budget'));
  await pollLibrary(tab, (state) => state.heading).toBe('MLOps on a Budget: Shipping Models with a Small Team');
  await tab.back();
  await pollLibrary(tab, (state) => state.search).toBe('budget');
  await pollLibrary(tab, (state) => state.titles).toEqual(['MLOps on a Budget']);
});

test('the guest and topic filters narrow the list, live in the address, and come back with back', async ({ tab }) => {
  await tab.goto('/');
  await pollLibrary(tab, (state) => state.titles.length).toBe(5);

  await tab.select(await field(tab, 'Guest'), 'mariagarcia');
  await pollLibrary(tab, (state) => state.address).toBe('/?guest=mariagarcia');
  await pollLibrary(tab, (state) => state.titles).toEqual(['A/B Testing']);
  await pollLibrary(tab, (state) => state.summary).toBe('1 of 5 episodes match');

  await tab.click(await find(tab, '.card-link', 'A/B Testing'));
  await pollLibrary(tab, (state) => state.address).toBe('/episodes/s13e01-product-experiments');
  await tab.back();
  await pollLibrary(tab, (state) => state.address).toBe('/?guest=mariagarcia');
  await pollLibrary(tab, (state) => state.titles).toEqual(['A/B Testing']);

  await tab.select(await field(tab, 'Guest'), '');
  await tab.select(await field(tab, 'Topic'), 'experimentation');
  await pollLibrary(tab, (state) => state.address).toBe('/?topic=experimentation');
  await pollLibrary(tab, (state) => state.titles).toEqual(['A/B Testing']);
  await tab.select(await field(tab, 'Topic'), 'mlops');
  await pollLibrary(tab, (state) => state.titles).toEqual(['MLOps on a Budget']);
});

test('a line found in the transcripts opens its episode at the second it was said, with the query', async ({ tab }) => {
  await tab.goto('/');
  await pollLibrary(tab, (state) => state.titles.length).toBe(5);
  await tab.type(await field(tab, 'Search'), 'pre-research');
  await pollLibrary(tab, (state) => state.transcripts).toBe('Found in the transcripts of 1 episode.');
  await pollLibrary(tab, (state) => state.hits.map((hit) => hit.slice(0, 8))).toEqual(['30:26 · ']);

  await tab.click(await find(tab, '.transcript-hit', '30:26 ·'));
  await pollLibrary(tab, (state) => state.address).toBe(`${SEED}?t=1826&q=pre-research`);
  await expectActive(tab, '30:26 There are two elements to that.');
  await pollEpisode(tab, (state) => state.player?.start).toBe(1826);
});
