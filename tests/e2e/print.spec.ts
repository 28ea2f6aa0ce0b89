/**
 * Printing an episode (src/app/print.css): in print media nothing that works only on screen is shown, the
 * transcript's scroll area gives way so every line prints, and the PDF Chromium makes holds the details, the
 * chapters and the whole transcript, to its last line, in reading order. The PDF's text is read with poppler's
 * `pdfinfo` and `pdftotext` (.ci/run installs poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { LUKE_SECTION, openEpisode, SEED_TITLE } from './episode.ts';
import { expect, test } from './harness.ts';

const SCREEN_ONLY = [
  '.site-header',
  '.video',
  '.chapter-timeline',
  '.media-toolbar',
  '.chapter-steps',
  '.chapters-toggle',
  '.line-copy',
  '.download-menu',
  '.episode-neighbours',
];

test('in print media, only the episode, its chapters and its transcript show, the transcript in full', async ({
  page,
  fake,
}) => {
  await openEpisode(page, fake);
  await page.emulateMedia({ media: 'print' });
  for (const selector of SCREEN_ONLY) {
    const shown = await page
      .locator(selector)
      .evaluateAll((all) =>
        all.filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.className),
      );
    expect(shown, selector).toEqual([]);
  }
  const style = (selector: string, property: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  expect(await style('.transcript-scroll', 'display')).toBe('contents');
  expect(await style('.section-header', 'position')).toBe('static');
  expect(await style('.section-header', 'break-after')).toBe('avoid');
  expect(await style('.line', 'break-inside')).toBe('avoid');
  expect(await style('.line-block', 'content-visibility')).toBe('visible');
  expect(await style('.chapter-list', 'display')).toBe('block');
  // Black on white whatever the reader's colour scheme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await style('.line-text', 'color')).toBe('rgb(0, 0, 0)');
  expect(await style('body', 'background-color')).not.toBe('rgb(18, 20, 25)');
});

test('the PDF holds the title, the chapters and the whole transcript, without the screen controls', async ({
  page,
  fake,
}, testInfo) => {
  await openEpisode(page, fake);
  const pdf = await page.pdf({ format: 'A4' });
  const file = testInfo.outputPath('seed.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  // 150 lines of an hour's talk: about twenty A4 pages.
  expect(pages).toBeGreaterThan(12);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const at = (words: string) => text.indexOf(words);
  expect(at(SEED_TITLE)).toBeGreaterThanOrEqual(0);
  expect(text).toContain('Luke Whipps');
  expect(text).toContain('Chapters');
  expect(text).toContain('Guest Introduction: Luke Whipps & Neural AI');
  expect(text).toContain(LUKE_SECTION);
  // First and last lines, with their times, in reading order after the details and chapters.
  expect(at('Chapters')).toBeGreaterThan(at(SEED_TITLE));
  expect(at("1:41 This week, we'll talk about preparing")).toBeGreaterThan(at('Chapters'));
  expect(text).toMatch(/1:02:10 Maybe earlier \[chuckles\] Thanks for joining us\..* Have a great weekend!/);
  expect(text).toContain(`${pages} / ${pages}`);
  for (const screenOnly of [
    'Copy link at',
    'Search transcript',
    'Keyboard shortcuts',
    'Speed',
    'Back to now',
    'Download transcript',
  ]) {
    expect(text, screenOnly).not.toContain(screenOnly);
  }
});
