import { test } from '@playwright/test';
import { MapPage } from './MapPage';

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the sample board at ${width}×${height} is saved as a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new MapPage(page);
    await app.open();
    await app.screenshot(`sample-${width}x${height}`);
  });
}

test('the Boards menu, the to-place tray and the import review are saved as screenshots', async ({ page }) => {
  const app = new MapPage(page);
  await app.open();
  await app.paste('French press\nMilk frother\nCold brew bags\n');
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await page.getByRole('list', { name: 'Boards' }).waitFor();
  await app.screenshot('boards-menu-and-tray');
  await page.keyboard.press('Escape');
  await app.importFile('survey.csv', 'name,x,y\nKettle,10,20\n,5,5\nGrinder,abc,40\nScale,60,70\n', 'text/csv');
  await page.getByRole('dialog').waitFor();
  await app.screenshot('import-review');
});

test('presentation mode at 3840×2160 is saved as a screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  const app = new MapPage(page);
  await app.open();
  await page.keyboard.press('p');
  await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
  await app.screenshot('presentation-3840x2160');
});
