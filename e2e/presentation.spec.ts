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
    await app.mapSettled();
    const after = (await app.map.boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width);
    const fontSize = await page.locator('.labels text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await app.screenshot('presentation-1920x1080');

    const start = await app.position('Moka pot');
    await app.dragItem('Moka pot', 120, -60);
    await expect.poll(async () => (await app.position('Moka pot')).x).toBeGreaterThan(start.x);
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.position('Moka pot')).toEqual(start);

    await app.dragItem('Moka pot', 80, 0, { drop: false });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(app.item('Moka pot')).not.toHaveAttribute('aria-pressed', 'true');
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

  test('the rail explains the map and the reveal steps tell its story, → / PageDown on, ← / PageUp back, never while an item is held', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.present();
    const rail = page.getByRole('complementary', { name: 'About this map' });
    await expect(rail.getByRole('heading', { level: 1, name: 'Coffee at home' })).toBeVisible();
    // The first time: the whole map.
    await expect(app.revealStep()).toHaveText('Step 4 of 4: White space');
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await expect(page.locator('.white-space-letter')).not.toHaveCount(0);
    await expect(rail.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(4);
    await expect(app.railZones().first()).toContainText(/Zone 1: .+index 100/);
    await expect(app.railZones().first()).toContainText(/\(size [\d.]+, \d+ % unmet\)/);
    await expect(rail.locator('.rail-total')).toHaveText(/^\d+ % of all demand is unmet\./);
    for (const text of [rail.getByRole('heading', { level: 1 }), app.railZones().first().locator('.rail-zone-sentence'), rail.getByRole('list', { name: 'Legend' }).getByRole('listitem').first()]) {
      expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
    }
    const exit = rail.getByRole('button', { name: 'Exit presentation' });
    expect(await exit.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(app.revealStep()).toHaveText('Step 1 of 4: Products');
    await expect(app.item('Moka pot')).toBeVisible();
    await expect(app.item('Coffee hobbyists')).toHaveCount(0);
    await expect(page.locator('.zone-badge')).toHaveCount(0);
    await expect(page.locator('.white-space-letter')).toHaveCount(0);
    await expect(rail.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(1);
    await expect(app.railZones()).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await expect(app.revealStep()).toHaveText('Step 1 of 4: Products');

    await page.keyboard.press('PageDown');
    await expect(app.revealStep()).toHaveText('Step 2 of 4: Persona groups');
    await expect(app.item('Coffee hobbyists')).toBeVisible();
    await expect(page.locator('.zone-badge')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(app.revealStep()).toHaveText('Step 3 of 4: Opportunity zones');
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await expect(page.locator('.white-space-letter')).toHaveCount(0);
    await expect(app.railZones()).not.toHaveCount(0);

    // An item held by the keyboard takes the arrows: the step stays.
    await app.pickUp('Moka pot');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(app.revealStep()).toHaveText('Step 3 of 4: Opportunity zones');
    // …and so does one held by the mouse.
    await app.dragItem('Moka pot', 40, 0, { drop: false });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(app.revealStep()).toHaveText('Step 3 of 4: Opportunity zones');

    // The step is not undone, and presentation reopens where it was left; outside it, the toggles rule.
    await page.keyboard.press('Control+z');
    await expect(app.revealStep()).toHaveText('Step 3 of 4: Opportunity zones');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Add product' })).toBeVisible();
    await expect(page.locator('.white-space-letter')).not.toHaveCount(0);
    await app.present();
    await expect(app.revealStep()).toHaveText('Step 3 of 4: Opportunity zones');
    await rail.getByRole('button', { name: 'Step 1: Products' }).click();
    await expect(app.revealStep()).toHaveText('Step 1 of 4: Products');
  });

  test('a zone\'s rank badge sits beside the persona diamond at its heart, never on it', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.present();
    const badges = await page.locator('.zone-badge circle').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const diamonds = await page.locator('.marker-persona .marker-shape').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const labels = await page.locator('.labels text').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    expect(badges.length).toBe(3);
    for (const badge of badges) {
      for (const diamond of diamonds) expect(overlap(badge, diamond)).toBe(false);
      for (const label of labels) expect(overlap(badge, label)).toBe(false);
    }
  });

  test('on a portrait screen the rail goes below the map', async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    const app = new MapPage(page);
    await app.open();
    await app.present();
    const map = (await page.locator('[data-export="map"]').boundingBox())!;
    const rail = (await page.getByRole('complementary', { name: 'About this map' }).boundingBox())!;
    expect(rail.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(map.width).toBeGreaterThan(900);
    await expect(app.railZones().first()).toBeVisible();
    await app.screenshot('presentation-portrait-1080x1920');
  });
});
