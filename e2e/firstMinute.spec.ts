import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('the first minute', () => {
  test('a first visit says what a P/A map is over the sample, once; "Start your own board" opens a blank one', async ({ page }) => {
    const app = new MapPage(page);
    await page.goto('/');
    const welcome = app.welcome();
    await expect(welcome).toBeVisible();
    await expect(welcome.getByRole('listitem')).toHaveCount(5);
    await expect(welcome).toContainText('products (circles)');
    await expect(welcome).toContainText('opportunity zones');
    await expect(welcome).toContainText('Drag a product into zone 1');
    await app.screenshot('welcome-1280x720');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.screenshot('welcome-1920x1080');
    await welcome.getByRole('button', { name: 'Start your own board' }).click();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Untitled board');
    await expect(welcome).toHaveCount(0);
    await app.reload();
    await expect(app.map).toBeVisible();
    await expect(welcome).toHaveCount(0);
  });

  test('"?" opens the shortcut sheet, which can bring the welcome back; Quick add has a visible label', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expect(page.getByText('Quick add', { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Quick add' })).toBeVisible();
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Pick up the focused item');
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await page.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
    await sheet.getByRole('button', { name: 'Show the welcome again' }).click();
    await expect(app.welcome()).toBeVisible();
  });

  test('Undo and Redo say what they would undo; the held item looks unlike the focused one', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    await app.item('Capsule machine').focus();
    const ring = app.item('Capsule machine').locator('.focus-ring');
    const focusColour = await ring.evaluate((el) => getComputedStyle(el).stroke);
    await app.pickUp('Capsule machine');
    const held = page.locator('.layer-drag .selection-ring');
    await expect(held).toBeVisible();
    expect(await held.evaluate((el) => getComputedStyle(el).stroke)).not.toBe(focusColour);
    expect(await held.evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe('none');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Undo move “Capsule machine”' })).toBeEnabled();
    await app.undo();
    await expect(page.getByRole('button', { name: 'Redo move “Capsule machine”' })).toBeEnabled();
  });

  test('a skip link leads to the map; zones are focused on the map and open in the Zones tab', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    // From the top of a fresh page (the welcome, closed above, took focus with it).
    await app.reload();
    await expect(app.map).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the map' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.markers().first()).toBeFocused();
    const badge = page.getByRole('group', { name: 'Opportunity zones on the map' }).getByRole('button', { name: /^Zone 1: .+, index 100$/ });
    await badge.focus();
    await expect(page.locator('.zone-1.zone-hovered')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Zones' })).toHaveAttribute('aria-selected', 'true');
    await expect(app.zones().first()).toHaveAttribute('aria-current', 'true');
  });

  test('the sample is a copy of one\'s own that can be reset', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const before = await app.position('Moka pot');
    await app.keyboardMove('Moka pot', ['Shift+ArrowUp']);
    await expect.poll(async () => (await app.position('Moka pot')).y).toBeGreaterThan(before.y);
    await app.boardAction('Reset the sample');
    await page.getByRole('dialog', { name: 'Reset the sample?' }).getByRole('button', { name: 'Reset the sample' }).click();
    await expect(app.notice()).toContainText('The sample is back as it was');
    await expect.poll(() => app.position('Moka pot')).toEqual(before);
    expect(await app.boardTitles()).toEqual(['Coffee at home']);
  });
});
