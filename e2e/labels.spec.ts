import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './MapPage';

interface Box { id: string; left: number; top: number; right: number; bottom: number }

/** Every drawn label's text box and every marker's shape box, in screen px. */
async function boxes(page: Page): Promise<{ labels: Box[]; markers: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      labels: [...document.querySelectorAll('.labels [data-label-for] text')].map((el) => box(el, el.closest('[data-label-for]')!.getAttribute('data-label-for')!)),
      markers: [...document.querySelectorAll('.markers [data-id]')].map((el) => box(el.querySelector('.marker-shape')!, el.getAttribute('data-id')!)),
    };
  });
}

/** Overlap area of two boxes, px² (a hair of anti-aliasing is forgiven). */
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) - 1) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - 1);

async function expectNoOverlaps(page: Page) {
  const { labels, markers } = await boxes(page);
  expect(labels.length).toBe(markers.length);
  const clashes: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a, b) > 0) clashes.push(`label ${a.id} × label ${b.id}`);
    for (const m of markers) if (overlap(a, m) > 0) clashes.push(`label ${a.id} × marker ${m.id}`);
  });
  expect(clashes).toEqual([]);
}

test.describe('labels', () => {
  test('on the sample board at 1280×720, no label overlaps another label or any marker', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expectNoOverlaps(page);
  });

  test('in presentation mode at 1920×1080, no label overlaps another label or any marker', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const app = new MapPage(page);
    await app.open();
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    await expectNoOverlaps(page);
  });

  test('a long name is cut short on the map and shown in full on hover and focus', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const long = 'An extraordinarily long product name that could never fit beside its marker on any map';
    await app.quickAdd(long);
    const shown = await page.locator('.labels [data-label-for] text').allTextContents();
    expect(shown).not.toContain(long);
    expect(shown.some((text) => text.endsWith('…') && long.startsWith(text.slice(0, -1)))).toBe(true);
    // Hover: the marker's SVG title is the browser's tooltip.
    await expect(app.item(long).locator('title')).toHaveText(long);
    await app.item(long).focus();
    await expect(page.locator('.label-full')).toHaveText(long);
    await expectNoOverlaps(page);
  });
});
