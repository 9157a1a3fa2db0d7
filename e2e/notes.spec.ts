import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MapPage } from './MapPage';
import { closeContextsAfterEach, newContext, person, sharedSample } from './liveRoom';

closeContextsAfterEach();

/** Sticky notes on the map: added, typed in place, attached, moved with their item, kept, shared, exported. */

const note = (page: Page, text: string | RegExp) => page.getByRole('group', { name: 'Notes' }).getByRole('button', { name: typeof text === 'string' ? new RegExp(`^Note: ${text}`) : text });
/** N after a click on the empty map corner: a note typed and kept with Ctrl+Enter. */
const addNoteByKey = async (map: MapPage, text: string) => {
  await map.map.click({ position: { x: 5, y: 5 } });
  await map.page.keyboard.press('n');
  const field = map.page.getByRole('textbox', { name: 'Note text' }).first();
  await field.fill(text);
  await field.press('Control+Enter');
  return note(map.page, text);
};
const cardCorner = async (page: Page, text: string) => {
  const box = (await note(page, text).boundingBox())!;
  return { x: box.x, y: box.y };
};

test.describe('sticky notes', () => {
  test('added with the toolbar, typed in place, attached to an item that is then dragged, kept over a reload, undone', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('button', { name: 'Add note' }).click();
    const field = page.getByRole('textbox', { name: 'Note text' }).first();
    await expect(field).toBeFocused();
    await field.fill('Nobody serves students');
    await field.press('Control+Enter');
    await expect(note(page, 'Nobody serves students')).toBeVisible();
    // Attached to the Moka pot in its editor: dragging the pot carries the note along.
    await note(page, 'Nobody serves students').click();
    await page.getByRole('form', { name: 'Edit note' }).getByRole('combobox', { name: /Attached to/ }).selectOption({ label: 'Moka pot' });
    await expect(note(page, /attached/)).toBeVisible();
    const before = await cardCorner(page, 'Nobody serves students');
    await map.dragItem('Moka pot', -80, -50);
    await expect.poll(async () => (await cardCorner(page, 'Nobody serves students')).x).toBeLessThan(before.x - 40);
    const after = await cardCorner(page, 'Nobody serves students');
    expect(after.y).toBeLessThan(before.y - 20);
    // Undo takes back the item's move; the note goes back with it; redo again.
    await map.undo();
    await expect.poll(async () => Math.abs((await cardCorner(page, 'Nobody serves students')).x - before.x)).toBeLessThan(2);
    await map.redo();
    await expect.poll(async () => Math.abs((await cardCorner(page, 'Nobody serves students')).x - after.x)).toBeLessThan(2);
    await map.waitSaved();
    await map.reload();
    await expect(note(page, 'Nobody serves students')).toBeVisible();
    expect(await cardCorner(page, 'Nobody serves students')).toEqual(after);
  });

  test('Escape goes back: typing in a note or a label is not kept; a note over 500 characters stays open with its text and says why', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('button', { name: 'Add note', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Note text' }).first();
    await field.fill('Original');
    await field.press('Control+Enter');
    await expect(note(page, 'Original')).toBeVisible();
    await note(page, 'Original').dblclick();
    await field.press('End');
    await field.pressSequentially(' changed');
    await field.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
    await expect(note(page, 'Original')).toBeVisible();
    await expect(note(page, 'Original changed')).toHaveCount(0);
    // Nothing was kept: one undo takes back the typing of "Original" (the step before the Escape).
    await map.undo();
    await expect(note(page, 'Original')).toHaveCount(0);
    await map.redo();
    await expect(note(page, 'Original')).toBeVisible();

    await map.select('Moka pot');
    await map.field('Label').press('End');
    await map.field('Label').pressSequentially(' XYZ');
    await map.field('Label').press('Escape');
    await expect(map.field('Label')).toHaveValue('Moka pot');
    await expect(map.item('Moka pot XYZ')).toHaveCount(0);
    await expect(map.item('Moka pot')).toBeVisible();

    // 520 characters: refused with the reason; the editor stays open with all of them, the note keeps its text.
    await note(page, 'Original').dblclick();
    await field.fill('x'.repeat(520));
    await field.press('Control+Enter');
    await expect(page.getByRole('alert')).toContainText('longer than the 500 characters');
    await expect(field).toHaveValue('x'.repeat(520));
    await expect(field).toBeFocused();
    await expect(note(page, 'Original')).toBeVisible();
    await field.fill('x'.repeat(500));
    await field.press('Control+Enter');
    await expect(page.getByRole('textbox', { name: 'Note text' })).toHaveCount(0);
    await expect(note(page, 'x'.repeat(20))).toBeVisible();
    await map.waitSaved();
    await map.reload();
    await expect(map.item('Moka pot')).toBeVisible();
    await expect(note(page, 'x'.repeat(20))).toBeVisible();
  });

  test('N adds a note; dropped on an item it attaches; Delete removes it; the Notes layer hides them all; search finds it', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const card = await addNoteByKey(map, 'Check the price');
    const start = (await card.boundingBox())!;
    const target = await map.centre('Capsule machine');
    await page.mouse.move(start.x + 10, start.y + 10);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 10 });
    await page.mouse.up();
    await expect(note(page, /^Note: Check the price, attached/)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search items' }).fill('price');
    await expect(page.getByRole('region', { name: 'Notes' }).getByRole('button', { name: /Check the price/ })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Notes' }).uncheck();
    await expect(card).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Notes' }).check();
    await card.click();
    await page.keyboard.press('Delete');
    await expect(card).toHaveCount(0);
    await map.undo();
    await expect(card).toBeVisible();
  });

  test('dropped on a pinned zone’s pin, a note attaches to the zone; its editor names the zone as a zone', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.openZones();
    await map.zones().first().getByRole('button', { name: 'Pin zone' }).click();
    const zoneName = (await page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem').first().innerText()).split('\n')[0]!;
    const card = await addNoteByKey(map, 'Test with students');
    const start = (await card.boundingBox())!;
    const pin = (await page.locator('.pinned-zone path').first().boundingBox())!;
    await page.mouse.move(start.x + 10, start.y + 10);
    await page.mouse.down();
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 3, { steps: 10 });
    await page.mouse.up();
    await expect(note(page, /^Note: Test with students, attached/)).toBeVisible();
    await page.getByRole('tab', { name: 'Items' }).click();
    await note(page, /^Note: Test with students/).click();
    const attached = page.getByRole('form', { name: 'Edit note' }).getByRole('combobox', { name: /Attached to/ });
    await expect.poll(() => attached.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text ?? '')).toBe(`Pinned zone: ${zoneName.split(' index ')[0]}`);
  });

  test('a note on a shared board: seen live by another person with its author, dragged live, and in the exported SVG', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await ben.page.getByRole('button', { name: 'Add note' }).click();
    const field = ben.page.getByRole('textbox', { name: 'Note text' }).first();
    await field.fill('Ask the baristas');
    await field.press('Control+Enter');
    await expect(note(ana.page, 'Ask the baristas, by Ben')).toBeVisible();
    await expect(note(ana.page, 'Ask the baristas')).toContainText('— Ben');
    // Ben drags the note: Ana sees it move before the drop, then where he let it go.
    const before = (await note(ana.page, 'Ask the baristas').boundingBox())!;
    const start = (await note(ben.page, 'Ask the baristas').boundingBox())!;
    await ben.page.mouse.move(start.x + 10, start.y + 10);
    await ben.page.mouse.down();
    await ben.page.mouse.move(start.x + 10 - 120, start.y + 10 + 80, { steps: 10 });
    await expect.poll(async () => (await note(ana.page, 'Ask the baristas').boundingBox())!.x).toBeLessThan(before.x - 60);
    await ben.page.mouse.up();
    await expect.poll(async () => (await note(ana.page, 'Ask the baristas').boundingBox())!.y).toBeGreaterThan(before.y + 40);
    await ben.page.waitForTimeout(300);
    expect(Math.round((await note(ana.page, 'Ask the baristas').boundingBox())!.x - before.x)).toBeLessThan(-60);
    const download = await ana.exportAs('Map (SVG)');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Ask the baristas');
    expect(svg).toContain('— Ben');
  });
});
