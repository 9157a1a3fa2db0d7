import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MapPage } from './MapPage';

/** Zoom and pan: positions magnify, text keeps its size; a pinch and two fingers on a phone. */

const zoomLevel = (page: Page) => page.getByRole('group', { name: 'Zoom' }).locator('.zoom-level');
/** Two fingers, by the DevTools protocol (Playwright's touchscreen has one): `steps` moves from `from` to `to`. */
async function twoFingers(page: Page, from: [{ x: number; y: number }, { x: number; y: number }], to: [{ x: number; y: number }, { x: number; y: number }], steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const points = (t: number) => from.map((start, i) => ({ x: start.x + (to[i]!.x - start.x) * t, y: start.y + (to[i]!.y - start.y) * t, id: i + 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(k / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('zoom and pan', () => {
  test('+ and − and Fit, the keys + − 0 and Ctrl + wheel zoom positions, not text; a wheel pans while zoomed', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    // Near the centre: on screen at every zoom here.
    const a = await map.centre('Remote workers');
    const b = await map.centre('Bean-to-cup automatic');
    const font = await page.locator('.label').first().evaluate((el) => getComputedStyle(el).fontSize);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(zoomLevel(page)).toHaveText('150 %');
    const a2 = await map.centre('Remote workers');
    const b2 = await map.centre('Bean-to-cup automatic');
    // Distances grow by the zoom; labels keep their size.
    expect(Math.hypot(a2.x - b2.x, a2.y - b2.y) / Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(1.5, 1);
    expect(await page.locator('.label').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe(font);
    await page.keyboard.press('+');
    await expect(zoomLevel(page)).toHaveText('225 %');
    await page.keyboard.press('-');
    await expect(zoomLevel(page)).toHaveText('150 %');
    await page.keyboard.press('0');
    await expect(zoomLevel(page)).toHaveText('100 %');
    // Ctrl + wheel zooms around the pointer: the point under it stays put.
    const plot = (await page.locator('.plot-hit').boundingBox())!;
    const at = { x: plot.x + plot.width * 0.45, y: plot.y + plot.height * 0.45 };
    await page.mouse.move(at.x, at.y);
    const pot = await map.centre('Remote workers');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect(zoomLevel(page)).not.toHaveText('100 %');
    const zoom = Number((await zoomLevel(page).textContent())!.replace(/\D/g, '')) / 100;
    const potAfter = await map.centre('Remote workers');
    expect(potAfter.x - at.x).toBeCloseTo((pot.x - at.x) * zoom, -1);
    // A wheel without Ctrl pans while zoomed in.
    await page.mouse.wheel(120, 0);
    await expect.poll(async () => (await map.centre('Remote workers')).x).toBeLessThan(potAfter.x - 20);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect(zoomLevel(page)).toHaveText('100 %');
    expect(await map.centre('Remote workers')).toEqual(pot);
    // Zoomed out again, every item is back on the map.
    await expect(map.markers().filter({ has: page.locator('.marker-shape') })).toHaveCount(14);
  });

  test('exports show the whole map while zoomed in, unless asked for the view on screen', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const whole = readFileSync((await (await map.exportAs('Map (SVG)')).path())!, 'utf8');
    // The whole map: the items in its far corners are in the picture.
    expect(whole.includes('>Instant coffee<') && whole.includes('>Manual lever espresso<')).toBe(true);
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('checkbox', { name: /as on screen \(225 %\)/ }).check();
    await page.keyboard.press('Escape');
    const onScreen = readFileSync((await (await map.exportAs('Map (SVG)')).path())!, 'utf8');
    // At 225 % around the centre, the corners' items are off the picture; the centre's are in it.
    expect(onScreen.includes('clip-path="url(#plot-clip)"')).toBe(true);
    expect(onScreen.includes('>Instant coffee<')).toBe(false);
    expect(onScreen.includes('>Remote workers<')).toBe(true);
  });

  test('dragging while zoomed in moves the item by what the pointer moved, in map units at that zoom', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    // Remote workers sit near the centre: on screen at 225 %.
    const before = await map.position('Remote workers');
    const plotWidth = (await page.locator('.plot-hit').boundingBox())!.width;
    await map.dragItem('Remote workers', 60, 0);
    const after = await map.position('Remote workers');
    // 60 px at 225 %: 60 / (plot width × 2.25) of the map.
    expect(after.x - before.x).toBeCloseTo(60 / (plotWidth * 2.25), 2);
  });
});

for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) test.describe(`on a ${viewport.width}×${viewport.height} phone (touch)`, () => {
  test.use({ viewport, hasTouch: true, isMobile: true });

  test('a pinch zooms, two fingers pan; a one-finger drag of 40 px moves the item by what the finger moved at that zoom, under the finger', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const plot = (await page.locator('.plot-hit').boundingBox())!;
    const mid = { x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 };
    await twoFingers(page, [{ x: mid.x - 40, y: mid.y }, { x: mid.x + 40, y: mid.y }], [{ x: mid.x - 100, y: mid.y }, { x: mid.x + 100, y: mid.y }]);
    await expect(zoomLevel(page)).toHaveText('250 %');
    const pot = await map.centre('Remote workers');
    await twoFingers(page, [{ x: mid.x - 50, y: mid.y }, { x: mid.x + 50, y: mid.y }], [{ x: mid.x - 80, y: mid.y }, { x: mid.x + 20, y: mid.y }]);
    await expect(zoomLevel(page)).toHaveText('250 %');
    await expect.poll(async () => (await map.centre('Remote workers')).x).toBeCloseTo(pot.x - 30, -1);
    // One finger, 40 px to the right, on a marker on screen.
    const marker = page.locator('.markers .marker').filter({ has: page.locator('.marker-shape') });
    let target = 'Remote workers';
    for (const label of ['Remote workers', 'Pour-over kit', 'Bean-to-cup automatic', 'Capsule machine']) {
      const c = await map.centre(label).catch(() => null);
      if (c && c.x > plot.x + 20 && c.x < plot.x + plot.width - 80 && c.y > plot.y + 20 && c.y < plot.y + plot.height - 20) {
        target = label;
        break;
      }
    }
    void marker;
    const start = await map.centre(target);
    const before = await map.position(target);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: start.x, y: start.y, id: 1 }] });
    for (let k = 1; k <= 10; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: start.x + 4 * k, y: start.y, id: 1 }] });
      if (k === 5 || k === 10) {
        // Under the finger throughout: the moving copy's centre stays within a few px of it.
        // (A frame may trail the finger on a loaded machine: read once it has drawn.)
        await expect
          .poll(async () => {
            const copy = (await page.locator('.layer-drag .marker').boundingBox())!;
            return Math.abs(copy.x + copy.width / 2 - (start.x + 4 * k));
          })
          .toBeLessThan(3);
      }
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const after = await map.position(target);
    const unit = (await page.locator('.plot-hit').boundingBox())!.width * 2.5;
    expect(Math.abs((after.x - before.x) - 40 / unit) / (40 / unit)).toBeLessThan(0.01);
  });
});
