import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MapPage } from './MapPage';

const markup = '<script>alert(1)</script>';
const attribute = '" onload="x';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloaded(download: import('@playwright/test').Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

test.describe('export', () => {
  test('map PNG of 2000 px, self-contained SVG with the labels as text, JSON and CSV', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.quickAdd(markup, attribute);
    await expect(page.getByRole('listbox', { name: 'Items' })).toContainText(markup);
    await expect(app.item(markup)).toHaveAccessibleName(new RegExp(`^${markup.replace(/[()]/g, '\\$&')}:`));

    const png = await app.exportAs('Map (PNG)');
    expect(png.suggestedFilename()).toBe('coffee-at-home.png');
    const pngBytes = await downloaded(png);
    mkdirSync('e2e/screenshots', { recursive: true });
    expect(pngSize(pngBytes)).toEqual({ width: 2000, height: 2000 });
    writeFileSync('e2e/screenshots/export.png', pngBytes);

    const svgFile = await app.exportAs('Map (SVG)');
    const svg = (await downloaded(svgFile)).toString('utf8');
    writeFileSync('e2e/screenshots/export.svg', svg);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        scripts: doc.querySelectorAll('script, foreignObject, a, image, use').length,
        handlers: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => /^on/i.test(name)),
        links: all.flatMap((el) => [...el.attributes].map((a) => a.value)).filter((value) => /javascript:/i.test(value)),
        font: doc.querySelector('style')?.textContent?.includes('data:font/woff2;base64,') ?? false,
        classes: doc.querySelectorAll('[class]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    // Quadrant names are upper case by CSS on screen; the export writes them so.
    expect(parsed.texts).toEqual(expect.arrayContaining(['Moka pot', 'Coffee hobbyists', markup, attribute, 'Immersive', 'ARTISTIC']));
    expect(parsed.scripts).toBe(0);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.links).toEqual([]);
    expect(parsed.font).toBe(true);
    expect(parsed.classes).toBe(0);
    expect(svg).not.toMatch(/<script|javascript:|foreignObject|@import|href=/i);

    const json = JSON.parse((await downloaded(await app.exportAs('JSON board'))).toString('utf8'));
    expect(json.format).toBe('pa-map/board');
    expect(json.board.items.map((item: { label: string }) => item.label)).toEqual(expect.arrayContaining([markup, attribute, 'Moka pot']));

    const csv = (await downloaded(await app.exportAs('CSV items'))).toString('utf8');
    expect(csv.split('\n')[0]).toBe('label,kind,interactivity,need,weight,reach,notes');
    expect(csv).toContain('\n<script>alert(1)</script>,product,');
    expect(csv).toContain('""" onload=""x"');
  });

  test('the slide is a 3840×2160 PNG; images hold every label in full and never a selection, hover, focus or message', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new MapPage(page);
    await app.open();
    const long = 'Subscription espresso with barista training';
    await app.quickAdd(long.slice(0, 40), 'Office espresso bar and a long name here');
    const slide = await app.exportAs('Slide (PNG, 16:9)');
    expect(slide.suggestedFilename()).toBe('coffee-at-home.slide.png');
    const slideBytes = await downloaded(slide);
    expect(pngSize(slideBytes)).toEqual({ width: 3840, height: 2160 });
    mkdirSync('e2e/screenshots', { recursive: true });
    writeFileSync('e2e/screenshots/slide-3840x2160.png', slideBytes);

    const texts = async () => {
      const svg = (await downloaded(await app.exportAs('Map (SVG)'))).toString('utf8');
      return { svg, texts: await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''), svg) };
    };
    const plain = await texts();
    const labels = await page.getByRole('listbox', { name: 'Items' }).locator('.list-label').allInnerTexts();
    expect(plain.texts).toEqual(expect.arrayContaining(labels));
    expect(plain.texts.some((t) => t.includes('…'))).toBe(false);

    // Selected, focused, a zone hovered, a message on screen: the image is the same.
    await app.select('Moka pot');
    await app.item('Moka pot').focus();
    await app.openZones();
    await app.zones().first().hover();
    await expect(app.notice()).toBeVisible();
    const busy = await texts();
    expect(busy.svg).toBe(plain.svg);
  });

  test('an exported JSON board imports (button) as a new board with the same items', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.dragItem('Moka pot', 60, -40);
    await app.waitSaved();
    const moved = await app.position('Moka pot');
    const file = await downloaded(await app.exportAs('JSON board'));
    await app.importFile('coffee-at-home.pa-map.json', file);
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home (imported)');
    expect(await app.position('Moka pot')).toEqual(moved);
    await app.waitSaved();
    expect((await app.boardTitles()).sort()).toEqual(['Coffee at home', 'Coffee at home (imported)']);
  });
});

