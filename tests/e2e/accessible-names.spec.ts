/**
 * The landmarks and headings that CSS dresses in capitals keep their written names. Browsers build the
 * accessibility tree from the rendered text, after `text-transform`, so a heading styled `uppercase` names
 * its region "TRANSCRIPT" (which screen readers may spell out); the app draws capitals with small caps instead.
 *
 * Playwright's role queries match names case-insensitively unless told to be exact, and its own computation may
 * differ from the browser's: these checks read Chromium's accessibility tree itself (CDP) and compare exactly.
 */
import type { Page } from '@playwright/test';
import { openEpisode } from './episode.ts';
import { expect, test } from './harness.ts';

interface AXNode {
  role?: { value?: unknown };
  name?: { value?: unknown };
  ignored?: boolean;
}

/** Every named node of the page's accessibility tree as `role "name"`, as Chromium computes them. */
async function accessibleNames(page: Page, roles: readonly string[]): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((node) => !node.ignored && roles.includes(String(node.role?.value)) && node.name?.value)
      .map((node) => `${String(node.role?.value)} "${String(node.name?.value)}"`);
  } finally {
    await cdp.detach();
  }
}

const ROLES = ['region', 'navigation', 'heading'];

test('the transcript region, its heading and the chapters navigation are named as written', async ({ page, fake }) => {
  await openEpisode(page, fake);
  const names = await accessibleNames(page, ROLES);
  expect(names).toEqual(
    expect.arrayContaining([
      'region "Transcript"',
      'heading "Transcript"',
      'navigation "Chapters"',
      'heading "Chapters"',
    ]),
  );
  expect(
    names.filter((name) => /"[^"a-z]*[A-Z]{2,}[^"a-z]*"/.test(name)),
    'names in capitals only',
  ).toEqual([]);
  await expect(page.getByRole('region', { name: 'Transcript', exact: true })).toBeVisible();

  // The check sees what CSS does to a name: the old uppercase heading would have failed it.
  await page.locator('#transcript-heading').evaluate((heading) => (heading.style.textTransform = 'uppercase'));
  await expect.poll(() => accessibleNames(page, ['region'])).toContain('region "TRANSCRIPT"');
});

test('on a phone, the folded chapter list keeps its written name too', async ({ page, fake }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openEpisode(page, fake);
  const names = await accessibleNames(page, [...ROLES, 'button']);
  expect(names).toEqual(expect.arrayContaining(['region "Transcript"', 'navigation "Chapters"']));
  expect(names.find((name) => name.startsWith('button "Chapters'))).toBeDefined();
  expect(
    names.filter((name) => /"[^"a-z]*[A-Z]{2,}[^"a-z]*"/.test(name)),
    'names in capitals only',
  ).toEqual([]);
});
