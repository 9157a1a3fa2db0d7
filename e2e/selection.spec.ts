import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

/** Several items at once: pick them, drag them, move them by keys, arrange them, delete them. */

const three = ['Moka pot', 'Drip machine', 'Capsule machine'] as const;

test.describe('a multi-selection', () => {
  test('Shift-click picks three; a drag moves all by one delta; one undo puts all back', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.item(three[0]).click();
    for (const label of three.slice(1)) await map.shiftClick(label);
    await expect(map.selectionBar()).toContainText('3 selected');
    const before = await Promise.all(three.map((label) => map.position(label)));
    await map.dragItem(three[0], 60, -40);
    await expect.poll(() => map.position(three[0])).not.toEqual(before[0]);
    const after = await Promise.all(three.map((label) => map.position(label)));
    const dx = after[0]!.x - before[0]!.x;
    const dy = after[0]!.y - before[0]!.y;
    expect(Math.abs(dx)).toBeGreaterThan(0.01);
    for (const [i, p] of after.entries()) {
      expect(p.x - before[i]!.x).toBeCloseTo(dx, 5);
      expect(p.y - before[i]!.y).toBeCloseTo(dy, 5);
    }
    await map.undo();
    for (const [i, label] of three.entries()) await map.expectAt(label, before[i]!.x, before[i]!.y);
  });

  test('arrows move the selection and say so; Align left lines them up; Delete removes all in one step', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.item(three[0]).click();
    for (const label of three.slice(1)) await map.shiftClick(label);
    const before = await Promise.all(three.map((label) => map.position(label)));
    await map.item(three[0]).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('map-announcer')).toHaveText('3 items moved right 1 %');
    for (const [i, label] of three.entries()) await map.expectAt(label, Math.round((before[i]!.x + 0.01) * 1e6) / 1e6, before[i]!.y);
    await map.selectionBar().getByRole('button', { name: 'Align left' }).click();
    const xs = await Promise.all(three.map(async (label) => (await map.position(label)).x));
    expect(new Set(xs).size).toBe(1);
    expect(xs[0]).toBeCloseTo(Math.min(...before.map((p) => p.x)) + 0.01, 6);
    const count = await map.markers().count();
    await page.keyboard.press('Delete');
    await expect(map.markers()).toHaveCount(count - 3);
    await expect(page.locator('.notice')).toHaveText(/^3 items deleted/);
    await expect(page.getByTestId('map-announcer')).toHaveText('3 items deleted');
    await map.undo();
    await expect(map.markers()).toHaveCount(count);
    await expect(map.selectionBar()).toHaveCount(0);
  });

  test('a rectangle on the empty map selects what is inside; Escape clears; Ctrl+A selects all shown', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const centres = await Promise.all(three.map((label) => map.centre(label)));
    const plot = (await page.locator('.plot-hit').boundingBox())!;
    // From the empty top-left corner to just past the three: every item whose centre is inside is selected, nothing outside.
    const from = { x: plot.x + 12, y: plot.y + 12 };
    const to = { x: Math.max(...centres.map((c) => c.x)) + 6, y: Math.max(...centres.map((c) => c.y)) + 6 };
    const all = await map.map.locator('.marker[data-id]').evaluateAll((markers) =>
      markers.map((m) => {
        const box = m.querySelector('.hit-area')!.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }),
    );
    const inside = all.filter((c) => c.x >= from.x && c.x <= to.x && c.y >= from.y && c.y <= to.y);
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect(inside.length).toBeLessThan(all.length);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await expect(page.locator('.marquee')).toBeVisible();
    await page.mouse.up();
    await expect(map.selectionBar()).toContainText(`${inside.length} selected`);
    await expect(page.getByTestId('map-announcer')).toHaveText(`${inside.length} items selected.`);
    await page.keyboard.press('Escape');
    await expect(map.selectionBar()).toHaveCount(0);
    await page.keyboard.press('Control+a');
    await expect(map.selectionBar()).toContainText(`${all.length} selected`);
  });

  test('the editor of several items sets one colour for all, as one step', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.item(three[0]).click();
    await map.shiftClick(three[1]);
    const editor = page.getByRole('form', { name: 'Edit 2 items' });
    await editor.getByRole('button', { name: 'Use colour #b0428a for all' }).click();
    await expect(editor.getByRole('button', { name: 'Use colour #b0428a for all' })).toHaveAttribute('aria-pressed', 'true');
    for (const label of three.slice(0, 2)) {
      await map.select(label);
      await expect(page.getByRole('form', { name: `Edit ${label}` }).getByRole('button', { name: 'Use colour #b0428a' })).toHaveAttribute('aria-pressed', 'true');
    }
    await map.select(three[2]);
    await expect(page.getByRole('form', { name: `Edit ${three[2]}` }).getByRole('button', { name: 'Use colour #b0428a' })).toHaveAttribute('aria-pressed', 'false');
    await map.undo();
    await map.select(three[0]);
    await expect(page.getByRole('form', { name: `Edit ${three[0]}` }).getByRole('button', { name: 'Use colour #b0428a' })).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('adding and taking out', () => {
  test('Ctrl-, Cmd- or Shift-click takes out an item that was not the last one clicked; the Items list shows every selected item', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const click = async (label: string, key?: 'Control' | 'Meta' | 'Shift') => {
      const at = await map.centre(label);
      if (key) await page.keyboard.down(key);
      await page.mouse.click(at.x, at.y);
      if (key) await page.keyboard.up(key);
    };
    await click(three[0]);
    await click(three[1], 'Control');
    await click(three[2], 'Shift');
    await expect(map.selectionBar()).toHaveAccessibleName(/^3 items selected/);
    const list = page.getByRole('listbox', { name: 'Items' });
    await expect(list).toHaveAttribute('aria-multiselectable', 'true');
    await expect(list.getByRole('option', { selected: true })).toHaveCount(3);
    // The first one clicked, not focused now: Meta-click takes it out and leaves the other two.
    await click(three[0], 'Meta');
    await expect(map.selectionBar()).toHaveAccessibleName(/^2 items selected/);
    await expect(list.getByRole('option', { selected: true })).toHaveText([new RegExp(three[1]), new RegExp(three[2])]);
    await click(three[1], 'Control');
    await expect(map.selectionBar()).toHaveCount(0);
    await expect(page.getByRole('form', { name: `Edit ${three[2]}` })).toBeVisible();
    // Ctrl-click in the list adds, as on the map.
    await list.getByRole('option', { name: new RegExp(three[0]) }).click({ modifiers: ['Control'] });
    await expect(map.selectionBar()).toHaveAccessibleName(/^2 items selected/);
  });
});

