/**
 * The episode page's "Download transcript" menu by keyboard alone, in every engine: Tab reaches its button,
 * Enter opens it, Tab moves into its links, Escape closes it and gives focus back to the button; each link
 * fetches its file (src/exports/files.ts).
 */
import type { Driver } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { CONDITION_TIMEOUT, openEpisode, SEED } from './pages.ts';

interface MenuState {
  open: boolean;
  /** The focused element's words, or its tag when it has none. */
  focused: string;
  links: { label: string; href: string; download: boolean }[];
}

function readMenu(tab: Driver): Promise<MenuState> {
  return tab.evaluate(() => {
    const menu = document.querySelector('details.download-menu') as HTMLDetailsElement | null;
    const active = document.activeElement;
    return {
      open: !!menu?.open,
      focused: (active?.textContent ?? '').replace(/\s+/g, ' ').trim() || (active?.localName ?? ''),
      links: [...(menu?.querySelectorAll('a') ?? [])].map((a) => ({
        label: (a.textContent ?? '').trim(),
        href: a.getAttribute('href') ?? '',
        download: a.hasAttribute('download'),
      })),
    };
  }, null);
}

const pollMenu = <T>(tab: Driver, pick: (state: MenuState) => T) =>
  expect.poll(async () => pick(await readMenu(tab)), { timeout: CONDITION_TIMEOUT });

test('the Download transcript menu opens and closes by keyboard, and its links fetch the six files', async ({
  tab,
}) => {
  await openEpisode(tab, SEED);
  let presses = 0;
  while ((await readMenu(tab)).focused !== 'Download transcript') {
    if (++presses > 60) throw new Error('60 × Tab never reached "Download transcript"');
    await tab.press('Tab');
  }
  expect((await readMenu(tab)).open).toBe(false);

  await tab.press('Enter');
  await pollMenu(tab, (state) => state.open).toBe(true);
  await tab.press('Tab');
  await pollMenu(tab, (state) => state.focused).toBe('WebVTT (.vtt)');
  await tab.press('Escape');
  await pollMenu(tab, (state) => state.open).toBe(false);
  expect((await readMenu(tab)).focused).toBe('Download transcript');

  const { links } = await readMenu(tab);
  expect(links.map((link) => link.label)).toEqual([
    'WebVTT (.vtt)',
    'SubRip (.srt)',
    'Podcasting 2.0 transcript (.json)',
    'Podcasting 2.0 chapters (.json)',
    'Plain text (.txt)',
    'Markdown (.md)',
  ]);
  expect(links.every((link) => link.download)).toBe(true);
  const fetched = await tab.evaluate(
    (hrefs) =>
      Promise.all(
        hrefs.map(async (href) => {
          const response = await fetch(href);
          return { status: response.status, start: (await response.text()).slice(0, 7) };
        }),
      ),
    links.map((link) => link.href),
  );
  expect(fetched.map((file) => file.status)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(fetched.map((file) => file.start)).toEqual([
    'WEBVTT\n',
    '1\n00:01',
    '{\n  "ve',
    '{\n  "ve',
    'Master ',
    '# Maste',
  ]);
});
