import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './MapPage';
import { readFileSync } from 'node:fs';

/** Types a name into Quick add and presses Enter, without waiting for anything after. */
async function addNow(page: Page, label: string) {
  const field = page.getByRole('textbox', { name: 'Quick add' });
  await field.fill(label);
  await field.press('Enter');
}

test.describe('an edit survives leaving the page at once', () => {
  for (const delay of [0, 20, 50]) {
    test(`reload ${delay} ms after an edit`, async ({ page }) => {
      const app = new MapPage(page);
      await app.open();
      await addNow(page, `Reloaded ${delay}`);
      await page.waitForTimeout(delay);
      await app.reload();
      await expect(app.item(`Reloaded ${delay}`)).toBeVisible();
      await app.waitSaved();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });

    test(`navigation away ${delay} ms after an edit`, async ({ page }) => {
      const app = new MapPage(page);
      await app.open();
      await addNow(page, `Navigated ${delay}`);
      await page.waitForTimeout(delay);
      await page.goto('about:blank');
      await app.open();
      await expect(app.item(`Navigated ${delay}`)).toBeVisible();
    });

    test(`closing the tab ${delay} ms after an edit`, async ({ context }) => {
      const page = await context.newPage();
      const app = new MapPage(page);
      await app.open();
      await addNow(page, `Closed ${delay}`);
      await page.waitForTimeout(delay);
      await page.close();
      const again = new MapPage(await context.newPage());
      await again.open();
      await expect(again.item(`Closed ${delay}`)).toBeVisible();
    });
  }

  test('edits made on an older version are offered back: restore as a copy, or discard', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const id = await app.boardId();
    const stored = (await app.storedBoard(id))!;
    const document = structuredClone(stored.document);
    document.board.items[0]!.label = 'Edited while leaving';
    await app.putStored(`pending:${id}`, { boardId: id, base: stored.revision - 1, document, savedAt: new Date().toISOString(), writer: 'tab:other' });
    await app.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Unsaved changes from' });
    await expect(banner).toBeVisible();
    await expect(app.item('Edited while leaving')).toHaveCount(0);
    await banner.getByRole('button', { name: 'Restore as a copy' }).click();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home (restored)');
    await expect(app.item('Edited while leaving')).toBeVisible();
    await expect(banner).toHaveCount(0);
    await app.reload();
    await expect(banner).toHaveCount(0);
    expect((await app.boardTitles()).sort()).toEqual(['Coffee at home', 'Coffee at home (restored)']);
  });
});

test.describe('the browser asks before leaving only when something is at risk', () => {
  test('no prompt after a plain edit', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.quickAdd('Plain edit');
    expect(await app.closeAsked()).toBeNull();
    expect(page.isClosed()).toBe(true);
  });

  test('a failed save says why, asks before leaving, retries by itself and says when it caught up', async ({ page }) => {
    await MapPage.gateStorage(page);
    const app = new MapPage(page);
    await app.open();
    await app.failWrites(true);
    await app.quickAdd('Saved late');
    const status = page.getByRole('status').filter({ hasText: /^Not saved/ });
    await expect(status).toContainText('Not saved: the browser’s storage for this site is full');
    await expect(status).toContainText('Trying again in');
    expect(await app.closeAsked()).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    await app.failWrites(false);
    await expect(app.notice()).toContainText('Saved again: every change is stored', { timeout: 10_000 });
    await app.waitSaved();
    await app.reload();
    await expect(app.item('Saved late')).toBeVisible();
  });

  test('a closed storage connection is opened again: edits made after it closed are saved, and a reload keeps them', async ({ page }) => {
    await MapPage.trackDatabases(page);
    const app = new MapPage(page);
    await app.open();
    await app.closeDatabases();
    await addNow(page, 'After the connection closed');
    await app.waitSaved();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Closed again, with the writes failing for a while (a full disk): kept, retried, then saved.
    await MapPage.gateStorage(page);
    await app.reload();
    await app.closeDatabases();
    await app.failWrites(true);
    await addNow(page, 'While the disk was full');
    const status = page.getByRole('status').filter({ hasText: /^Not saved/ });
    await expect(status).toBeVisible({ timeout: 10_000 });
    // The board can be taken away as a file at any time while it cannot be saved.
    const file = page.waitForEvent('download');
    await status.getByRole('button', { name: 'Download the board' }).click();
    expect((await file).suggestedFilename()).toBe('coffee-at-home.pa-map.json');
    await app.failWrites(false);
    await app.waitSaved();
    await app.reload();
    await expect(app.item('After the connection closed')).toBeVisible();
    await expect(app.item('While the disk was full')).toBeVisible();
  });

  test('an open conflict with another tab asks before leaving', async ({ context }) => {
    const first = await context.newPage();
    await MapPage.gateBroadcasts(first);
    const a = new MapPage(first);
    await a.open();
    const b = new MapPage(await context.newPage());
    await b.open();
    await a.muteBroadcasts();
    await b.quickAdd('From the second tab');
    await b.waitSaved();
    await a.quickAdd('From the first tab');
    await expect(first.getByRole('alert').filter({ hasText: 'This board was changed in another tab' })).toBeVisible();
    expect(await a.closeAsked()).toBe('beforeunload');
  });
});

