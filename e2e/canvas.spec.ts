import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { MapPage } from './MapPage';

/** Tab A and tab B on the same board; B's incoming broadcasts can be held back. */
async function openTwoTabs(page: Page, context: BrowserContext): Promise<[MapPage, MapPage]> {
  const a = new MapPage(page);
  await a.open();
  const other = await context.newPage();
  await MapPage.gateBroadcasts(other);
  const b = new MapPage(other);
  await b.open();
  return [a, b];
}

test.describe('the canvas', () => {
  test('a fresh profile opens the sample board with products, personas and a legend', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
    const count = await app.markers().count();
    expect(count).toBeGreaterThanOrEqual(11);
    expect(count).toBeLessThanOrEqual(16);
    await expect(app.item('Pour-over kit')).toHaveAccessibleName('Pour-over kit: interactivity 62 %, need 35 %, immersive-essential quadrant');
    await expect(page.getByRole('checkbox', { name: /Products/ })).toBeChecked();
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option')).toHaveCount(count);
  });

  test('the centre of a marker box is the item position and its hit area is at least 24 px', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const a = await app.item('Moka pot').boundingBox();
    const b = await app.item('Pour-over kit').boundingBox();
    expect(a!.width).toBeGreaterThanOrEqual(24);
    const pa = await app.position('Moka pot');
    const pb = await app.position('Pour-over kit');
    // Same scale on both axes: pixel distance / map distance agrees horizontally and vertically.
    const sx = (b!.x + b!.width / 2 - (a!.x + a!.width / 2)) / (pb.x - pa.x);
    const sy = (b!.y + b!.height / 2 - (a!.y + a!.height / 2)) / (pb.y - pa.y);
    expect(Math.abs(sx + sy)).toBeLessThan(1);
  });

  test('a mouse drag moves an item and the move survives a reload', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const before = await app.position('Moka pot');
    await app.dragItem('Moka pot', 120, -80);
    const after = await app.position('Moka pot');
    expect(after.x).toBeGreaterThan(before.x + 0.1);
    expect(after.y).toBeGreaterThan(before.y + 0.05);
    await app.waitSaved();
    await app.reload();
    expect(await app.position('Moka pot')).toEqual(after);
  });

  test('a drag past the edge stops at the edge of the map', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.dragItem('Home roasting kit', 600, -900);
    expect(await app.position('Home roasting kit')).toEqual({ x: 1, y: 1 });
  });

  test('keyboard pick-up, arrows and drop move by exact steps; Escape cancels', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.keyboardMove('Pour-over kit', ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'Shift+ArrowUp']);
    await app.expectAt('Pour-over kit', 0.65, 0.46);
    await expect(app.item('Pour-over kit')).toHaveAccessibleName('Pour-over kit: interactivity 65 %, need 46 %, immersive-essential quadrant');

    await app.pickUp('Pour-over kit');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await app.expectAt('Pour-over kit', 0.63, 0.46);
    await page.keyboard.press('Escape');
    await app.expectAt('Pour-over kit', 0.65, 0.46);
    await expect(app.item('Pour-over kit')).not.toHaveAttribute('aria-pressed', 'true');
  });

  test('undo and redo a drag as one step each; a cancelled drag leaves no step', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const start = await app.position('Moka pot');
    await app.dragItem('Moka pot', 100, -100);
    // Each step is awaited on screen: on a loaded machine a render can trail the input.
    await expect.poll(() => app.position('Moka pot')).not.toEqual(start);
    const moved = await app.position('Moka pot');
    await app.dragItem('Drip machine', 60, 0, { drop: false });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    // Undo waits while an item is held: the cancelled drag must have let go first.
    await expect(app.item('Drip machine')).not.toHaveAttribute('aria-pressed', 'true');
    await app.undo();
    await expect.poll(() => app.position('Moka pot')).toEqual(start);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => app.position('Moka pot')).toEqual(moved);
    await page.keyboard.press('Control+z');
    await expect.poll(() => app.position('Moka pot')).toEqual(start);
    await page.keyboard.press('Control+y');
    await expect.poll(() => app.position('Moka pot')).toEqual(moved);
  });

  test('quick add places three typed items apart from each other, and kind switch makes personas', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.quickAdd('Cold brew tower', 'Coffee vending', 'Barista robot');
    const points = await Promise.all(['Cold brew tower', 'Coffee vending', 'Barista robot'].map((label) => app.position(label)));
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThanOrEqual(0.03);
    await expect(page.getByRole('textbox', { name: 'Quick add' })).toBeFocused();
    await page.getByRole('radio', { name: 'Persona' }).check();
    await app.quickAdd('Night owls');
    await expect(app.item('Night owls')).toHaveClass(/marker-persona/);
    // Typing in a field never triggers shortcuts.
    await page.getByRole('textbox', { name: 'Quick add' }).press('Control+z');
    await expect(app.item('Night owls')).toBeVisible();
  });

  test('edit an item through the panel, refuse a bad weight, delete by button and by key', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.item('Moka pot').click();
    await app.field('Label').fill('Stovetop moka');
    await app.field('Label').press('Enter');
    await expect(app.item('Stovetop moka')).toBeVisible();
    await app.field('Weight').fill('-3');
    await app.field('Weight').press('Enter');
    await expect(page.getByRole('alert')).toContainText('Weight');
    // The refused value stays in the field to correct; Escape brings the saved one back.
    await expect(app.field('Weight')).toHaveValue('-3');
    await app.field('Weight').press('Escape');
    await expect(app.field('Weight')).toHaveValue('1');
    await app.field('Notes').fill('A stovetop classic');
    await app.field('Notes').blur();
    await page.getByRole('button', { name: 'Use colour #00805e' }).click();
    await expect(page.getByLabel('Colour', { exact: true })).toHaveValue('#00805e');

    await app.select('Coffee hobbyists');
    await app.field('Reach').fill('25');
    await app.field('Reach').press('Enter');
    await app.waitSaved();
    await app.reload();
    await app.select('Coffee hobbyists');
    await expect(app.field('Reach')).toHaveValue('25');
    await app.select('Stovetop moka');
    await expect(app.field('Notes')).toHaveValue('A stovetop classic');

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(app.item('Stovetop moka')).toHaveCount(0);
    await app.item('Pour-over kit').click();
    await page.keyboard.press('Delete');
    await expect(app.item('Pour-over kit')).toHaveCount(0);
    await app.undo();
    await expect(app.item('Pour-over kit')).toBeVisible();
  });

  test('searching the item list narrows it, and choosing a result selects it on the map', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const list = page.getByRole('listbox', { name: 'Items' });
    // Labels and notes are searched: "machine" is in two labels and in the hosts' notes.
    await page.getByRole('searchbox', { name: 'Search items' }).fill('machine');
    await expect(list.getByRole('option')).toHaveCount(3);
    await expect(list.getByRole('option', { name: /Drip machine/ })).toBeVisible();
    await expect(list.getByRole('option', { name: /Design-minded hosts/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search items' }).fill('hobby');
    await list.getByRole('option', { name: /Coffee hobbyists/ }).click();
    await expect(page.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('Coffee hobbyists');
    await expect(page.locator('.markers [data-id] .selection-ring')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search items' }).fill('zzz');
    await expect(list.getByRole('option')).toHaveCount(0);
    await expect(page.getByText('No item matches.')).toBeVisible();
  });

  test('layers hide and bands show', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await page.getByRole('checkbox', { name: /Persona groups/ }).uncheck();
    await expect(app.item('Coffee hobbyists')).toHaveCount(0);
    await expect(app.item('Moka pot')).toBeVisible();
    await page.getByRole('checkbox', { name: /Persona groups/ }).check();
    await page.getByRole('checkbox', { name: /Maslow bands/ }).check();
    await expect(page.getByText('Self-actualization')).toBeVisible();
  });

  test('quadrant labels and axis words are editable and undoable', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await page.getByRole('tab', { name: 'Labels' }).click();
    await page.getByRole('textbox', { name: 'Top-right quadrant' }).fill('Magic');
    await page.getByRole('textbox', { name: 'Top-right quadrant' }).press('Enter');
    await page.getByRole('textbox', { name: 'Horizontal axis high end' }).fill('Hands-on');
    await page.getByRole('textbox', { name: 'Horizontal axis high end' }).press('Enter');
    await expect(app.item('Pour-over kit')).toHaveAccessibleName(/hands-on-essential quadrant/);
    await expect(page.locator('.layer-background').getByText('Magic')).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await app.undo();
    await expect(app.item('Pour-over kit')).toHaveAccessibleName(/immersive-essential quadrant/);
  });

  test('a saved board with a corrupt item opens without it, says so, and the record as stored is kept', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const id = await app.boardId();
    const first = (await app.storedBoard())!.document.board.items[0]!;
    const key = ['rec', id, 'items', first.id];
    const record = (await app.stored(key)) as { position: { x: number } };
    await page.evaluate(async ({ key, record }) => {
      const open = indexedDB.open('pa-map');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const tx = db.transaction('boards', 'readwrite');
      tx.objectStore('boards').put({ ...record, position: { ...record.position, x: Number.NaN } }, key);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, { key, record });
    await app.reload();
    await expect(page.getByRole('alert')).toContainText('1 item could not be read and was left out');
    await expect(page.getByRole('alert')).toContainText('items[0].position.x');
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
    expect(await app.stored(`backup:${id}`)).toBeTruthy();
    const stillCorrupt = await page.evaluate(async (key) => {
      const open = indexedDB.open('pa-map');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const request = db.transaction('boards').objectStore('boards').get(key);
      const stored = await new Promise<{ position: { x: number } }>((resolve) => (request.onsuccess = () => resolve(request.result)));
      return Number.isNaN(stored.position.x);
    }, key);
    expect(stillCorrupt).toBe(true);
    // The next save writes every record: the one left out is gone from storage, the rest stay.
    await app.quickAdd('After the repair');
    await app.waitSaved();
    expect(await app.stored(key)).toBeUndefined();
    expect((await app.storedBoard())!.document.board.items.map((item) => item.label)).toContain('After the repair');
  });

  test('a storage failure (quota) is shown, and the edit stays on screen', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await app.dragItem('Moka pot', 60, -40);
    await expect(page.getByRole('status').filter({ hasText: /Not saved: the browser’s storage for this site is full/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Trying again in \d+ s/ })).toBeVisible();
    expect((await app.position('Moka pot')).x).toBeGreaterThan(0.5);
  });

  test('two tabs on one board: each sees the other’s saves, and a stale write is refused with a banner', async ({ page, context }) => {
    const [a, b] = await openTwoTabs(page, context);
    const other = b.page;
    // B takes A's save from the broadcast (the changes, by id), never reading the board from storage.
    await other.evaluate(() => {
      const w = window as unknown as { __reads: number };
      w.__reads = 0;
      const getAll = IDBObjectStore.prototype.getAll;
      IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
        w.__reads++;
        return getAll.apply(this, args);
      };
    });

    await a.dragItem('Moka pot', 80, -60);
    await a.waitSaved();
    const moved = await a.position('Moka pot');
    await expect.poll(() => b.position('Moka pot')).toEqual(moved);
    expect(await other.evaluate(() => (window as unknown as { __reads: number }).__reads)).toBe(0);

    await b.muteBroadcasts();
    await a.item('Capsule machine').click();
    await a.field('Label').fill('Pod machine');
    await a.field('Label').press('Enter');
    await a.waitSaved();

    await b.item('Drip machine').click();
    await b.field('Label').fill('Drip brewer');
    await b.field('Label').press('Enter');
    await expect(other.getByRole('alert')).toContainText('changed in another tab');
    await expect(other.getByRole('status').filter({ hasText: /Not saved/ })).toBeVisible();

    // A's edit is on disk, untouched by B's stale write.
    await a.reload();
    await expect(a.item('Pod machine')).toBeVisible();
    await expect(a.item('Drip brewer')).toHaveCount(0);

    await other.getByRole('button', { name: 'Load the other tab’s version' }).click();
    await expect(b.item('Pod machine')).toBeVisible();
    await expect(other.getByRole('alert')).toHaveCount(0);
  });

  test('keeping my version in a conflict lays my changes over theirs item by item, and the other tab follows', async ({ page, context }) => {
    const [a, b] = await openTwoTabs(page, context);
    await b.muteBroadcasts();
    const before = await b.position('Moka pot');
    await a.dragItem('Moka pot', 80, -60);
    await a.waitSaved();
    const moved = await a.position('Moka pot');
    expect(moved).not.toEqual(before);
    await b.item('Drip machine').click();
    await b.field('Label').fill('Drip brewer');
    await b.field('Label').press('Enter');
    await b.page.getByRole('button', { name: /^Keep mine/ }).click();
    await b.waitSaved();
    // Mine (the rename) and theirs (the move) both stand, on both tabs.
    await expect(a.item('Drip brewer')).toBeVisible();
    await expect.poll(() => b.position('Moka pot')).toEqual(moved);
    await expect.poll(() => a.position('Moka pot')).toEqual(moved);
  });

  test('a field both tabs changed takes mine on "Keep mine", and the other tab is told its change was replaced', async ({ page, context }) => {
    const [a, b] = await openTwoTabs(page, context);
    await b.muteBroadcasts();
    await a.item('Drip machine').click();
    await a.field('Label').fill('Drip (from A)');
    await a.field('Label').press('Enter');
    await a.waitSaved();
    await b.item('Drip machine').click();
    await b.field('Label').fill('Drip (from B)');
    await b.field('Label').press('Enter');
    await b.page.getByRole('button', { name: /^Keep mine/ }).click();
    await b.waitSaved();
    await expect(a.item('Drip (from B)')).toBeVisible();
    await expect(a.page.getByText('Your change to “Drip (from A)”\'s name was replaced by another tab\'s')).toBeVisible();
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a finger drags an item, and a tap selects without moving it', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const start = await app.position('Pour-over kit');
    const from = await app.centre('Pour-over kit');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.x, from.y);
    for (let k = 1; k <= 10; k++) await touch('touchMove', from.x + 10 * k, from.y - 6 * k);
    await touch('touchEnd', from.x + 100, from.y - 60);
    const moved = await app.position('Pour-over kit');
    expect(moved.x).toBeGreaterThan(start.x + 0.05);
    expect(moved.y).toBeGreaterThan(start.y + 0.03);

    await page.touchscreen.tap((await app.centre('Moka pot')).x, (await app.centre('Moka pot')).y);
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option', { name: /Moka pot/ })).toHaveAttribute('aria-selected', 'true');
    await app.undo();
    expect(await app.position('Pour-over kit')).toEqual(start);
  });
});
