/** Journey 5: copying a link to a moment, and the link opening at that moment, also under a sub-path. */
import type { Page } from '@playwright/test';
import {
  episodePage,
  expectActiveLineInView,
  lineName,
  LUKE_TURN,
  openEpisode,
  openInNewPage,
  PLAYING,
  playerState,
  SEED,
  SEED_SLUG,
} from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';
import { SUBPATH, SUBPATH_PORT } from './playwright.config.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: `http://127.0.0.1:${SUBPATH_PORT}`,
  });
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Points at a line, then presses the "Copy link to <its time>" button beside it. */
async function copyLineLink(page: Page, clock: string, text: string) {
  await episodePage(page).line(clock, text).hover();
  await episodePage(page)
    .transcript.getByRole('button', { name: `Copy link to ${clock}` })
    .click();
}

test('"Copy link at" copies the current second; the link opens at that moment', async ({
  page,
  fake,
  context,
  baseURL,
}) => {
  const episode = await openEpisode(page, fake, `${SEED}?t=1826`);
  await episode.copyLinkAt.click();
  await expect(episode.notice).toHaveText('Link to 30:26 copied');
  expect(await clipboard(page)).toBe(`${baseURL}${SEED}?t=1826`);

  await page.keyboard.press('k');
  await expect.poll(() => playerState(fake)).toBe(PLAYING);
  await fake.advance(44.6, 2); // 31:10.6: the second paragraph of Luke's turn
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 31:10');
  await episode.copyLinkAt.click();
  await expect(episode.notice).toHaveText('Link to 31:10 copied');
  const link = await clipboard(page);
  expect(link).toBe(`${baseURL}${SEED}?t=1870`);

  const opened = await openInNewPage(context, link);
  await expect(opened.episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[1].clock, LUKE_TURN[1].text));
  await expect(opened.episode.copyLinkAt).toHaveAccessibleName('Copy link at 31:10');
  await expectActiveLineInView(opened.page);
  expect((await opened.fake.current())?.playerVars.start).toBe(1870);
});

test('a link copied at the very start has no ?t=', async ({ page, fake, baseURL }) => {
  const episode = await openEpisode(page, fake);
  await expect(episode.copyLinkAt).toHaveAccessibleName('Copy link at 0:00');
  await episode.copyLinkAt.click();
  await expect(episode.notice).toHaveText('Link to 0:00 copied');
  expect(await clipboard(page)).toBe(`${baseURL}${SEED}`);
});

test('"Copy link to" a line copies its start without seeking; the link opens on that line', async ({
  page,
  fake,
  context,
  baseURL,
}) => {
  const episode = await openEpisode(page, fake);
  await copyLineLink(page, LUKE_TURN[3].clock, LUKE_TURN[3].text);
  await expect(episode.notice).toHaveText('Link to 32:27 copied');
  const link = await clipboard(page);
  expect(link).toBe(`${baseURL}${SEED}?t=1947`);
  expect(await fake.calls('seekTo'), 'copying is not jumping').toEqual([]);

  const opened = await openInNewPage(context, link);
  await expect(opened.episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[3].clock, LUKE_TURN[3].text));
  await expectActiveLineInView(opened.page);
  expect((await opened.fake.current())?.playerVars.start).toBe(1947);
});

for (const paragraph of [LUKE_TURN[1], LUKE_TURN[2]]) {
  test(`a link copied from the ${paragraph.clock} paragraph (estimated start) opens on that paragraph`, async ({
    page,
    fake,
    context,
    baseURL,
  }) => {
    const episode = await openEpisode(page, fake);
    await copyLineLink(page, paragraph.clock, paragraph.text);
    await expect(episode.notice).toHaveText(`Link to ${paragraph.clock} copied`);
    const link = await clipboard(page);
    expect(link.startsWith(`${baseURL}${SEED}?t=`)).toBe(true);
    const [minutes, seconds] = paragraph.clock.split(':').map(Number) as [number, number];
    const t = Number(new URL(link).searchParams.get('t'));
    expect(t, 'the link names the second the line shows (or the next one)').toBeGreaterThanOrEqual(
      minutes * 60 + seconds,
    );
    expect(t).toBeLessThanOrEqual(minutes * 60 + seconds + 1);

    const opened = await openInNewPage(context, link);
    await expect(opened.episode.activeLine).toHaveAccessibleName(lineName(paragraph.clock, paragraph.text));
  });
}

test.describe('under a sub-path', () => {
  const origin = `http://127.0.0.1:${SUBPATH_PORT}`;
  const episodeUrl = `${origin}${SUBPATH}episodes/${SEED_SLUG}`;

  test('copied links keep the sub-path and open at the moment', async ({ page, fake, context }) => {
    const episode = await openEpisode(page, fake, `${episodeUrl}?t=30:26`);
    await expect(episode.activeLine).toHaveAccessibleName(lineName('30:26', 'There are two'));
    await episode.copyLinkAt.click();
    await expect(episode.notice).toHaveText('Link to 30:26 copied');
    expect(await clipboard(page)).toBe(`${episodeUrl}?t=1826`);

    await copyLineLink(page, LUKE_TURN[3].clock, LUKE_TURN[3].text);
    await expect(episode.notice).toHaveText('Link to 32:27 copied');
    const link = await clipboard(page);
    expect(link).toBe(`${episodeUrl}?t=1947`);

    const opened = await openInNewPage(context, link);
    await expect(opened.episode.activeLine).toHaveAccessibleName(lineName(LUKE_TURN[3].clock, LUKE_TURN[3].text));
    await expectActiveLineInView(opened.page);
    expect((await opened.fake.current())?.playerVars.start).toBe(1947);
  });
});
