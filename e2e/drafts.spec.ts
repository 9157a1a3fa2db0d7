import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './MapPage';

/** Is a draft of a field ending so (".notes", ".label") kept in the page's Web Storage? */
const draftKept = (page: Page, field: string) =>
  page.evaluate((field) => Object.keys(localStorage).some((key) => key.startsWith('pa-map:draft:') && key.endsWith(field)), field);

test.describe('typing is never lost', () => {
  test('6,000 characters typed into Notes, never committed, survive a reload and a closed tab', async ({ page, context }) => {
    const app = new MapPage(page);
    await app.open();
    await app.select('Moka pot');
    const notes = app.field('Notes');
    const typed = `${'Stovetop espresso for two, brewed slowly. '.repeat(143)}end`;
    expect(typed.length).toBeGreaterThanOrEqual(6000);
    await notes.fill(typed.slice(0, -3));
    await notes.pressSequentially(typed.slice(-3));
    // Never left the field: no blur, no commit. The draft is kept (within half a second; polled, not timed).
    await expect.poll(() => draftKept(page, '.notes')).toBe(true);
    await app.reload();
    await expect(app.field('Notes')).toHaveValue(typed);
    await expect(page.getByText('Restored what you were typing')).toBeVisible();
    // Still only a draft: the board keeps the old notes until it is committed.
    await app.field('Notes').press('Tab');
    await app.waitSaved();

    // A second draft, and the tab closed outright.
    await app.select('Moka pot');
    await app.field('Label').fill('Moka pot (aluminium, 2 cups)');
    await expect.poll(() => draftKept(page, '.label')).toBe(true);
    await page.close();
    const again = new MapPage(await context.newPage());
    await again.page.goto('/');
    await expect(again.map).toBeVisible();
    await expect(again.field('Label')).toHaveValue('Moka pot (aluminium, 2 cups)');
    await again.field('Label').press('Enter');
    await expect(again.item('Moka pot (aluminium, 2 cups)')).toBeVisible();
    await again.reload();
    await expect(again.item('Moka pot (aluminium, 2 cups)')).toBeVisible();
    await expect(again.page.getByText('Restored what you were typing')).toHaveCount(0);
  });

  test('bidirectional overrides and C1 controls never reach storage or exports', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.newBoard();
    await app.paste('label\tnotes\nInvoice\u202Egnp.exe\tline\u2028two\u0085three\u2066x\u2069\n');
    await expect(app.trayChip('Invoicegnp.exe')).toBeVisible();
    await page.getByRole('textbox', { name: 'Quick add' }).fill('Spoof\u202Dtxt.pdf\u009B');
    await page.getByRole('textbox', { name: 'Quick add' }).press('Enter');
    await expect(app.item('Spooftxt.pdf')).toBeVisible();
    await app.waitSaved();
    const stored = JSON.stringify(await app.storedBoard());
    for (const ch of ['\u202E', '\u202D', '\u2028', '\u0085', '\u2066', '\u2069', '\u009B']) expect(stored.includes(ch)).toBe(false);
    expect(stored).toContain('Invoicegnp.exe');
    for (const name of ['JSON board', 'CSV items', 'Map (SVG)'] as const) {
      const download = await app.exportAs(name);
      const text = (await (await import('node:fs/promises')).readFile((await download.path())!)).toString('utf8');
      for (const ch of ['\u202E', '\u202D', '\u2028', '\u0085', '\u2066', '\u2069', '\u009B']) expect(text.includes(ch), `${name} holds U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
    }
  });
});
