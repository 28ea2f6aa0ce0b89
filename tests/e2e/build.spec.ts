import { expect, test } from './harness.ts';

const SEED = '/episodes/s12e06-preparing-for-data-science-interview';

test('the built site shows the seed episode with its title and transcript', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Master ML & Data Science Technical Interviews: Recruiter-Proven Stages, Prep & Resources',
  );
  await expect(page.getByRole('region', { name: 'Transcript' })).toContainText('There are two elements to that.');
});

test('a deep link is served by the static fallback page', async ({ request }) => {
  const response = await request.get('/404.html');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('<div id="root">');
});
