/** Searching inside an episode, in every engine: by keyboard, stepping round the ends, and a `?q=` link. */
import type { Driver } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { clickButton, CONDITION_TIMEOUT, expectActive, openEpisode, pollEpisode, SEED } from './pages.ts';

interface SearchState {
  count: string | null;
  marks: number;
  /** Where the current match sits in the transcript's scroll area, or null without one. */
  current: 'inside' | 'outside' | null;
  /** Whether the current match is in the spoken line. */
  currentInActive: boolean;
  focusedField: boolean;
  pageScrollY: number;
}

function readSearch(tab: Driver): Promise<SearchState> {
  return tab.evaluate(() => {
    const current = document.querySelector('.transcript mark.search-match-current');
    let placement: SearchState['current'] = null;
    if (current) {
      const view = document.querySelector('.transcript-scroll')!.getBoundingClientRect();
      const box = current.getBoundingClientRect();
      placement = box.top >= view.top && box.bottom <= view.bottom ? 'inside' : 'outside';
    }
    return {
      count: document.getElementById('transcript-search-count')?.textContent ?? null,
      marks: document.querySelectorAll('.transcript mark.search-match').length,
      current: placement,
      currentInActive: !!current?.closest('[aria-current="true"]'),
      // The search's own field: not the stand-in shown while its code loads (SearchFieldWhileLoading.tsx), which
      // the driver would type into through an element handle that the swap makes stale.
      focusedField:
        document.activeElement?.id === 'transcript-search' && !document.activeElement.closest('[aria-busy="true"]'),
      pageScrollY: window.scrollY,
    };
  }, null);
}

const pollSearch = <T>(tab: Driver, pick: (state: SearchState) => T) =>
  expect.poll(async () => pick(await readSearch(tab)), { timeout: CONDITION_TIMEOUT });

test('find in an episode by keyboard: type, step, round the ends, close', async ({ tab }) => {
  await openEpisode(tab);
  await tab.press('/');
  await pollSearch(tab, (s) => s.focusedField).toBe(true);
  await tab.type('#transcript-search', 'recruiter');
  // The counter comes first; the marks are painted in slices after it (a long transcript is not marked in
  // one task), so both are waited for together.
  const counterTotal = (s: SearchState) => Number(/^1 of (\d+)$/.exec(s.count ?? '')?.[1] ?? 0);
  await pollSearch(tab, (s) => counterTotal(s) > 0 && s.marks === counterTotal(s)).toBe(true);
  const total = counterTotal(await readSearch(tab));

  await tab.press('Enter');
  await tab.press('Enter');
  await pollSearch(tab, (s) => s.count).toBe(`3 of ${total}`);
  await pollSearch(tab, (s) => s.current).toBe('inside');
  expect((await readSearch(tab)).pageScrollY, 'the page itself does not scroll').toBe(0);
  await pollEpisode(tab, (state) => state.backToNow).toMatch(/^Back to now/);

  for (let i = 0; i < 3; i++) await clickButton(tab, 'Previous match');
  await pollSearch(tab, (s) => s.count).toBe(`${total} of ${total}Back at the last match`);
  await pollSearch(tab, (s) => s.current).toBe('inside');

  await tab.click('#transcript-search');
  await tab.press('Escape');
  await pollSearch(tab, (s) => [s.count, s.marks]).toEqual([null, 0]);
});

test('a ?q= link with ?t= opens at that second with the match there current', async ({ tab }) => {
  await openEpisode(tab, `${SEED}?t=1826&q=two%20elements`);
  await expectActive(tab, '30:26 There are two elements');
  await pollSearch(tab, (s) => [s.count, s.currentInActive]).toEqual(['1 of 1', true]);
});
