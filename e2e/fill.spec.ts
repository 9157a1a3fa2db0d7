import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MapPage } from './MapPage';

test.describe('getting a list in', () => {
  test('an empty board says how to fill it and offers a template CSV that imports as it is', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.boardAction('New board');
    const guide = page.getByRole('region', { name: /This board is empty/ });
    await expect(guide).toBeVisible();
    await expect(guide).toContainText('Quick add');
    await expect(guide).toContainText('Paste rows from a spreadsheet');
    await expect(guide).toContainText('interactivity');
    const download = page.waitForEvent('download');
    await guide.getByRole('button', { name: 'Download a template CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pa-map-template.csv');
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.split('\n')[0]).toBe('label,kind,interactivity,need,weight,reach,notes');
    await app.paste(text);
    await expect(app.item('Remote workers')).toBeVisible();
    await expect(guide).toBeHidden();
  });

  test('survey scores on a 1–10 scale land across the map, and another scale picked re-reads them as one undo step', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.newBoard();
    await app.paste('name\tinteractivity\tneed\nKettle\t1\t10\nGrinder\t5.5\t3\nScale\t8\t7\n');
    const banner = page.getByRole('status').filter({ hasText: 'read as' });
    await expect(banner).toContainText('Interactivity and Need read as a 1–10 scale');
    expect(await app.position('Kettle')).toEqual({ x: 0, y: 1 });
    expect((await app.position('Grinder')).x).toBeCloseTo(0.5);

    const picker = banner.getByRole('combobox', { name: 'Read as' });
    await picker.selectOption('1–5');
    await expect(app.notice()).toContainText('off a 1–5 scale');
    await expect(picker).toHaveValue('1-10');
    expect(await app.position('Kettle')).toEqual({ x: 0, y: 1 });

    await picker.selectOption('0–10');
    await expect(picker).toHaveValue('0-10');
    await expect.poll(() => app.position('Kettle')).toEqual({ x: 0.1, y: 1 });
    expect(await app.position('Grinder')).toEqual({ x: 0.55, y: 0.3 });
    await app.undo();
    await expect.poll(() => app.position('Kettle')).toEqual({ x: 0, y: 1 });
    await app.undo();
    await expect(app.item('Kettle')).toHaveCount(0);
  });

  test('a CSV file of 1–5 ratings imports as a new board read on that scale', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.importFile('survey.csv', 'name,x,y\nKettle,1,5\nGrinder,3,2\n', 'text/csv');
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('survey');
    await expect(page.getByRole('status').filter({ hasText: 'read as' })).toContainText('read as a 1–5 scale');
    expect(await app.position('Grinder')).toEqual({ x: 0.5, y: 0.25 });
  });
});

test.describe('a table whose columns carry a scale or are not ours', () => {
  test('"Interactivity (1-10)" and "Need (1-10)" are read as a 1–10 scale; unused columns are named and can be assigned', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.newBoard();
    await app.paste('Name\tPrice\tInteractivity (1-10)\tNeed (1-10)\tNotes 2\nKettle\t30\t1\t5.5\tx\nGrinder\t120\t4\t2.8\ty\n');
    // Both land on the map, read on 1–10 (values within 1–5 alone would have read as 1–5).
    await expect(app.item('Kettle')).toBeVisible();
    await expect(page.getByRole('group', { name: 'To place' })).toHaveCount(0);
    await expect.poll(() => app.position('Kettle')).toEqual({ x: 0, y: 0.5 });
    await expect(app.notice()).toContainText('Not used: Price, Notes 2');
    await expect(app.notice()).toContainText("One step of the 1–10 scale is 11 % of the map's width");
    // A product on a 1–10 scale serves about one step of it: offered as the coverage radius.
    await page.getByRole('button', { name: 'Coverage radius: one step of the scale (11 %)' }).click();
    await app.openZones();
    await expect(app.field('Coverage radius')).toHaveValue('11.1');
    await page.getByRole('tab', { name: 'Items' }).click();
    const columns = page.getByRole('group', { name: 'Columns not used' });
    await expect(columns).toContainText('Not used: Price, Notes 2.');
    // Price assigned as the weight: read again, as one undo step.
    await columns.getByRole('combobox', { name: 'Read “Price” as' }).selectOption('Weight');
    await app.select('Grinder');
    await expect(app.field('Weight')).toHaveValue('120');
    await app.undo();
    await expect(app.field('Weight')).toHaveValue('1');
  });

  test('rows without positions say what they lack', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.newBoard();
    await app.paste('Name\tPrice\nKettle\t30\nGrinder\t120\n');
    await expect(app.notice()).toContainText('2 items wait in the tray to be placed (drag them onto the map), as the table has no interactivity or need column');
  });
});