test.describe('what a board may hold', () => {
  test('6,000 characters of notes are saved and reload; more than the limit are kept in the field with a message', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.select('Moka pot');
    const notes = app.field('Notes');
    await notes.fill('n'.repeat(6_000));
    await notes.blur();
    await app.waitSaved();
    await app.reload();
    await app.select('Moka pot');
    await expect(app.field('Notes')).toHaveValue('n'.repeat(6_000));
    await app.field('Notes').fill('m'.repeat(10_050));
    await expect(page.getByText('10,050 characters; at most 10,000 fit')).toBeVisible();
    await app.field('Notes').blur();
    await expect(app.notice()).toContainText('Notes are 10050 characters long; at most 10000 fit');
    await expect(app.field('Notes')).toHaveValue('m'.repeat(10_050));
    await app.waitSaved();
  });

  test('a pasted row of kind "constructor" is refused with a message, and saving goes on', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.paste('label,kind,x,y\nPoison,constructor,0.5,0.5\nFine,product,0.4,0.4\n');
    await expect(app.notice()).toContainText('row 2: kind "constructor" is neither product, persona nor concept');
    await expect(app.item('Poison')).toHaveCount(0);
    await app.quickAdd('After the paste');
    await app.waitSaved();
    await app.reload();
    await expect(app.item('Fine')).toBeVisible();
    await expect(app.item('After the paste')).toBeVisible();
  });

  test('control characters never reach storage or exports; binary files are refused as not text', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.paste('label,notes\nBell\u0007 and\u0000 nul,fine\u0001\nClean,ok\n');
    await expect(app.notice()).toContainText('3 control characters were removed (row 2)');
    await expect(app.trayChip('Bell and nul')).toBeVisible();
    await app.select('Moka pot');
    await app.field('Label').fill('Moka\u0007 pot\u0000 classic');
    await app.field('Label').press('Enter');
    await expect(page.getByText('2 control characters were removed.')).toBeVisible();
    await expect(app.item('Moka pot classic')).toBeVisible();
    await app.waitSaved();
    const stored = JSON.stringify(await app.storedBoard());
    expect(stored).not.toMatch(/\\u000[0-8]|\\u001/);
    const svg = await (await app.exportAs('Map (SVG)')).path();
    const text = (await import('node:fs')).readFileSync(svg!, 'utf8');
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length, text)).toBe(0);
    await app.importFile('garbage.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x01, 0x02, 0xc3]), 'application/octet-stream');
    await expect(app.notice()).toContainText('“garbage.bin” was not imported: not a text file');
  });

  test('a 4.8 MB file of 20,000 items with 50 non-string tags each is answered within 15 s', async ({ page }) => {
    test.setTimeout(60_000);
    const app = new MapPage(page);
    await app.open();
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      id: `item:i${i}`, kind: 'product', label: `Item ${i}`, position: { x: 0.5, y: 0.5 }, colour: '#0072b2', notes: '', tags: Array(50).fill(1), weight: 1, reach: null,
    }));
    const file = JSON.stringify({ format: 'pa-map/board', version: 1, board: { ...JSON.parse(JSON.stringify((await app.storedBoard())!.document.board)), items } });
    expect(file.length).toBeGreaterThan(4.5e6);
    expect(file.length).toBeLessThan(5 * 1024 * 1024);
    const start = Date.now();
    await app.importFile('big.json', file);
    await expect(app.notice()).toContainText('none of the 20000 items can be read', { timeout: 15_000 });
    expect(Date.now() - start).toBeLessThan(15_000);
    await expect(app.notice()).toContainText('board.items[0].tags[0]: expected text, got 1');
  });
});

