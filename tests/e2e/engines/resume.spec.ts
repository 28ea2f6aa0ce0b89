/** Resume in every engine: the place kept on pause, "Resume at" on the next visit, and the library's row. */
import { expect, test } from './fixtures.ts';
import {
  advance,
  clickButton,
  expectActive,
  find,
  LUKE_TURN,
  openEpisode,
  PAUSED,
  play,
  pollEpisode,
  SEED,
} from './pages.ts';

test('leave at 32:10, come back, resume there; the library continues it too', async ({ tab }) => {
  await openEpisode(tab, `${SEED}?t=1920`);
  await play(tab);
  await advance(tab, 10);
  await tab.press('k');
  await pollEpisode(tab, (state) => state.settledState).toBe(PAUSED);

  await openEpisode(tab);
  await clickButton(tab, 'Resume at 32:10');
  await pollEpisode(tab, (state) => state.player?.time).toBe(1930);
  await expectActive(tab, LUKE_TURN[2]);

  await tab.goto('/');
  // The row is drawn once the library is live (the prerendered page knows nothing of this browser).
  await expect
    .poll(() => tab.evaluate(() => document.querySelectorAll('.continue-link').length, null), { timeout: 20_000 })
    .toBe(1);
  await tab.click(await find(tab, '.continue-link', 'Preparing for a Data Science Interview'));
  await pollEpisode(tab, (state) => state.player?.start).toBe(1930);
  expect(await tab.url()).toMatch(/\?t=1930$/);
});
