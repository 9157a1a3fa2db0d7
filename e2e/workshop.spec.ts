import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('the workshop screen', () => {
  test('Place all spreads the waiting items over free spots of a grid, as one undo step; the tray shows every name in full', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const long = 'A cold brew concentrate subscription box';
    await app.paste(`French press\nMilk frother\n${long}\nKettle\n`);
    const chip = app.trayChip(long);
    await expect(chip).toBeVisible();
    // The chip's name is not cut: its text fits its box.
    expect(await chip.locator('.chip-label').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    // It asks before inventing positions; kept in the tray, nothing moves.
    await page.getByRole('group', { name: 'To place' }).getByRole('button', { name: 'Place all' }).click();
    await expect(page.getByRole('dialog', { name: 'Invent positions for 4 items?' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep them in the tray' }).click();
    await expect(app.trayChip('Kettle')).toBeVisible();
    await page.getByRole('group', { name: 'To place' }).getByRole('button', { name: 'Place all' }).click();
    await page.getByRole('button', { name: 'Put them on free spots' }).click();
    await expect(page.getByRole('group', { name: 'To place' })).toHaveCount(0);
    // Marked "not placed by anyone" until someone moves them.
    await expect(page.getByRole('button', { name: /^Kettle.*not placed by anyone$/ })).toHaveCount(1);
    await expect(page.locator('.marker-guessed')).toHaveCount(4);
    await app.keyboardMove('Kettle', ['ArrowRight']);
    await expect(page.locator('.marker-guessed')).toHaveCount(3);
    await app.undo();
    const spots = await Promise.all(['French press', 'Milk frother', long, 'Kettle'].map((label) => app.position(label)));
    expect(new Set(spots.map((s) => `${s.x},${s.y}`)).size).toBe(4);
    // Spread out, not in a knot: at least a quarter of the map apart somewhere.
    const xs = spots.map((s) => s.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.25);
    await app.undo();
    await expect(app.trayChip('Kettle')).toBeVisible();
    await expect(app.trayChip('French press')).toBeVisible();
  });

  test('Add product selects the new item and puts the cursor in its label; interactivity and need are % fields', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await page.getByRole('button', { name: 'Add product' }).click();
    const label = app.field('Label');
    await expect(label).toBeFocused();
    await page.keyboard.type('Smart kettle');
    await page.keyboard.press('Enter');
    await expect(app.item('Smart kettle')).toBeVisible();
    await app.field('Interactivity').fill('80');
    await app.field('Interactivity').press('Enter');
    await expect.poll(async () => (await app.position('Smart kettle')).x).toBe(0.8);
    const before = await app.position('Smart kettle');
    await app.field('Need').fill('25');
    await app.field('Need').press('Enter');
    await expect.poll(() => app.position('Smart kettle')).toEqual({ x: 0.8, y: 0.25 });
    await app.field('Need').fill('140');
    await app.field('Need').press('Enter');
    await expect(app.notice()).toContainText('Need must be a number from 0 to 100 %');
    expect(await app.position('Smart kettle')).toEqual({ x: 0.8, y: 0.25 });
    await app.undo();
    await expect.poll(() => app.position('Smart kettle')).toEqual(before);
  });

  test('clicking a zone on the map selects it in the Zones tab, hovering highlights it', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const point = await page.locator('.zone-2').evaluate((path: SVGPathElement) => {
      const box = path.getBoundingClientRect();
      for (let fy = 0.5; fy < 1; fy += 0.05) {
        for (let fx = 0.3; fx < 0.7; fx += 0.05) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          const local = new DOMPoint(x, y).matrixTransform(path.getScreenCTM()!.inverse());
          const hit = document.elementFromPoint(x, y);
          if (path.isPointInFill(local) && hit?.classList.contains('plot-hit')) return { x, y };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect(page.locator('.zone-2')).toHaveClass(/zone-hovered/);
    await page.mouse.click(point!.x, point!.y);
    await expect(page.getByRole('tab', { name: 'Zones' })).toHaveAttribute('aria-selected', 'true');
    const second = app.zones().nth(1);
    await expect(second).toHaveAttribute('aria-current', 'true');
    await expect(second).toHaveClass(/zone-entry-active/);
  });
});