test.describe('a multi-selection on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('with Select on, a finger drawn across the empty map selects the items in the rectangle; off, it selects nothing', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const plot = (await page.locator('.plot-hit').boundingBox())!;
    const swipe = async () => {
      const cdp = await page.context().newCDPSession(page);
      const from = { x: plot.x + 4, y: plot.y + 4 };
      const to = { x: plot.x + plot.width * 0.6, y: plot.y + plot.height * 0.6 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 1 }] });
      for (let k = 1; k <= 8; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * k) / 8, y: from.y + ((to.y - from.y) * k) / 8, id: 1 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe();
    await expect(map.selectionBar()).toHaveCount(0);
    await page.getByRole('button', { name: 'Select' }).click();
    await expect(page.getByRole('button', { name: 'Select' })).toHaveAttribute('aria-pressed', 'true');
    await swipe();
    await expect(map.selectionBar()).toContainText(/\d+ selected/);
  });

  test('with Select on, a tap adds an item to the selection and a tap on a selected one takes it out', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('button', { name: 'Select' }).click();
    for (const label of three) await map.item(label).tap();
    await expect(map.selectionBar()).toHaveAccessibleName(/^3 items selected/);
    // Every button of the bar can be reached by a finger: nothing (the zoom buttons, the Select toggle) lies over it.
    const buttons = map.selectionBar().getByRole('button');
    for (let i = 0; i < (await buttons.count()); i++) {
      const box = (await buttons.nth(i).boundingBox())!;
      const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.selection-bar') !== null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
      expect(onTop, await buttons.nth(i).getAttribute('aria-label') ?? `button ${i}`).toBe(true);
    }
    await map.item(three[1]).tap();
    await expect(map.selectionBar()).toHaveAccessibleName(/^2 items selected/);
    await map.selectionBar().getByRole('button', { name: 'Align bottom' }).tap();
    await expect.poll(async () => (await map.position(three[0])).y).toBe((await map.position(three[2])).y);
  });
});
