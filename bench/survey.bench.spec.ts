import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longSurvey, wideSurvey } from './surveyFile';

const quick = process.env.BENCH_QUICK === '1';

/**
 * A survey of 500,000 ratings imported from the UI onto the sample board: from the file chosen
 * to its items drawn with their ellipses, the user pressing Import as soon as it is offered;
 * the page's long tasks (over 50 ms) throughout, from a PerformanceObserver.
 */
const layouts = [
  ['wide', wideSurvey],
  ['one row per rating', longSurvey],
] as const;
const rows: Record<string, unknown>[] = [];

for (const [layout, write] of layouts) test(`survey import benchmark: ${layout}`, async ({ page }) => {
  const respondents = quick ? 10_000 : 50_000;
  const text = write(respondents, 5);
  const file = join(mkdtempSync(join(tmpdir(), 'pa-map-survey-')), 'bench.csv');
  writeFileSync(file, text);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/');
  await page.getByRole('group', { name: 'P/A map' }).waitFor();
  const welcome = page.getByRole('region', { name: 'Welcome', exact: true });
  if (await welcome.isVisible()) await welcome.getByRole('button', { name: 'Explore the sample' }).click();
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import survey', exact: true }).click();
  const start = await page.evaluate(() => performance.now());
  // From a file on disk: the browser reads it as it would a user's (a buffer would be decoded by the test's own script in the page).
  await (await chooser).setFiles(file);
  const importButton = page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled({ timeout: 60_000 });
  const offered = await page.evaluate(() => performance.now());
  await importButton.click();
  await expect(page.locator('.confidence-ellipse')).toHaveCount(5, { timeout: 60_000 });
  const drawn = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const row = { layout, ratings: respondents * 10, megabytes: text.length / (1024 * 1024), offeredMs: offered - start, drawnMs: drawn - start, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
  console.log(JSON.stringify(row));
  rows.push(row);
  writeFileSync(process.env.BENCH_SURVEY_OUT ?? 'bench/.survey.json', JSON.stringify(rows, null, 2));
});
