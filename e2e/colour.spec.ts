import { expect, test, type Page } from '@playwright/test';
import { MapPage } from './MapPage';

/**
 * Before the page loads: records the app's IndexedDB writes of boards. A save writes the board's
 * head (`board:<id>`) and the records that changed (array keys ['rec', board, collection, id]).
 */
async function countBoardWrites(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __boardWrites: { key: unknown; value: string }[] };
    w.__boardWrites = [];
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const key = args[1];
      if ((typeof key === 'string' && key.startsWith('board:')) || Array.isArray(key)) w.__boardWrites.push({ key, value: JSON.stringify(args[0] ?? null) });
      return put.apply(this, args);
    };
  });
}

/** Moves through the native picker as a hand does: many `input` events, spaced past the save delay, then the pick's `change`. */
async function pickColour(page: Page, path: string[]) {
  const picker = page.getByRole('textbox', { name: 'Colour' }).or(page.locator('input[type="color"][aria-label="Colour"]'));
  for (const colour of path) {
    await picker.evaluate((input: HTMLInputElement, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, colour);
    await page.waitForTimeout(400);
  }
  await picker.evaluate((input: HTMLInputElement) => input.dispatchEvent(new Event('change', { bubbles: true })));
}

test('the colour picker makes one undo step and one save per pick, not one per input event', async ({ page }) => {
  await countBoardWrites(page);
  const app = new MapPage(page);
  await app.open();
  await app.select('Pour-over kit');
  const marker = app.item('Pour-over kit');
  const before = await marker.locator('[fill^="#"]').first().getAttribute('fill');
  await page.evaluate(() => ((window as unknown as { __boardWrites: unknown[] }).__boardWrites = []));

  await pickColour(page, ['#112233', '#224466', '#336699']);
  await app.waitSaved();
  await page.waitForTimeout(600);

  const writes = await page.evaluate(() => (window as unknown as { __boardWrites: { key: unknown; value: string }[] }).__boardWrites);
  // One save: one head, and the one item's record with the colour picked last.
  expect(writes.filter(({ key }) => typeof key === 'string')).toHaveLength(1);
  const records = writes.filter(({ key }) => Array.isArray(key));
  expect(records).toHaveLength(1);
  expect(records[0]!.value).toContain('#336699');
  expect(records[0]!.value).toContain('Pour-over kit');
  expect(writes.some(({ value }) => value.includes('#224466'))).toBe(false);

  await app.undo();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  expect(await marker.locator('[fill^="#"]').first().getAttribute('fill')).toBe(before);
});
