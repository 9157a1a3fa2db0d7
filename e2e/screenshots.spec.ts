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

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`presentation at ${width}×${height}, every reveal step, is saved as a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new MapPage(page);
    await app.open();
    await app.present();
    for (const step of [1, 2, 3, 4]) {
      await app.goToStep(step);
      await app.screenshot(`presentation-step${step}-${width}x${height}`);
    }
  });
}
