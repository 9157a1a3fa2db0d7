import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';
import { boxes, expectNoOverlaps, overlap } from './mapChecks';

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

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    test(`in presentation at ${width}×${height}, 100 items with 40-character names: every shown name in full, large, apart; the rest counted`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const app = new MapPage(page);
      await app.open();
      await app.boardAction('New board');
      await expect(app.markers()).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Untitled board');
      // A seeded spread of 80 products and 20 persona groups, each name exactly 40 characters.
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const rows = Array.from({ length: 100 }, (_, i) => {
        const label = `${i < 80 ? 'Product' : 'Persona group'} ${String(i).padStart(3, '0')} with a rather long name`.padEnd(40, '.').slice(0, 40);
        return [label, i < 80 ? 'product' : 'persona', (random() * 100).toFixed(1), (random() * 100).toFixed(1)].join('\t');
      });
      await app.paste(['label\tkind\tinteractivity\tneed', ...rows].join('\n'));
      await expect(app.markers()).toHaveCount(100);
      await app.present();
      const shown = await page.locator('.labels [data-label-for] text').allTextContents();
      expect(shown.filter((text) => text.length !== 40 || text.endsWith('…'))).toEqual([]);
      // Read from the back of the room: at least 16 px at 720 p, 24 at 1080 p (2.2 % of the height).
      const sizes = await page.locator('.labels [data-label-for] text').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(height * 0.0222);
      // …every one on the map's square, none over another or a marker; the ones left off are counted.
      const map = (await page.locator('[data-export="map"]').boundingBox())!;
      const { labels, markers } = await boxes(page);
      expect(labels.filter((l) => l.right > map.x + map.width + 1 || l.left < map.x - 1).map((l) => l.id)).toEqual([]);
      expect(labels.filter((a, i) => labels.slice(i + 1).some((b) => overlap(a, b) > 0)).map((l) => l.id)).toEqual([]);
      expect(labels.filter((a) => markers.some((m) => overlap(a, m) > 0)).map((l) => l.id)).toEqual([]);
      if (shown.length < 100) await expect(page.getByRole('status').filter({ hasText: /labels? left off/ })).toHaveText(new RegExp(`^${100 - shown.length} labels? left off`));
      test.info().annotations.push({ type: 'labels shown', description: String(shown.length) });
      await app.screenshot(`presentation-100-items-${width}x${height}`);
    });
  }
});
