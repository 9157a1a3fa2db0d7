import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('opportunity zones', () => {
  test('the sample board shows three ranked, explained zones and lettered white space', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expect(page.getByRole('button', { name: 'Opportunity zones' })).toHaveAttribute('aria-pressed', 'true');
    await app.openZones();
    const zones = app.zones();
    await expect(zones).toHaveCount(3);
    await expect(zones.first()).toContainText('index 100');
    await expect(zones.first()).toContainText(/Wanted by Remote workers \d+ %/);
    await expect(zones.first()).toContainText(/Nearest: .* at \d+ % of a side/);
    await expect(zones.first()).toContainText(/quadrant/);
    await expect(zones.first()).toContainText(/Holds at|Fragile|Holds at half/);
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await expect(page.locator('.white-space-letter')).toHaveText(['A', 'B', 'C']);
    await app.screenshot('zones-1280x720');
  });

  test('dragging a product into the top zone changes the ranking during the drag and after the drop', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await expect(app.zones().first()).toContainText('Remote workers');
    const target = await page.locator('.zone-badge').first().boundingBox();
    const start = await app.centre('Pour-over kit');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, { steps: 12 });
    // Still holding the mouse: the list already follows the preview, computed by a worker.
    await expect(app.zones().first()).not.toContainText('Zone 1: Remote workers');
    expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(/gaps\.worker/)]);
    await app.screenshot('zones-during-drag');
    await page.mouse.up();
    await expect(app.zones().first()).not.toContainText('Zone 1: Remote workers');
    await app.undo();
    await expect(app.zones().first()).toContainText('Zone 1: Remote workers');
  });

  test('settings are undoable and saved; the toggle hides the overlay', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await page.getByRole('spinbutton', { name: 'Number of zones' }).fill('1');
    await page.getByRole('spinbutton', { name: 'Number of zones' }).press('Enter');
    await expect(app.zones()).toHaveCount(1);
    await expect(page.locator('.white-space-letter')).toHaveCount(1);
    await app.undo();
    await expect(app.zones()).toHaveCount(3);
    await app.redo();
    await expect(app.zones()).toHaveCount(1);
    await app.waitSaved();
    await app.reload();
    await app.openZones();
    await expect(app.zones()).toHaveCount(1);
    await page.getByRole('button', { name: 'Opportunity zones' }).click();
    await expect(page.locator('.zone-badge')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Opportunity zones' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('pin a zone and place a concept in it; both survive a reload and undo', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    const first = app.zones().first();
    await first.getByRole('button', { name: 'Pin zone' }).click();
    await expect(page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem')).toHaveCount(1);
    const peak = await page.locator('.zone-badge').first().boundingBox();
    await first.getByRole('button', { name: 'Place concept' }).click();
    await first.getByRole('textbox', { name: 'Concept name' }).fill('Desk espresso dock');
    await first.getByRole('textbox', { name: 'Concept name' }).press('Enter');
    const concept = await app.centre('Desk espresso dock');
    expect(Math.abs(concept.x - (peak!.x + peak!.width / 2))).toBeLessThan(2);
    expect(Math.abs(concept.y - (peak!.y + peak!.height / 2))).toBeLessThan(2);
    await app.waitSaved();
    await app.reload();
    await expect(app.item('Desk espresso dock')).toBeVisible();
    await app.openZones();
    await expect(page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: /^Unpin/ }).click();
    await expect(page.getByRole('list', { name: 'Pinned zones' })).toHaveCount(0);
    await app.undo();
    await expect(page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem')).toHaveCount(1);
  });

  test('hovering a zone in the list highlights it on the map', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await app.zones().nth(1).hover();
    await expect(page.locator('.zone-2.zone-hovered')).toHaveCount(1);
  });
});