test.describe('import', () => {
  const board = (items: unknown[]) =>
    JSON.stringify({
      format: 'pa-map/board',
      version: 1,
      board: {
        id: 'board:dropped', title: 'Dropped board',
        axes: { x: { title: 'Interactivity', min: 'Passive', max: 'Immersive' }, y: { title: 'Need', min: 'Essential', max: 'Aspirational' } },
        quadrants: { bottomLeft: 'Basic', topLeft: 'Showpiece', bottomRight: 'Practical', topRight: 'Artistic' },
        bands: [], display: { showBands: false, showProducts: true, showPersonas: true, showZones: true },
        items, pinnedZones: [], gapSettings: { coverage: 0.1, threshold: 0.5, maxZones: 3 },
        createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
      },
    });
  const product = (id: string, label: string, x: unknown, y: unknown) => ({
    id: `item:${id}`, kind: 'product', label, position: { x, y }, colour: '#0072b2', notes: '', tags: [], weight: 1, reach: null,
  });

  test('a dropped board file opens as a new board; the current one stays', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.dropFile('dropped.json', board([product('a', 'Dropped one', 0.3, 0.3), product('b', 'Dropped two', 0.7, 0.7)]));
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Dropped board (imported)');
    await expect(app.markers()).toHaveCount(2);
    await app.openBoard('Coffee at home');
    await expect(app.item('Moka pot')).toBeVisible();
  });

  test('one bad item in a file: told which, then import the rest or nothing', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const file = board([product('a', 'Good one', 0.3, 0.3), product('b', 'Far away', 7, 0.5), product('c', 'Good two', 0.6, 0.6)]);
    await app.importFile('partly-bad.json', file);
    const dialog = page.getByRole('dialog', { name: '1 item in “partly-bad.json” cannot be imported' });
    await expect(dialog).toContainText('board.items[1].position.x: expected a number ≥ 0 and ≤ 1, got 7');
    await dialog.getByRole('button', { name: 'Import nothing' }).click();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
    expect(await app.boardTitles()).toEqual(['Coffee at home']);
    await app.importFile('partly-bad.json', file);
    await dialog.getByRole('button', { name: 'Import the other 2' }).click();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Dropped board (imported)');
    await expect(app.markers()).toHaveCount(2);
  });

  test('a spreadsheet paste with one bad row: good rows join as one undo step, the bad row is named', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const count = await app.markers().count();
    await app.paste('Name\tKind\tInteractivity\tNeed\nSiphon brewer\tproduct\t70%\t90%\nBroken row\tproduct\tlots\t50\nNight-shift nurses\tpersona\t20\t30\n');
    await expect(app.notice()).toContainText('Added 2 items from the paste');
    await expect(app.notice()).toContainText('row 3: interactivity "lots" is not a number');
    await expect(app.item('Siphon brewer')).toBeVisible();
    expect(await app.position('Siphon brewer')).toEqual({ x: 0.7, y: 0.9 });
    await expect(app.item('Night-shift nurses')).toHaveAccessibleName(/interactivity 20 %, need 30 %/);
    await expect(app.item('Broken row')).toHaveCount(0);
    await app.undo();
    await expect(app.markers()).toHaveCount(count);
  });

  test('a paste of names goes to the tray; drag one onto the map, click another', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.paste('Cold brew bags\nCoffee subscription\n');
    await expect(app.trayChip('Cold brew bags')).toBeVisible();
    await expect(app.item('Cold brew bags')).toHaveCount(0);

    const plot = (await page.locator('.plot-hit').boundingBox())!;
    const chip = (await app.trayChip('Cold brew bags').boundingBox())!;
    await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width * 0.25, plot.y + plot.height * 0.25, { steps: 10 });
    await page.mouse.up();
    await expect(app.item('Cold brew bags')).toBeVisible();
    const placed = await app.position('Cold brew bags');
    expect(placed.x).toBeCloseTo(0.25, 1);
    expect(placed.y).toBeCloseTo(0.75, 1);

    await app.trayChip('Coffee subscription').press('Enter');
    await expect(app.item('Coffee subscription')).toBeVisible();
    await expect(page.getByRole('group', { name: 'To place' })).toHaveCount(0);
    await app.waitSaved();
    await app.reload();
    await expect(app.item('Coffee subscription')).toBeVisible();
  });

  test('hostile files leave the current board exactly as it was, on screen and in storage', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const count = await app.markers().count();
    const stored = () => page.evaluate(async () => {
      const open = indexedDB.open('pa-map');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const request = db.transaction('boards').objectStore('boards').getAll();
      const all: unknown[] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      db.close();
      return JSON.stringify(all);
    });
    const before = await stored();

    await app.importFile('proto.json', '{"format":"pa-map/board","version":1,"board":{"__proto__":{"polluted":true},"items":[]}}');
    await expect(app.notice()).toContainText('“proto.json” was not imported');
    await expect(app.notice()).toContainText('__proto__');
    await app.importFile('nan.json', board([product('a', 'NaN', 'NaN', 0.5)]).replace('"NaN",', 'NaN,'));
    await expect(app.notice()).toContainText('“nan.json” was not imported: file: not valid JSON');
    await app.importFile('huge.json', Buffer.alloc(6 * 1024 * 1024, 32));
    await expect(app.notice()).toContainText('“huge.json” is 6.0 MB; files over 5.0 MB are not imported');
    await app.importFile('wrong.csv', 'label,x,y\n,1,1\nFar,400,2\n', 'text/csv');
    await expect(app.notice()).toContainText('Row 2: no label; Row 3: interactivity 400 is outside 0–100 %');
    await app.paste('x'.repeat(6 * 1024 * 1024));
    await expect(app.notice()).toContainText('pastes over 5.0 MB are not read');

    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
    await expect(app.markers()).toHaveCount(count);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    expect(await stored()).toBe(before);

    // Markup in labels is only text: the board imports and shows it literally.
    await app.importFile('markup.json', board([product('a', markup, 0.4, 0.4), product('b', attribute, 0.6, 0.6)]));
    await expect(page.getByRole('listbox', { name: 'Items' })).toContainText(markup);
    await expect(page.getByRole('listbox', { name: 'Items' })).toContainText(attribute);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"]):not([src])').length)).toBe(0);
  });
});
