import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('two tabs on one board: the document seam', () => {
  test('text being typed in one tab survives an edit saved by the other; selection and focus stay', async ({ context }) => {
    const a = new MapPage(await context.newPage());
    await a.open();
    const b = new MapPage(await context.newPage());
    await b.open();
    await b.select('Moka pot');
    const notes = b.page.getByRole('textbox', { name: 'Notes', exact: true });
    await notes.click();
    await notes.fill('Half-typed thought about stovetops');
    // Tab A quick-adds while tab B is typing.
    await a.quickAdd('Added in tab A');
    await a.waitSaved();
    await expect(b.item('Added in tab A')).toBeVisible();
    await expect(notes).toHaveValue('Half-typed thought about stovetops');
    await expect(notes).toBeFocused();
    await notes.press('Tab');
    await b.waitSaved();
    await b.reload();
    await b.select('Moka pot');
    await expect(b.page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue('Half-typed thought about stovetops');
    await expect(b.item('Added in tab A')).toBeVisible();
  });

  test('undo in one tab undoes its own last step, never the other tab\'s edit', async ({ context }) => {
    const a = new MapPage(await context.newPage());
    await a.open();
    const b = new MapPage(await context.newPage());
    await b.open();
    const before = await b.position('Moka pot');
    await b.keyboardMove('Moka pot', ['ArrowRight', 'ArrowRight', 'ArrowRight']);
    await b.waitSaved();
    await expect.poll(() => a.position('Moka pot')).not.toEqual(before);
    await a.select('Pour-over kit');
    await a.field('Label').fill('Pour-over, renamed in A');
    await a.field('Label').press('Enter');
    await a.waitSaved();
    await expect(b.item('Pour-over, renamed in A')).toBeVisible();
    // B's last step is its move: undo brings Moka pot back and leaves A's rename alone.
    await b.undo();
    await expect.poll(() => b.position('Moka pot')).toEqual(before);
    await expect(b.item('Pour-over, renamed in A')).toBeVisible();
    await b.waitSaved();
    await expect.poll(() => a.position('Moka pot')).toEqual(before);
    await expect(a.item('Pour-over, renamed in A')).toBeVisible();
  });
});
