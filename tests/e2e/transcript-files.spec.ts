/**
 * The transcript files (src/exports/) in Chromium: the built WebVTT file of every test episode, and the
 * formatter's WebVTT for the quirky fixtures (estimated starts, untimed lines, hostile text), loaded in a
 * `<track>` and read back by the browser's own WebVTT parser, cue by cue (count, start, end, text, voice);
 * then the episode page's "Download transcript" menu, by keyboard, with links that fetch each file.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { compileFolder } from '../../src/episodes/compileFolder.ts';
import type { EpisodeData } from '../../src/episodes/model.ts';
import { cueText, cuesOf } from '../../src/exports/cues.ts';
import { exportFiles } from '../../src/exports/files.ts';
import { webVttOf } from '../../src/exports/webVtt.ts';
import { compileFixture } from '../unit/fixtures.ts';
import { audit } from './a11y.ts';
import { NO_VIDEO, openEpisode, SEED, SEED_SLUG } from './episode.ts';
import { expect, LEAN_TRACE, test } from './harness.ts';
import { JEKYLL_SITE_PORT, SUBPATH, SUBPATH_PORT } from './playwright.config.ts';

test.describe.configure({ mode: 'parallel' });
test.use(LEAN_TRACE);

const built = compileFolder(join(import.meta.dirname, 'episodes')).episodes.filter((e) => e.lines.length > 0);
const FIXTURES = ['hostile-cues', 'repeated-secs', 'text', 'backwards', 'speakers'];

interface BrowserCue {
  startTime: number;
  endTime: number;
  text: string;
  /** The voice span's annotation, from the cue as HTML (`<span title="Name">`). */
  voice: string | null;
  /** What the cue shows: its HTML's text. */
  shown: string;
}

/** Loads `src` in a `<track>` of a `<video>` on a page of the site and returns the browser's parsed cues. */
async function browserCues(page: Page, src: string): Promise<BrowserCue[]> {
  return page.evaluate(async (src) => {
    const video = document.createElement('video');
    const track = document.createElement('track');
    track.kind = 'metadata';
    track.src = src;
    video.append(track);
    document.body.append(video);
    const loaded = new Promise<void>((resolve, reject) => {
      track.addEventListener('load', () => resolve());
      track.addEventListener('error', () => reject(new Error(`the track ${src} did not load`)));
    });
    track.track.mode = 'hidden';
    await loaded;
    const cues = [...(track.track.cues ?? [])] as VTTCue[];
    video.remove();
    return cues.map((cue) => {
      const html = cue.getCueAsHTML();
      const span =
        html.firstChild instanceof HTMLElement && html.firstChild.localName === 'span' ? html.firstChild : null;
      return {
        startTime: cue.startTime,
        endTime: cue.endTime,
        text: cue.text,
        voice: span?.title ?? null,
        shown: html.textContent ?? '',
      };
    });
  }, src);
}

function expectSameCues(cues: BrowserCue[], episode: EpisodeData) {
  const expected = cuesOf(episode);
  expect(cues).toHaveLength(episode.lines.length);
  cues.forEach((cue, index) => {
    const line = episode.lines[index]!;
    const own = expected[index]!;
    expect(cue.startTime, `line ${index} start`).toBeCloseTo(line.start, 3);
    expect(cue.endTime, `line ${index} end`).toBeCloseTo(own.endMs / 1000, 3);
    expect(cue.endTime).toBeGreaterThan(cue.startTime);
    expect(cue.shown, `line ${index} text`).toBe(cueText(line.text));
    expect(cue.voice, `line ${index} voice`).toBe(own.speaker ?? null);
    expect(cue.text.startsWith(own.speaker === undefined ? '' : '<v ')).toBe(true);
  });
}

for (const episode of built) {
  test(`Chromium reads the built WebVTT file of ${episode.slug} as the episode's cues, speakers and text`, async ({
    page,
  }) => {
    await page.goto('/');
    expectSameCues(await browserCues(page, exportFiles(episode.slug)[0]!.path), episode);
  });
}

