/**
 * Journey 10: an episode file full of HTML and script (tests/e2e/episodes/xss.md). Every hostile string must
 * show as the text it is, nothing may run (`window.__pwned` stays undefined), and no link may be unsafe.
 */
import type { Page } from '@playwright/test';
import { episodePage, openEpisode, XSS } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const TITLE = `<script>window.__pwned = 'title'</script> Malicious <img src=x onerror="window.__pwned='img'">`;
const SHORT = `<b onmouseover="window.__pwned='short'">Malicious</b>`;
const GUEST = `<script>window.__pwned='guest'</script>`;
const TOPIC = `<img src=x onerror="window.__pwned='topic'">`;
const HEADER = `<script>window.__pwned='header'</script>`;
const SPEAKER = '<b>Mallory</b>';
const LINE = `<img src=x onerror="window.__pwned='line'"> and <a href="javascript:window.__pwned='a'">click me</a>`;
const NOTES_TEXT = [
  `<script>window.__pwned='notes-script'</script>`,
  `<img src=x onerror="window.__pwned='notes-img'">`,
  `<iframe src="javascript:window.__pwned='iframe'"></iframe>`,
];

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Nothing from the file became markup: no injected elements, no event-handler attributes, no unsafe URLs. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => {
    const root = document.getElementById('root')!;
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${element.tagName} ${a.name}`),
    );
    const urls = [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((element) =>
      ['href', 'src', 'action', 'formaction']
        .map((name) => element.getAttribute(name))
        .filter((value): value is string => value !== null),
    );
    return {
      scripts: root.querySelectorAll('script').length,
      // The library's thumbnails are the only pictures the app draws.
      images: [...root.querySelectorAll('img')]
        .map((img) => img.getAttribute('src'))
        .filter((src) => !src?.startsWith('https://i.ytimg.com/vi/')),
      bold: root.querySelectorAll('b').length,
      frames: [...document.querySelectorAll('iframe')].filter((frame) => !frame.hasAttribute('data-fake-youtube'))
        .length,
      handlers,
      unsafeUrls: urls.filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
    };
  });
  expect(found).toEqual({ scripts: 0, images: [], bold: 0, frames: 0, handlers: [], unsafeUrls: [] });
}

test('every hostile string is shown as plain text, and nothing runs while the reader hovers and clicks', async ({
  page,
  fake,
}) => {
  const episode = await openEpisode(page, fake, XSS);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page).toHaveTitle(new RegExp(`^${SHORT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(page.getByRole('list', { name: 'Guests' })).toContainText(GUEST);
  await expect(page.getByRole('list', { name: 'Topics' })).toContainText(TOPIC);
  await expect(episode.transcript.getByRole('heading', { level: 3 })).toContainText(HEADER);
  await expect(episode.chapters.getByRole('button', { name: `0:01 ${HEADER}` })).toBeVisible();
  await expect(episode.transcript.getByText(SPEAKER, { exact: true })).toBeVisible();
  const hostileLine = episode.line('0:01', LINE);
  await expect(hostileLine).toBeVisible();
  await expect(episode.line('0:05', 'Pay <an hourly amount> please.')).toBeVisible();
  await expectNothingInjected(page);

  // The reader points at and clicks everything the file wrote.
  for (const text of [TITLE, GUEST, TOPIC, HEADER, SPEAKER])
    for (const element of await page.getByText(text, { exact: true }).all()) await element.hover();
  await hostileLine.hover();
  await hostileLine.click();
  await expect(hostileLine).toHaveAttribute('aria-current', 'true');
  await episode.chapters.getByRole('button', { name: `0:01 ${HEADER}` }).click();
  await episode.line('0:05', 'Pay').click();
  await page.getByText('Show notes').click();
  await page.getByText('Click me', { exact: true }).click();
  await page.keyboard.press('k');
  await fake.advance(3);
  await expectNothingInjected(page);
  expect(await pwned(page), 'no script from the episode file ran').toBeUndefined();
});

test('only safe links are links: the javascript: listen link is dropped, show notes keep only https', async ({
  page,
  fake,
}) => {
  await openEpisode(page, fake, XSS);
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
  );
  for (const href of hrefs) expect(new URL(href).protocol, href).toMatch(/^(https?|mailto):$/);

  // "Listen on": the YouTube link was javascript:, so it is not offered; Apple's is.
  await expect(page.getByRole('link', { name: 'YouTube' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Apple Podcasts' })).toHaveAttribute(
    'href',
    'https://podcasts.apple.com/episode',
  );

  await page.getByText('Show notes').click();
  const notes = page.locator('.show-notes-body');
  await expect(notes).toBeVisible();
  await expect(notes.getByText('Click me', { exact: true })).toBeVisible();
  await expect(notes.getByRole('link', { name: 'Click me' })).toHaveCount(0);
  await expect(notes.getByRole('link', { name: 'Real link' })).toHaveAttribute('href', 'https://example.com/notes');
  for (const link of await notes.getByRole('link').all()) await expect(link).toHaveAttribute('href', /^https:\/\//);
  for (const text of NOTES_TEXT) await expect(notes).toContainText(text);
  await expectNothingInjected(page);
  expect(await pwned(page)).toBeUndefined();
});

test('the library and the neighbouring episode show the hostile titles as text too', async ({ page, fake }) => {
  await page.goto('/');
  const card = page.getByRole('link', { name: SHORT });
  await expect(card).toBeVisible();
  await card.hover();
  await expect(page.getByText(TITLE, { exact: true })).toBeVisible();
  await expectNothingInjected(page);

  await card.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect.poll(() => fake.settledState()).toBe(5);
  const older = page.getByRole('link', { name: /^Previous episode/ });
  await older.hover();
  await older.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An episode without a video');
  const newer = page.getByRole('link', { name: /^Next episode/ });
  await expect(newer).toContainText(SHORT);
  await newer.hover();
  await expectNothingInjected(page);
  expect(await pwned(page)).toBeUndefined();
  await expect(episodePage(page).transcript).toBeVisible();
});
