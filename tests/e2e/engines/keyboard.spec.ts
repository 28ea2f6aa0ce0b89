/** Everything with the keyboard alone, in every engine: no click and no wheel in this file. */
import type { Driver } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { advance, openEpisode, PAUSED, PLAYING, pollEpisode, readEpisode, SEED } from './pages.ts';

/** Presses Tab until a transcript line has focus (at most `limit` times). */
async function tabToTranscript(tab: Driver, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    await tab.press('Tab');
    if (await tab.evaluate(() => !!document.activeElement?.matches('[data-line]'), null)) return;
  }
  throw new Error(`${limit} × Tab never reached the transcript`);
}

/** Presses Tab until the focused element's words start with `name`. */
async function tabTo(tab: Driver, name: string, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await tab.press('Tab');
    const focused = await tab.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
      null,
    );
    if (focused.replace(/\s+/g, ' ').trim().startsWith(name)) return;
  }
  throw new Error(`${limit} × Tab never reached "${name}"`);
}

const focused = async (tab: Driver) => (await readEpisode(tab)).focused;
const lastSeek = async (tab: Driver) => (await readEpisode(tab)).seeks.at(-1);

test('play, pause, skip, move between lines, seek, change chapter and get help, by keyboard only', async ({ tab }) => {
  await openEpisode(tab);
  await tab.press('k');
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);
  await advance(tab, 150, 5);
  await pollEpisode(tab, (state) => state.activeLines[0]?.slice(0, 18)).toBe('2:29 Exactly. Yeah');

  // Tab reaches the transcript at the spoken line, the transcript's one tab stop.
  await tabToTranscript(tab);
  expect(await focused(tab)).toMatch(/^2:29 Exactly\. Yeah/);
  expect(await tab.evaluate(() => document.querySelectorAll('[data-line][tabindex="0"]').length, null)).toBe(1);
  expect((await readEpisode(tab)).backToNow, 'tabbing to the spoken line keeps following').toBeNull();

  // K pauses; J and L move ten seconds and keep the pause.
  await tab.press('k');
  await pollEpisode(tab, (state) => state.settledState).toBe(PAUSED);
  await tab.press('l');
  await pollEpisode(tab, (state) => state.player?.time).toBe(160);
  await tab.press('l');
  await pollEpisode(tab, (state) => state.player?.time).toBe(170);
  await tab.press('j');
  await pollEpisode(tab, (state) => state.player?.time).toBe(160);
  await pollEpisode(tab, (state) => state.copyLink).toBe('Copy link at 2:40');
  expect((await readEpisode(tab)).settledState).toBe(PAUSED);

  // The arrows move focus between lines; Enter on one seeks there and plays.
  await tab.press('ArrowDown');
  await pollEpisode(tab, (state) => state.focused?.slice(0, 4)).toBe('3:03');
  await tab.press('ArrowDown');
  await pollEpisode(tab, (state) => state.focused?.slice(0, 4)).toBe('3:12');
  await tab.press('ArrowUp');
  await pollEpisode(tab, (state) => state.focused?.slice(0, 4)).toBe('3:03');
  await tab.press('Enter');
  await pollEpisode(tab, (state) => state.activeLines[0]?.slice(0, 4)).toBe('3:03');
  expect(await lastSeek(tab)).toBe(183);
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);

  // N and P: next and previous chapter.
  await tab.press('n');
  await pollEpisode(tab, (state) => state.activeChapter).toMatch(/^4:40 Remote Work & Client Geography/);
  expect(await lastSeek(tab)).toBe(280);
  await tab.press('p');
  await pollEpisode(tab, (state) => state.activeChapter).toMatch(/^3:03 Recruitment Career Overview/);
  expect(await lastSeek(tab)).toBe(183);

  // ? opens the shortcuts; Escape closes them and focus goes back where it was.
  const before = await focused(tab);
  await tab.press('?');
  await pollEpisode(tab, (state) => state.dialogOpen).toBe(true);
  expect(await tab.evaluate(() => !!document.activeElement?.closest('dialog'), null), 'focus is in the dialog').toBe(
    true,
  );
  await tab.press('Escape');
  await pollEpisode(tab, (state) => state.dialogOpen).toBe(false);
  expect(await focused(tab)).toBe(before);
});

test('moving focus off the spoken line pauses following; "Back to now" by keyboard returns to it', async ({ tab }) => {
  await openEpisode(tab, `${SEED}?t=1826`);
  await tab.press('k');
  await pollEpisode(tab, (state) => state.settledState).toBe(PLAYING);
  await tabToTranscript(tab);
  expect(await focused(tab)).toMatch(/^30:26 There are two/);

  for (let step = 0; step < 8; step++) await tab.press('ArrowDown');
  await pollEpisode(tab, (state) => state.backToNow).not.toBeNull();
  await advance(tab, 50, 5);
  await pollEpisode(tab, (state) => state.activeLines[0]?.slice(0, 6)).toBe('31:08 ');

  await tabTo(tab, 'Back to now');
  await tab.press('Enter');
  await pollEpisode(tab, (state) => state.backToNow).toBeNull();
  await pollEpisode(tab, (state) => state.focused?.slice(0, 6), 'focus is back on the spoken line').toBe('31:08 ');
  await pollEpisode(tab, (state) => state.activePlacement).toBe('inside');
});
