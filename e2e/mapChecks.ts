import { expect, type Page } from '@playwright/test';

export interface Box { id: string; left: number; top: number; right: number; bottom: number }

/** Waits for two animation frames: whatever the last change drew is on screen. */
export const twoFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Reads something about the map until two reads two frames apart agree, and returns the last:
 * a layout that settles a frame later (presentation's bigger map, labels laid out after the
 * markers) is measured once it stands still.
 */
export async function whenStill<T>(page: Page, read: () => Promise<T>): Promise<T> {
  let last = await read();
  await expect
    .poll(async () => {
      await twoFrames(page);
      const again = await read();
      const still = JSON.stringify(again) === JSON.stringify(last);
      last = again;
      return still;
    })
    .toBe(true);
  return last;
}

/** Every drawn label's text box and every marker's shape box, in screen px. */
export async function boxes(page: Page): Promise<{ labels: Box[]; markers: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      labels: [...document.querySelectorAll('.labels [data-label-for] text')].map((el) => box(el, `${el.closest('[data-label-for]')!.getAttribute('data-label-for')!} “${el.textContent ?? ''}”`)),
      markers: [...document.querySelectorAll('.markers [data-id]')].map((el) => box(el.querySelector('.marker-shape')!, el.getAttribute('data-id')!)),
    };
  });
}

/** Overlap area of two boxes, px² (a hair of anti-aliasing is forgiven). */
export const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) - 1) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - 1);

/** Every marker has its label, and no label overlaps another label or any marker. */
/** No label over another label or a marker; `everyLabelled`: each marker has its label (where room allows, a phone leaves some off). */
export async function expectNoOverlaps(page: Page, { everyLabelled = true } = {}) {
  const { labels, markers } = await whenStill(page, () => boxes(page));
  if (everyLabelled) expect(labels.length).toBe(markers.length);
  else expect(labels.length).toBeGreaterThan(0);
  const clashes: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a, b) > 0) clashes.push(`label ${a.id} × label ${b.id}`);
    for (const m of markers) if (overlap(a, m) > 0) clashes.push(`label ${a.id} × marker ${m.id}`);
  });
  expect(clashes).toEqual([]);
}

/**
 * What a screenshot must show: the map square whole on screen, at least `markers` markers,
 * each labelled, every label on the map's square, and nothing overlapping.
 */
export async function expectMapReadable(page: Page, { markers = 1 } = {}) {
  const viewport = page.viewportSize()!;
  const map = (await page.locator('[data-export="map"]').boundingBox())!;
  expect(map.width).toBeGreaterThan(200);
  expect(map.x).toBeGreaterThanOrEqual(0);
  expect(map.y).toBeGreaterThanOrEqual(0);
  expect(map.x + map.width).toBeLessThanOrEqual(viewport.width + 1);
  expect(map.y + map.height).toBeLessThanOrEqual(viewport.height + 1);
  const drawn = await whenStill(page, () => boxes(page));
  expect(drawn.markers.length).toBeGreaterThanOrEqual(markers);
  const off = (b: Box) => b.left < map.x - 1 || b.top < map.y - 1 || b.right > map.x + map.width + 1 || b.bottom > map.y + map.height + 1;
  expect(drawn.labels.filter(off).map((b) => b.id)).toEqual([]);
  await expectNoOverlaps(page);
}
