/** Searching inside an episode: by keyboard, stepping and wrapping, the timeline's marks, `?q=` links. */
import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './a11y.ts';
import { lineName, openEpisode, PLAYING, playerState, placement, SEED, SEED_SLUG } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';
import { SUBPATH, SUBPATH_PORT } from './playwright.config.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

function search(page: Page) {
  const bar = page.getByRole('search', { name: 'Transcript' });
  return {
    field: bar.getByRole('searchbox', { name: 'Search the transcript' }),
    count: page.locator('#transcript-search-count'),
    current: page.locator('.transcript mark.search-match-current'),
    marks: page.locator('.transcript mark.search-match'),
    next: bar.getByRole('button', { name: 'Next match' }),
  };
}

/** The page itself never scrolls: the transcript's own area does. */
const pageScroll = (page: Page) => page.evaluate(() => window.scrollY);

test('find in an episode by keyboard only: type, step, wrap, close', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake);
  const find = search(page);
  await page.keyboard.press('/');
  await expect(find.field).toBeFocused();
  await page.keyboard.type('recruiter');
  await expect(find.count).toHaveText(/^1 of (\d+)$/);
  const total = Number((await find.count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(5);
  await expect(find.marks).toHaveCount(total);

  // Enter goes to the next match, into view inside the transcript, and following pauses.
  for (let n = 2; n <= 4; n++) {
    await page.keyboard.press('Enter');
    await expect(find.count).toHaveText(`${n} of ${total}`);
    await expect.poll(() => placement(find.current)).toBe('inside');
  }
  expect(await pageScroll(page)).toBe(0);
  await expect(episode.backToNow).toBeVisible();

  // Shift+Enter goes back, and from the first match round to the last, saying so.
  for (let n = 3; n >= 1; n--) await page.keyboard.press('Shift+Enter');
  await expect(find.count).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(find.count).toHaveText(`${total} of ${total}Back at the last match`);
  await expect.poll(() => placement(find.current)).toBe('inside');
  await page.keyboard.press('Enter');
  await expect(find.count).toHaveText(`1 of ${total}Back at the first match`);
  expect(await playerState(fake), 'going to a match does not play').not.toBe(PLAYING);

  // Escape clears the search and gives the keyboard back (to the search button, as it came from the page).
  await page.keyboard.press('Escape');
  await expect(find.field).toBeHidden();
  await expect(find.marks).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Search transcript/ })).toBeFocused();

  // Back to now brings following back.
  await episode.backToNow.click();
  await expect(episode.backToNow).toBeHidden();
});

test('Enter on the line of a match plays from there; marking a match does not rewrap its line', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake);
  const line = episode.line('1:41');
  const before = await line.boundingBox();
  await page.getByRole('button', { name: /Search transcript/ }).click();
  await search(page).field.fill('special guest');
  await expect(line.locator('mark.search-match-current')).toHaveCount(1);
  // The marks change no line's wrapping (the view may scroll to the match).
  const after = await line.boundingBox();
  expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);

  await line.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('1:41'));
});

test('the timeline shows where the matches are, and a click on a mark goes to that match', async ({ page, fake }) => {
  await openEpisode(page, fake);
  const find = search(page);
  await page.keyboard.press('/');
  await page.keyboard.type('linkedin');
  await expect(find.count).toHaveText(/^1 of \d+$/);
  const timeline = page.locator('.chapter-timeline');
  const strokes = await timeline.locator('.timeline-matches path').getAttribute('d');
  const places = [...strokes!.matchAll(/M([\d.]+) /g)].map((m) => Number(m[1]));
  expect(places.length).toBeGreaterThan(1);
  const last = places.at(-1)!;
  const box = (await timeline.boundingBox())!;
  const before = (await fake.current())!.time;

  await page.mouse.click(box.x + (box.width * last) / 100, box.y + box.height / 2);
  await expect(find.count).not.toHaveText(/^1 of/);
  await expect.poll(() => placement(find.current)).toBe('inside');
  expect((await fake.current())!.time, 'a mark goes to its match, it does not seek').toBe(before);
});

test('a ?q= link opens the episode searching, and with ?t= the match there is current', async ({ page, fake }) => {
  await openEpisode(page, fake, `${SEED}?q=neural`);
  const find = search(page);
  await expect(find.field).toHaveValue('neural');
  await expect(find.count).toHaveText(/^1 of \d+$/);
  await expect.poll(() => placement(find.current)).toBe('inside');

  const episode = await openEpisode(page, fake, `${SEED}?t=1826&q=two%20elements`);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26'));
  await expect(episode.activeLine.locator('mark.search-match-current')).toHaveCount(1);
  await expect(episode.backToNow, 'the view shows the spoken line, which holds the match').toBeHidden();

  await openEpisode(page, fake, `${SEED}?t=1826&q=zzqx`);
  await expect(find.count).toHaveText('No matches');
  await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26'));
});

test('searching while the video plays keeps the spoken line highlighted and moving', async ({ page, fake }) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await page.keyboard.press('/');
  await page.keyboard.type('data');
  await expect(search(page).count).toHaveText(/^\d+ of \d+$/);
  await fake.advance(42.25);
  await expect(episode.activeLine).toHaveAccessibleName(lineName('31:08'));
});

test('with matches marked, the page passes the accessibility audit', async ({ page, fake }) => {
  test.slow();
  await openEpisode(page, fake, `${SEED}?q=interview`);
  await expect(search(page).count).toHaveText(/^1 of \d+$/);
  await page.keyboard.press('Enter');
  await expectNoViolations(page, 'searching, a match current');
});

test('under a sub-path, ?q= opens the episode searching', async ({ page, fake }) => {
  await openEpisode(page, fake, `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}episodes/${SEED_SLUG}?q=neural`);
  await expect(search(page).count).toHaveText(/^1 of \d+$/);
  await expect(search(page).current).toHaveText(/neural/i);
});

const lineOf = (match: Locator) => match.locator('xpath=ancestor::*[@data-line][1]');

test('at phone width, every match stepped to lands in view, however far', async ({ page, fake }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openEpisode(page, fake);
  const find = search(page);
  await page.getByRole('button', { name: 'Search transcript' }).click();
  await find.field.fill('interview');
  await expect(find.count).toHaveText(/^1 of \d+$/);
  // Its line from its start, the time, clear of the sticky header: a line taller than the view counts from there.
  await expect
    .poll(() => placement(lineOf(find.current)), { message: "the first match's line in view" })
    .toBe('inside');
  for (let n = 2; n <= 8; n++) {
    await page.keyboard.press('Enter');
    await expect(find.count).toHaveText(new RegExp(`^${n} of`));
    await expect.poll(() => placement(find.current), { message: `match ${n} in view` }).toBe('inside');
  }
  // A far jump too: round the end to the last match.
  for (let n = 8; n >= 1; n--) await page.keyboard.press('Shift+Enter');
  await expect(find.count).toHaveText(/Back at the last match$/);
  await expect.poll(() => placement(find.current)).toBe('inside');
});
