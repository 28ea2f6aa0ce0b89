/** An automated accessibility audit (axe-core, WCAG 2.0/2.1 A and AA rules) of the page as it is now. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { expect } from './harness.ts';

/**
 * axe's source, evaluated in the page through DevTools rather than added as a script element: the pages'
 * Content-Security-Policy refuses inline scripts (rightly), and a violation fails the test (see the harness).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe in the page (injecting it once) and returns its violations. */
export async function audit(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
        document,
        // The video frame's inside is YouTube's (here: the fake's), not the app's: its title is still checked.
        { runOnly: { type: 'tag', values: tags }, iframes: false, resultTypes: ['violations'] },
      ),
    TAGS,
  );
  return results.violations;
}

/** One violation per paragraph: the rule, its impact, what to do, and every element with what is wrong. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) =>
      [
        `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.map(
          (node) =>
            `  - ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** Fails with a readable list when the page as it is now has any violation. */
export async function expectNoViolations(page: Page, state: string) {
  const violations = await audit(page);
  expect(violations.length, `accessibility violations (${state}):\n\n${describeViolations(violations)}\n`).toBe(0);
}
