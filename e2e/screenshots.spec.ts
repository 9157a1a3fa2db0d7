import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';
import { expectMapReadable } from './mapChecks';

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the sample board at ${width}×${height} shows the whole map with every marker labelled and nothing overlapping, and is saved as a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new MapPage(page);
    await app.open();
    await expectMapReadable(page, { markers: 14 });
    await app.screenshot(`sample-${width}x${height}`);
  });
}

test('the Boards menu, the to-place tray and the import review are shown and saved as screenshots', async ({ page }) => {
  const app = new MapPage(page);
  await app.open();
  await app.paste('French press\nMilk frother\nCold brew bags\n');
  for (const chip of ['French press', 'Milk frother', 'Cold brew bags']) await expect(page.getByRole('button', { name: new RegExp(chip) }).first()).toBeInViewport();
  await page.getByRole('button', { name: 'Boards', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Boards' })).toBeInViewport();
  await app.screenshot('boards-menu-and-tray');
  await page.keyboard.press('Escape');
  await app.importFile('survey.csv', 'name,x,y\nKettle,10,20\n,5,5\nGrinder,abc,40\nScale,60,70\n', 'text/csv');
  await expect(page.getByRole('dialog')).toBeInViewport();
  await expect(page.getByRole('dialog')).toContainText('Row 3: no label');
  await app.screenshot('import-review');
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`presentation at ${width}×${height}, every reveal step, shows the whole map with its markers labelled and nothing overlapping, and is saved as a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new MapPage(page);
    await app.open();
    await app.present();
    for (const step of [1, 2, 3, 4]) {
      await test.step(`step ${step}`, async () => {
        await app.goToStep(step);
        await expectMapReadable(page);
        await app.screenshot(`presentation-step${step}-${width}x${height}`);
      });
    }
  });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`notes, a locked item and a multi-selection at ${width}×${height}, on screen and in presentation, saved as screenshots`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const app = new MapPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Add note' }).click();
    const field = page.getByRole('textbox', { name: 'Note text' });
    await field.fill('Students: nobody serves them a cheap ritual');
    await field.press('Control+Enter');
    await app.select('Moka pot');
    await page.getByRole('checkbox', { name: /Locked/ }).check();
    await app.item('Drip machine').click();
    await app.shiftClick('Capsule machine');
    await expect(app.selectionBar()).toContainText('2 selected');
    await expect(app.item('Moka pot').locator('.lock-badge')).toBeVisible();
    await app.screenshot(`notes-selection-${width}x${height}`);
    await app.present();
    await expect(page.getByRole('group', { name: 'Notes' }).getByRole('button', { name: /^Note: Students/ })).toBeInViewport();
    await app.screenshot(`notes-presenting-${width}x${height}`);
  });
}