for (const name of FIXTURES) {
  test(`Chromium reads the WebVTT of the ${name} fixture as its cues, hostile text shown as written`, async ({
    page,
  }) => {
    const episode = compileFixture(name).episode!;
    const src = `/__transcript-files/${name}.vtt`;
    await page.route(`**${src}`, (route) => route.fulfill({ contentType: 'text/vtt', body: webVttOf(episode) }));
    await page.goto('/');
    const cues = await browserCues(page, src);
    expectSameCues(cues, episode);
    if (name === 'hostile-cues') {
      expect(cues.map((cue) => cue.shown)).toContain('00:00:01.000 --> 00:00:02.000');
      expect(cues[0]!.shown).toContain('a --> b & c <script>alert(1)</script>');
    }
  });
}

/**
 * The content type `vite preview` sends: right for four; for `.srt` an empty one, and JSON Chapters as plain
 * JSON (its static server knows neither; the README tells hosts what to send).
 */
const PREVIEW_TYPES: Record<string, string> = {
  '.vtt': 'text/vtt',
  '.srt': '',
  '.transcript.json': 'application/json',
  '.chapters.json': 'application/json',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
};

test('the Download transcript menu opens by keyboard, closes on Escape, and its links fetch each file', async ({
  page,
  fake,
}) => {
  await openEpisode(page, fake, SEED);
  const button = page.locator('summary', { hasText: 'Download transcript' });
  const menu = page.getByRole('list', { name: 'Transcript files' });
  await expect(menu).toBeHidden();

  for (let presses = 0; presses < 40 && !(await button.evaluate((el) => el === document.activeElement)); presses++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  expect(await audit(page)).toEqual([]);

  const links = menu.getByRole('link');
  await expect(links).toHaveText(exportFiles(SEED_SLUG).map((file) => file.label));
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');
  await expect(menu).toBeVisible();

  for (const file of exportFiles(SEED_SLUG)) {
    const link = menu.getByRole('link', { name: file.label });
    await expect(link).toHaveAttribute('download', '');
    await expect(link).toHaveAttribute('href', file.path);
    const response = await page.request.get(file.path);
    expect(response.status(), file.path).toBe(200);
    expect(response.headers()['content-type'], file.path).toBe(PREVIEW_TYPES[file.suffix]);
    const body = await response.text();
    if (file.suffix === '.vtt') expect(body.startsWith('WEBVTT\n')).toBe(true);
    if (file.suffix === '.srt') expect(body.startsWith('1\n00:01:41,000 --> ')).toBe(true);
    if (file.suffix.endsWith('.json')) expect(() => JSON.parse(body)).not.toThrow();
  }

  // Choosing a file downloads it and closes the menu.
  const download = page.waitForEvent('download');
  await menu.getByRole('link', { name: 'Plain text (.txt)' }).click();
  expect((await download).suggestedFilename()).toBe(`${SEED_SLUG}.txt`);
  await expect(menu).toBeHidden();
});

test('an episode with a transcript offers its files at phone width too, by an icon button with its name', async ({
  page,
  fake,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openEpisode(page, fake, SEED);
  const button = page.getByText('Download transcript');
  await page.locator('summary.download-button').click();
  const menu = page.getByRole('list', { name: 'Transcript files' });
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await button.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  // A press elsewhere closes it.
  await page.mouse.click(5, 700);
  await expect(menu).toBeHidden();
});

test('under a sub-path the links carry the base and the files are there', async ({ page, fake }) => {
  await openEpisode(page, fake, `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}episodes/${SEED_SLUG}`);
  for (const file of exportFiles(SEED_SLUG)) {
    const href = `${SUBPATH.replace(/\/$/, '')}${file.path}`;
    await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
    expect((await page.request.get(`http://127.0.0.1:${SUBPATH_PORT}${href}`)).status()).toBe(200);
  }
});

test('an episode without a video still offers its files; one without a transcript has no menu', async ({ page }) => {
  await page.goto(NO_VIDEO);
  await expect(page.locator('summary', { hasText: 'Download transcript' })).toHaveCount(1);
  await page.goto(`http://127.0.0.1:${JEKYLL_SITE_PORT}/episodes/s14e02-data-contracts`);
  await expect(page.getByText('No transcript yet')).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Download transcript' })).toHaveCount(0);
  // No such file: the static server answers with the app's page instead (its fallback for unknown paths).
  const missing = await page.request.get(`http://127.0.0.1:${JEKYLL_SITE_PORT}/episodes/s14e02-data-contracts.vtt`);
  expect(missing.headers()['content-type']).toMatch(/^text\/html/);
});
