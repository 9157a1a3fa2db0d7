import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './MapPage';
import { twoFrames, whenStill } from './mapChecks';

interface Measured {
  readonly text: string;
  readonly ratio: number;
  readonly needed: number;
}

/** Every visible text on the map: its words, colour, box on screen and whether it counts as large. */
function mapTexts(page: Page) {
  return page.locator('[data-export="map"] svg text').evaluateAll((elements) =>
    elements
      .filter((el) => (el.textContent ?? '').trim() !== '' && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const size = parseFloat(style.fontSize);
        const bold = parseInt(style.fontWeight, 10) >= 600;
        const quadrant = el.closest('.quadrant-labels') !== null;
        return { text: el.textContent ?? '', fill: style.fill, box: { x: box.x, y: box.y, width: box.width, height: box.height }, large: quadrant || size >= 24 || (bold && size >= 18.66) };
      })
      .filter((t) => t.box.width > 0 && t.box.height > 0),
  );
}

/**
 * The contrast of every text on the map against what is behind it (axe cannot judge SVG
 * text): the texts' fill is made transparent (their halo stays), the map is photographed, and
 * each text's colour is compared with the pixels of its box; 90 % of them must pass. Large
 * text (24 px, or 18.7 px bold) and quadrant names need 3:1, the rest 4.5:1.
 */
async function mapTextContrast(page: Page): Promise<Measured[]> {
  // Measured once the map stands still (presentation's map grows a frame later), and still
  // standing there when photographed.
  const texts = await whenStill(page, () => mapTexts(page));
  await page.addStyleTag({ content: '[data-export="map"] svg text { fill: transparent !important; }' });
  await twoFrames(page);
  const shot = (await page.screenshot()).toString('base64');
  const where = (list: readonly { text: string; box: unknown }[]) => JSON.stringify(list.map((t) => [t.text, t.box]));
  expect(where(await mapTexts(page))).toBe(where(texts));
  return page.evaluate(
    async ({ shot, texts }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${shot}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      const luminance = (r: number, g: number, b: number) => 0.2126 * channel(r / 255) + 0.7152 * channel(g / 255) + 0.0722 * channel(b / 255);
      const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return texts.map((t) => {
        const [r, g, b] = (t.fill.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
        const ink = luminance(r!, g!, b!);
        const x = Math.max(0, Math.floor(t.box.x));
        const y = Math.max(0, Math.floor(t.box.y));
        const data = context.getImageData(x, y, Math.max(1, Math.ceil(t.box.width)), Math.max(1, Math.ceil(t.box.height))).data;
        const ratios: number[] = [];
        for (let i = 0; i < data.length; i += 4) ratios.push(contrast(ink, luminance(data[i]!, data[i + 1]!, data[i + 2]!)));
        ratios.sort((p, q) => p - q);
        return { text: t.text, ratio: Math.round(ratios[Math.floor(ratios.length * 0.1)]! * 100) / 100, needed: t.large ? 3 : 4.5 };
      });
    },
    { shot, texts },
  );
}

const failing = (measured: readonly Measured[]) => measured.filter((m) => m.ratio < m.needed).map((m) => `${m.text}: ${m.ratio}:1 (needs ${m.needed}:1)`);

test.describe('contrast of the map\'s own text', () => {
  // The check hides the texts' fill with a style tag of its own, which the app's Content-Security-Policy refuses.
  test.use({ bypassCSP: true });

  test('every text on the map reads at 4.5:1 (large text and quadrant names 3:1) in the editor\'s palette', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const measured = await mapTextContrast(page);
    expect(measured.length).toBeGreaterThan(20);
    expect(measured.find((m) => m.text === 'Basic')?.ratio ?? measured.find((m) => /basic/i.test(m.text))?.ratio).toBeGreaterThanOrEqual(3);
    expect(failing(measured)).toEqual([]);
  });

  test('…and in presentation\'s palette, with zones, white space and bands shown', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const app = new MapPage(page);
    await app.open();
    await page.getByRole('checkbox', { name: 'Maslow bands' }).check();
    await app.present();
    const measured = await mapTextContrast(page);
    expect(measured.some((m) => /^[A-C]$/.test(m.text))).toBe(true);
    expect(failing(measured)).toEqual([]);
  });
});
