import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';
import { expectNoOverlaps } from './mapChecks';

for (const [name, viewport] of [['portrait', { width: 390, height: 844 }], ['landscape', { width: 844, height: 390 }]] as const) {
  test.describe(`a phone held ${name}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('the map takes the screen, the panel is a bottom sheet, the bar folds into a menu', async ({ page }) => {
      const app = new MapPage(page);
      await app.open();
      const map = (await page.locator('[data-export="map"]').boundingBox())!;
      // At least 90 % of the width held upright, of the height on its side.
      if (name === 'portrait') expect(map.width).toBeGreaterThanOrEqual(0.9 * viewport.width);
      else expect(map.height).toBeGreaterThanOrEqual(0.9 * viewport.height);
      await page.screenshot({ path: `e2e/screenshots/phone-${viewport.width}x${viewport.height}.png` });

      // No label over another or over a marker (a label that does not fit is left off), no axis word over another.
      await expectNoOverlaps(page, { everyLabelled: false });
      const words = await page.locator('.axis text').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom })));
      for (const [i, a] of words.entries()) for (const b of words.slice(i + 1)) expect(Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1).toBe(false);

      // A long press (a context menu) on an item opens its card in the sheet.
      await app.item('Moka pot').dispatchEvent('contextmenu');
      await expect(page.getByRole('form', { name: 'Edit Moka pot' })).toBeVisible();
      await page.getByRole('button', { name: 'Close the panel' }).click();

      // Every marker is a finger's target: 44 × 44 px at least, whatever its drawn size.
      const targets = await page.locator('.markers .hit-area').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
      expect(Math.min(...targets)).toBeGreaterThanOrEqual(43.5);

      // The few actions a participant needs are in reach; the rest behind Menu.
      await expect(page.getByRole('textbox', { name: 'Quick add' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add product' })).toBeHidden();
      await page.getByRole('button', { name: /^Menu/ }).click();
      await expect(page.getByRole('button', { name: 'Add product' })).toBeVisible();
      await page.getByRole('button', { name: /^Menu/ }).click();

      // Add an item, open the sheet, read the zones, close it again.
      await app.quickAdd('Phone-made kettle');
      await expect(app.item('Phone-made kettle')).toBeVisible();
      const handle = page.getByRole('button', { name: /Items, zones and labels|Close the panel/ });
      if ((await handle.getAttribute('aria-expanded')) === 'false') await handle.click();
      await expect(handle).toHaveAttribute('aria-expanded', 'true');
      await page.getByRole('tab', { name: 'Zones' }).click();
      await expect(app.zones().first()).toContainText('Zone 1');
      await page.screenshot({ path: `e2e/screenshots/phone-sheet-${viewport.width}x${viewport.height}.png` });
      await handle.click();
      await expect(handle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('tab', { name: 'Zones' })).toBeHidden();
    });
  });
}

test('a tablet (768 × 1024) keeps the side panel beside the map, narrower; saved as a screenshot', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  const page = await context.newPage();
  const app = new MapPage(page);
  await app.open();
  const map = (await page.locator('[data-export="map"]').boundingBox())!;
  const panel = (await page.getByRole('complementary', { name: 'Side panel' }).boundingBox())!;
  expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
  expect(panel.width).toBeLessThan(768 / 2);
  await expectNoOverlaps(page);
  await page.screenshot({ path: 'e2e/screenshots/tablet-768x1024.png' });
  await context.close();
});

test('items at 0 % and 100 % stay inside the frame and cover no axis word or quadrant name, on screen and in presentation', async ({ page }) => {
  const app = new MapPage(page);
  await app.open();
  await app.newBoard();
  await app.paste('label\tkind\tinteractivity\tneed\tweight\nBottom left\tproduct\t0\t0\t8\nTop right\tproduct\t100\t100\t8\nTop left\tpersona\t0\t100\t8\nBottom right\tpersona\t100\t0\t8\n');
  await expect(app.markers()).toHaveCount(4);
  const covered = () =>
    page.evaluate(() => {
      const frame = document.querySelector('.plot-frame')!.getBoundingClientRect();
      const words = [...document.querySelectorAll('.axis text, .quadrant-labels text')].map((el) => el.getBoundingClientRect());
      const markers = [...document.querySelectorAll('.markers .marker-shape')].map((el) => el.getBoundingClientRect());
      const hit = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      const outside = markers.filter((m) => m.left < frame.left - 1 || m.top < frame.top - 1 || m.right > frame.right + 1 || m.bottom > frame.bottom + 1).length;
      return { outside, words: words.length, covered: words.filter((w) => markers.some((m) => hit(w, m))).length };
    });
  expect(await covered()).toEqual({ outside: 0, words: expect.any(Number), covered: 0 });
  expect((await covered()).words).toBeGreaterThanOrEqual(9);
  await app.present();
  expect(await covered()).toMatchObject({ outside: 0, covered: 0 });
});
