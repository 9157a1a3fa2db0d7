import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('several boards', () => {
  test('create, rename, duplicate, switch and delete boards; each keeps its own items across reloads', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const sampleCount = await app.markers().count();

    await app.boardAction('New board');
    await expect(app.markers()).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Untitled board');
    await app.quickAdd('Only here');

    await app.boardAction('Rename board');
    const title = page.getByRole('textbox', { name: 'Board name' });
    await expect(title).toBeFocused();
    await page.keyboard.type('Espresso ideas');
    await page.keyboard.press('Enter');
    await app.waitSaved();
    expect(await app.boardTitles()).toEqual(['Espresso ideas', 'Coffee at home']);

    // Switching back: the sample is as it was; the new board's item is not on it.
    await app.openBoard('Coffee at home');
    await expect(app.markers()).toHaveCount(sampleCount);
    await expect(app.item('Only here')).toHaveCount(0);

    await app.boardAction('Duplicate board');
    await expect(title).toHaveValue('Coffee at home (copy)');
    await expect(app.markers()).toHaveCount(sampleCount);
    const before = await app.position('Moka pot');
    await app.dragItem('Moka pot', 80, -60);
    await expect.poll(async () => (await app.position('Moka pot')).x).toBeGreaterThan(before.x);
    await app.waitSaved();

    // The last board opened reopens after a reload, with its own edit.
    await app.reload();
    await expect(title).toHaveValue('Coffee at home (copy)');
    expect((await app.position('Moka pot')).x).toBeGreaterThan(before.x);
    await app.openBoard('Coffee at home');
    expect(await app.position('Moka pot')).toEqual(before);
    await app.openBoard('Espresso ideas');
    await expect(app.item('Only here')).toBeVisible();

    // Delete asks first; keeping it changes nothing.
    await app.boardAction('Delete board');
    const dialog = page.getByRole('dialog', { name: 'Delete “Espresso ideas”?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(title).toHaveValue('Espresso ideas');
    await app.boardAction('Delete board');
    await dialog.getByRole('button', { name: 'Delete board' }).click();
    await expect(app.notice()).toContainText('Deleted “Espresso ideas”');
    await expect(title).not.toHaveValue('Espresso ideas');
    expect((await app.boardTitles()).sort()).toEqual(['Coffee at home', 'Coffee at home (copy)']);
    await app.reload();
    expect((await app.boardTitles()).sort()).toEqual(['Coffee at home', 'Coffee at home (copy)']);
  });

  test('a new board from the sample, and undo never crosses boards', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.quickAdd('Cold drip tower');
    await app.boardAction('New board from sample');
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
    await expect(app.item('Cold drip tower')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    expect(await app.boardTitles()).toHaveLength(2);
  });

  test('the Boards menu says boards live in this browser; Export all boards writes one file that imports back as new boards', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.newBoard();
    await app.quickAdd('Only on the second board');
    await app.waitSaved();
    await page.getByRole('button', { name: 'Boards', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Boards' })).toContainText('Boards live in this browser at this address only');
    await page.keyboard.press('Escape');

    const downloading = page.waitForEvent('download');
    await app.boardAction('Export all boards');
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('pa-map-all-boards.json');
    const text = (await import('node:fs')).readFileSync((await file.path())!, 'utf8');
    const collection = JSON.parse(text);
    expect(collection.format).toBe('pa-map/boards');
    expect(collection.version).toBe(1);
    expect(collection.boards.map((b: { board: { title: string } }) => b.board.title).sort()).toEqual(['Coffee at home', 'Untitled board']);

    const chooser = page.waitForEvent('filechooser');
    await app.boardAction('Import all boards file');
    await (await chooser).setFiles({ name: 'pa-map-all-boards.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(app.notice()).toContainText('Added 2 boards from “pa-map-all-boards.json” as new boards');
    expect((await app.boardTitles()).sort()).toEqual(['Coffee at home', 'Coffee at home', 'Untitled board', 'Untitled board']);
  });
});
