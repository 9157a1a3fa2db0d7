import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './MapPage';

/** Zero violations of WCAG 2.0/2.1 A and AA and axe's best practices, listed by rule and element when there are some. */
async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(violations.map((v) => `${state}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('accessibility, checked by axe', () => {
  test('the main screen, the Zones and Labels tabs, the item editor, the Boards and Export menus', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expectNoViolations(page, 'main screen');
    await app.select('Moka pot');
    await expectNoViolations(page, 'item editor');
    await app.openZones();
    await expect(app.zones().first()).toBeVisible();
    await expectNoViolations(page, 'Zones tab');
    await page.getByRole('tab', { name: 'Labels' }).click();
    await expectNoViolations(page, 'Labels tab');
    await page.getByRole('button', { name: 'Boards', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Boards' }).locator('.board-meta').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectNoViolations(page, 'Boards menu');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expectNoViolations(page, 'Export menu');
  });

  test('presentation, every reveal step', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const app = new MapPage(page);
    await app.open();
    await app.present();
    for (const step of [1, 2, 3, 4]) {
      await app.goToStep(step);
      await expectNoViolations(page, `presentation step ${step}`);
    }
  });

  test('every dialog and banner: delete a board, import part of a file, a table on a rating scale with a column not used, an empty board, the tray, Place all', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.boardAction('Delete board');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'delete dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Keep it' }).click();
    await app.importFile('survey.csv', 'name,x,y\nKettle,10,20\n,5,5\nGrinder,abc,40\nScale,60,70\n', 'text/csv');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'import review dialog');
    await page.keyboard.press('Escape');
    await app.boardAction('New board');
    await expect(page.getByRole('region', { name: /This board is empty/ })).toBeVisible();
    await expectNoViolations(page, 'empty board');
    await app.paste('name\tx\ty\tprice\nKettle\t1\t10\t30\nGrinder\t5\t3\t90\nMilk frother\t\t\t20\n');
    await expect(page.getByRole('status').filter({ hasText: 'read as' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Columns not used' })).toBeVisible();
    await expectNoViolations(page, 'rating scale and unused-columns banners, and the tray');
    await page.getByRole('group', { name: 'To place' }).getByRole('button', { name: 'Place all' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'Place all question');
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) {
    test(`on a phone (${viewport.width}×${viewport.height}): the folded bar, its menu, the sheet open`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const app = new MapPage(page);
      await app.open();
      await expectNoViolations(page, 'phone');
      await page.getByRole('button', { name: /^Menu/ }).click();
      await expectNoViolations(page, 'phone menu');
      await page.getByRole('button', { name: /^Menu/ }).click();
      await page.getByRole('button', { name: 'Items, zones and labels' }).click();
      await page.getByRole('tab', { name: 'Zones' }).click();
      await expectNoViolations(page, 'phone sheet');
      await context.close();
    });
  }
});
