/**
 * An axe-core audit (WCAG 2.0/2.1, A and AA) of the main pages and states in every engine: each engine
 * computes styles, colours and names itself, so what passes in one can fail in another.
 */
import type { Driver } from './driver.ts';
import { PHONE } from './driver.ts';
import { expect, test } from './fixtures.ts';
import { advance, clickButton, CONDITION_TIMEOUT, openEpisode, play, pollEpisode, SEED } from './pages.ts';
import { AXE_PATH } from './server.ts';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe in the page. It is loaded from the site's own origin by a `<script src>` (allowed by the pages'
 * Content-Security-Policy, which an inline copy would not be).
 */
async function audit(tab: Driver): Promise<Violation[]> {
  return tab.evaluate(async (src) => {
    const scope = window as unknown as { axe?: { run(context: Document, options: object): Promise<unknown> } };
    if (!scope.axe)
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`axe did not load from ${src}`));
        document.head.append(script);
      });
    const results = (await scope.axe!.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // The video frame's inside is YouTube's (here: the fake's), not the app's: its title is still checked.
      iframes: false,
      resultTypes: ['violations'],
    })) as { violations: Violation[] };
    // Only what the report needs: axe's full results do not all survive WebDriver's serialisation.
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary })),
    }));
  }, AXE_PATH);
}

async function expectNoViolations(tab: Driver, state: string) {
  const violations = await audit(tab);
  const report = violations
    .map(
      (violation) =>
        `[${violation.impact}] ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `  - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n\n');
  expect(violations.length, `accessibility violations (${state}):\n\n${report}\n`).toBe(0);
}

test('the episode page, following playback and then paused by the reader', async ({ tab }) => {
  await openEpisode(tab, `${SEED}?t=1826`);
  await play(tab);
  await advance(tab, 50, 5);
  await pollEpisode(tab, (state) => state.activeLines[0]?.slice(0, 6)).toBe('31:08 ');
  await expectNoViolations(tab, 'following');

  await tab.wheel('.transcript-scroll', 1500);
  await pollEpisode(tab, (state) => state.backToNow).not.toBeNull();
  await expectNoViolations(tab, 'paused, with "Back to now" shown');
});

test('the keyboard shortcuts dialog', async ({ tab }) => {
  await openEpisode(tab);
  await tab.press('?');
  await pollEpisode(tab, (state) => state.dialogOpen).toBe(true);
  await expectNoViolations(tab, 'shortcuts dialog open');
});

test('the library and the not-found page', async ({ tab }) => {
  await tab.goto('/');
  await expect
    .poll(() => tab.evaluate(() => document.querySelectorAll('.episode-card').length, null), {
      timeout: CONDITION_TIMEOUT,
    })
    .toBe(5);
  await expectNoViolations(tab, 'library');
  await tab.goto('/no-such-page');
  await expect
    .poll(() => tab.evaluate(() => document.querySelector('h1')?.textContent, null), { timeout: CONDITION_TIMEOUT })
    .toBe('Not found');
  await expectNoViolations(tab, 'not found');
});

test('at phone width, the episode page with the chapter list open', async ({ tab }) => {
  await tab.setViewport(PHONE);
  await openEpisode(tab, `${SEED}?t=1826`);
  await expectNoViolations(tab, 'phone, chapters folded');
  await clickButton(tab, 'Chapters');
  await expect
    .poll(() => tab.evaluate(() => document.querySelector('.chapters-toggle')?.getAttribute('aria-expanded'), null), {
      timeout: CONDITION_TIMEOUT,
    })
    .toBe('true');
  await expectNoViolations(tab, 'phone, chapters open');
});

test('the episode page with a video error', async ({ tab, youtube }) => {
  await youtube({ api: 'serve', options: { errorCode: 150 } });
  await tab.goto(SEED);
  await pollEpisode(tab, (state) => state.alert).not.toBeNull();
  await expectNoViolations(tab, 'video error');
});
