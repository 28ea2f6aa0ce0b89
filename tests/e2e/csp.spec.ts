/**
 * The built pages' Content-Security-Policy (src/prerender/csp.ts): every kind of page carries it, ahead of
 * anything it governs, and it refuses what a page did not ship (an injected inline script or style, a frame
 * from elsewhere) while the app itself runs untouched. That the policy lets every journey through is checked
 * by every test (harness.ts, `cspViolations`).
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { CUED, openEpisode, SEED } from './episode.ts';
import { expect, test, type FakeYouTube } from './harness.ts';

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/g;

/** The policy's directives, by name. */
const directives = (policy: string) =>
  new Map(policy.split(/;\s*/).map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A static host answers an address it does not know with 404.html: so does this route, for `address`. */
async function serveAsStaticHost(page: Page, address: string) {
  await page.route(`**${address}`, async (route) => {
    const fallback = await route.fetch({ url: new URL('/404.html', route.request().url()).href });
    await route.fulfill({ status: 404, contentType: 'text/html', body: await fallback.text() });
  });
}

/** Each kind of built page, and a sign that the app runs on it: all of it under the page's policy. */
const PAGES: Array<{
  kind: string;
  file: string;
  address: string;
  appRuns(page: Page, fake: FakeYouTube): Promise<void>;
}> = [
  {
    kind: 'the library',
    file: '/',
    address: '/',
    async appRuns(page) {
      await page.getByRole('searchbox', { name: 'Search' }).fill('mlops');
      await expect(page).toHaveURL(/\?q=mlops$/);
      await expect(page.locator('.library-summary')).toHaveText(/^\d+ of 5 episodes match$/);
      // Transcript search: Pagefind's script, worker and WebAssembly, under the same policy.
      await expect(page.getByRole('status').filter({ hasText: 'transcripts' })).toHaveText(
        'Found in the transcripts of 1 episode.',
      );
    },
  },
  {
    kind: 'an episode page',
    file: SEED,
    address: SEED,
    // The player is YouTube's IFrame API (here the fake, served from www.youtube.com): loaded, run and cued.
    appRuns: (_, fake) => expect.poll(() => fake.settledState()).toBe(CUED),
  },
  {
    kind: 'the fallback page (404.html)',
    file: '/404.html',
    address: '/no/such/page',
    // This page has no prerendered content: the app renders all of it.
    appRuns: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found'),
  },
];

for (const { kind, file, address, appRuns } of PAGES) {
  test(`${kind} carries the strict policy before anything it governs, and works under it`, async ({
    page,
    request,
    fake,
  }) => {
    const html = await (await request.get(file)).text();
    const metas = [...html.matchAll(POLICY_META)];
    expect(metas, 'one policy <meta>').toHaveLength(1);
    const meta = metas[0]!;
    const firstGoverned = html.search(/<(script|style|link|img|iframe|body)\b/);
    expect(meta.index, 'the policy comes before every script, style and link').toBeLessThan(firstGoverned);

    const policy = directives(meta[1]!.replaceAll('&#39;', "'"));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src', 'style-src-attr']) {
      expect(policy.get(name)?.join(' '), name).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
    // Every inline script and style the page ships is allowed by its own hash, and nothing more inline is.
    const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((found) => hash(found[1]!));
    const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((found) => hash(found[1]!));
    expect(policy.get('script-src')).toEqual([
      "'self'",
      ...new Set(inlineScripts),
      "'wasm-unsafe-eval'",
      'www.youtube.com',
    ]);
    expect(policy.get('worker-src'), "transcript search's worker").toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", ...new Set(inlineStyles)]);
    if (file !== '/404.html') expect(inlineStyles, 'a prerendered page paints from inline styles').not.toEqual([]);

    if (address !== file) await serveAsStaticHost(page, address);
    await page.goto(address);
    await appRuns(page, fake);
  });
}

test('an inline script or style the page did not ship is refused, and the app still runs', async ({
  page,
  fake,
  cspViolations,
}) => {
  await page.route(`**${SEED}`, async (route) => {
    const built = await (await route.fetch()).text();
    const injected =
      '<script>window.__injected = true;</script>' +
      '<p id="injected-style" style="outline: 3px solid red">injected</p>';
    await route.fulfill({ contentType: 'text/html', body: built.replace('</body>', () => `${injected}</body>`) });
  });
  const episode = await openEpisode(page, fake);
  expect(await fake.settledState()).toBe(CUED);
  await expect(episode.line('30:26', 'There are two elements to that.')).toBeVisible();

  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect(page.locator('#injected-style')).toHaveCSS('outline-style', 'none');
  await expect
    .poll(() => cspViolations.map((violation) => violation.replace(/^\S+: /, '').replace(/ at .*$/, '')))
    .toEqual(['script-src-elem refused inline', 'style-src-attr refused inline']);
  cspViolations.length = 0;
});

test('the player may be framed from YouTube (either host), and nothing else may', async ({
  page,
  fake,
  cspViolations,
}) => {
  const framed: string[] = [];
  await page.route(/^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//, (route) => {
    framed.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<p>embed</p>' });
  });
  await openEpisode(page, fake);
  await page.evaluate(() => {
    for (const src of [
      'https://www.youtube.com/embed/NnZjlMowkWA',
      'https://www.youtube-nocookie.com/embed/NnZjlMowkWA',
      'https://player.example/embed/NnZjlMowkWA',
    ]) {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = src;
      document.body.append(frame);
    }
  });
  await expect
    .poll(() => [...framed].sort())
    .toEqual(['https://www.youtube-nocookie.com/embed/NnZjlMowkWA', 'https://www.youtube.com/embed/NnZjlMowkWA']);
  await expect
    .poll(() => cspViolations.map((violation) => violation.replace(/^\S+: /, '')))
    // A refused frame is reported by its origin only.
    .toEqual(['frame-src refused https://player.example']);
  cspViolations.length = 0;
});
