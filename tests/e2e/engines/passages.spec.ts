/** A passage link in every engine: opens at its start, its lines marked, and plays just the passage. */
import { expect, test } from './fixtures.ts';
import { advance, clickButton, expectActive, openEpisode, PAUSED, PLAYING, pollEpisode, SEED } from './pages.ts';

test('a passage link opens at its start with its lines marked, and Play passage stops at its end', async ({ tab }) => {
  await openEpisode(tab, `${SEED}?t=1826,1921`);
  await expectActive(tab, '30:26 There are two elements');
  expect(await tab.evaluate(() => document.querySelectorAll('[data-line][data-passage]').length, null)).toBe(2);
  await clickButton(tab, 'Play passage 30:26–32:01');
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);
  await advance(tab, 96);
  await pollEpisode(tab, (state) => state.settledState, 'paused at the passage end').toBe(PAUSED);
  expect(await tab.evaluate(() => document.querySelector('.passage-bar') !== null, null)).toBe(true);
});
