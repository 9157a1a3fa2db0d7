import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('P hides the chrome, grows the map and labels, and a drag and undo still work; Escape cancels the drag first, then leaves', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const before = (await app.map.boundingBox())!;
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Add product' })).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Items' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    const after = (await app.map.boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width);
    const fontSize = await page.locator('.labels text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await app.screenshot('presentation-1920x1080');

    const start = await app.position('Moka pot');
    await app.dragItem('Moka pot', 120, -60);
    expect((await app.position('Moka pot')).x).toBeGreaterThan(start.x);
    await page.keyboard.press('Control+z');
    expect(await app.position('Moka pot')).toEqual(start);

    await app.dragItem('Moka pot', 80, 0, { drop: false });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect(await app.position('Moka pot')).toEqual(start);
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Add product' })).toBeVisible();
  });

  test('the Present button enters the mode and Exit presentation leaves it', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('button', { name: 'Add product' })).toBeHidden();
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(page.getByRole('button', { name: 'Add product' })).toBeVisible();
    // Typing a P in a field never toggles the mode.
    await page.getByRole('textbox', { name: 'Quick add' }).fill('P');
    await expect(page.getByRole('button', { name: 'Add product' })).toBeVisible();
  });
});