test.describe('two tabs and the stored record', () => {
  test('a board deleted in one tab stays deleted; the other tab says so and offers a copy', async ({ context }) => {
    const a = new MapPage(await context.newPage());
    await a.open();
    await a.boardAction('Duplicate board');
    await expect(a.page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home (copy)');
    await a.waitSaved();
    const second = await context.newPage();
    await MapPage.gateBroadcasts(second);
    const b = new MapPage(second);
    await b.open();
    await expect(second.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home (copy)');
    await b.muteBroadcasts();

    await a.boardAction('Delete board');
    await a.page.getByRole('dialog').getByRole('button', { name: 'Delete board' }).click();
    await expect(a.notice()).toContainText('Deleted “Coffee at home (copy)”');

    // The second tab missed the announcement: its next save finds the board deleted and writes nothing.
    await b.quickAdd('Made after the delete');
    const banner = second.getByRole('alert').filter({ hasText: 'This board was deleted in another tab' });
    await expect(banner).toBeVisible();
    expect(await b.closeAsked().catch(() => null)).toBe('beforeunload');
    await a.reload();
    expect(await a.boardTitles()).toEqual(['Coffee at home']);

    await banner.getByRole('button', { name: 'Keep a copy' }).click();
    await expect(second.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home (copy) (copy)');
    await expect(b.item('Made after the delete')).toBeVisible();
    await b.waitSaved();
    await a.reload();
    expect((await a.boardTitles()).sort()).toEqual(['Coffee at home', 'Coffee at home (copy) (copy)']);
  });

  test('edits kept by a closing tab that never heard of the delete are offered when the app opens again', async ({ context }) => {
    const a = new MapPage(await context.newPage());
    await a.open();
    await a.boardAction('Duplicate board');
    await a.waitSaved();
    const second = await context.newPage();
    await MapPage.gateBroadcasts(second);
    const b = new MapPage(second);
    await b.open();
    await b.muteBroadcasts();
    await a.boardAction('Delete board');
    await a.page.getByRole('dialog').getByRole('button', { name: 'Delete board' }).click();
    await b.quickAdd('Late edit');
    await expect(second.getByRole('alert').filter({ hasText: 'deleted in another tab' })).toBeVisible();
    await second.close();

    const c = new MapPage(await context.newPage());
    await c.page.goto('/');
    const banner = c.page.getByRole('alert').filter({ hasText: 'to “Coffee at home (copy)”, a board since deleted in another tab' });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Restore as a copy' }).click();
    await expect(c.page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home (copy) (restored)');
    await expect(c.item('Late edit')).toBeVisible();
    await c.reload();
    await expect(banner).toHaveCount(0);
  });

  test('a tab that hears of the delete says so at once', async ({ context }) => {
    const a = new MapPage(await context.newPage());
    await a.open();
    await a.boardAction('Duplicate board');
    await a.waitSaved();
    const b = new MapPage(await context.newPage());
    await b.open();
    await a.boardAction('Delete board');
    await a.page.getByRole('dialog').getByRole('button', { name: 'Delete board' }).click();
    const banner = b.page.getByRole('alert').filter({ hasText: 'This board was deleted in another tab' });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Close it' }).click();
    await expect(b.page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
  });

  test('a stored revision that is not a whole number is reported, not taken for another tab', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const id = await app.boardId();
    const stored = (await app.stored(`board:${id}`)) as object;
    await app.putStored(`board:${id}`, { ...stored, revision: '7' });
    await app.reload();
    await expect(app.notice()).toContainText('unreadable revision ("7")');
    await app.quickAdd('After the repair');
    await app.waitSaved();
    await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(0);
    // Opened as revision 0, saved again from 1: the quick add is revision 2.
    expect(((await app.stored(`board:${id}`)) as { revision: unknown }).revision).toBe(2);
  });
});

test.describe('a board stored as records', () => {
  test('a save writes the board’s head and the one record that changed, nothing else', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.waitSaved();
    const id = await app.boardId();
    await page.evaluate(() => {
      const written: unknown[] = [];
      (window as unknown as { written: unknown[] }).written = written;
      const put = IDBObjectStore.prototype.put;
      const remove = IDBObjectStore.prototype.delete;
      IDBObjectStore.prototype.put = function (value, key) {
        written.push(['put', key]);
        return put.call(this, value, key);
      };
      IDBObjectStore.prototype.delete = function (key) {
        written.push(['delete', key instanceof IDBKeyRange ? 'range' : key]);
        return remove.call(this, key);
      };
    });
    await app.dragItem('Moka pot', 60, -40);
    await app.waitSaved();
    const written = (await page.evaluate(() => (window as unknown as { written: unknown[] }).written)) as [string, unknown][];
    const moka = (await app.storedBoard())!.document.board.items.find((item) => item.label === 'Moka pot')!;
    expect(written.filter(([, key]) => key !== 'meta:lastBoardId' && key !== `pending:${id}`)).toEqual([
      ['put', ['rec', id, 'items', moka.id]],
      ['put', `board:${id}`],
    ]);
    await app.reload();
    expect((await app.storedBoard())!.document.board.items.find((item) => item.label === 'Moka pot')).toEqual(moka);
  });

  for (const version of [1, 3, 5]) {
    test(`a board an older version stored whole (schema ${version}) opens unchanged, and its next save keeps it as records`, async ({ page }) => {
      const app = new MapPage(page);
      await app.open();
      const fixture = JSON.parse(readFileSync(`src/schema/fixtures/v${version}.json`, 'utf8')) as { board: { id: string; title: string; items: { label: string; position: unknown }[] } };
      const shown = (item: { label: string; position: unknown }) => (item.position ? app.item(item.label) : app.trayChip(item.label));
      const id = fixture.board.id;
      await app.putStored(`board:${id}`, { revision: 3, document: fixture, writer: '' });
      await app.putStored('meta:lastBoardId', id);
      await app.reload();
      await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue(fixture.board.title);
      for (const item of fixture.board.items) await expect(shown(item)).toBeVisible();
      await app.quickAdd('Added after the upgrade');
      await app.waitSaved();
      expect(await app.stored(`board:${id}`)).toMatchObject({ revision: 4, layout: 'records' });
      const labels = (await app.storedBoard(id))!.document.board.items.map((item) => item.label);
      expect(labels).toEqual([...fixture.board.items.map((item) => item.label), 'Added after the upgrade']);
      await app.reload();
      await expect(app.item('Added after the upgrade')).toBeVisible();
      for (const item of fixture.board.items) await expect(shown(item)).toBeVisible();
    });
  }
});
