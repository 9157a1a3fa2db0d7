import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('opportunity zones', () => {
  test('the sample board shows three ranked zones, explained in the room\'s words, and lettered white space', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expect(page.getByRole('button', { name: 'Opportunity zones' })).toHaveAttribute('aria-pressed', 'true');
    await app.openZones();
    const zones = app.zones();
    await expect(zones).toHaveCount(3);
    await expect(zones.first()).toContainText('Zone 1: Remote workers');
    await expect(zones.first()).toContainText('index 100');
    await expect(zones.first()).toContainText(/Remote workers \(size [\d.]+, \d+ % unmet\)[^.]*; [\d.]+× the unmet demand of zone 2\. Nearest product to (this group|these groups): [^,]+, \d+ % of the map's width away\. In the Artistic quadrant\./);
    // How each zone holds up when products reach half and twice as far, pinned for the sample board.
    // (Zone 1 becomes zone 2 at twice the radius: the words say so, never "still".)
    await expect(zones.nth(0).getByRole('list', { name: 'How it holds up' }).getByRole('listitem')).toHaveText([
      "If products reach twice as far (20 % of the map's width): becomes zone 2",
      "If products reach half as far (5 % of the map's width): stays zone 1",
    ]);
    await expect(zones.nth(2).getByRole('list', { name: 'How it holds up' }).getByRole('listitem')).toHaveText([
      "If products reach twice as far (20 % of the map's width): stays zone 3",
      "If products reach half as far (5 % of the map's width): drops out of the top 3",
    ]);
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await expect(page.locator('.white-space-letter')).toHaveText(['A', 'B', 'C']);
    await expect(page.getByRole('list', { name: 'White space' }).getByRole('listitem').first()).toHaveText(/^A The open corner at Immersive–Essential, radius \d+ % of the map's width\.$/);
    // Who is left out: one bar per persona group, most unmet first.
    const unmet = page.getByRole('list', { name: 'Unmet demand by persona group' }).getByRole('listitem');
    await expect(unmet).toHaveCount(4);
    await expect(unmet.first()).toContainText('Design-minded hosts');
    const shares = (await unmet.allInnerTexts()).map((text) => Number(/(\d+) % unmet/.exec(text)![1]));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    await app.screenshot('zones-1280x720');
  });

  test('a group nobody serves outranks a taller sliver between products (the home-entertainment market)', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const rows = [
      'label\tkind\tinteractivity\tneed\tweight\treach',
      'Basic TV\tproduct\t12\t15\t1\t', 'Soundbar\tproduct\t20\t34\t1\t', 'Streaming stick\tproduct\t34\t14\t1\t', 'Smart TV\tproduct\t40\t36\t1\t',
      'Projector\tproduct\t50\t55\t1\t', 'VR headset\tproduct\t92\t75\t1\t', 'Turntable\tproduct\t20\t75\t1\t', 'Home cinema kit\tproduct\t45\t72\t1\t',
      'Family movie nights\tpersona\t27\t24\t3\t15', 'Music lovers\tpersona\t25\t82\t1\t12', 'Couch gamers\tpersona\t78\t42\t2\t12', 'Retired viewers\tpersona\t12\t30\t2\t12',
    ];
    await app.newBoard();
    await app.paste(rows.join('\n'));
    await app.openZones();
    const zones = app.zones();
    await expect(zones.first()).toContainText('Zone 1: Couch gamers');
    await expect(zones.first()).toContainText("Couch gamers (size 2, 91 % unmet); 1.3× the unmet demand of zone 2. Nearest product to this group: Projector, 29 % of the map's width away.");
    await expect(zones.nth(1)).toContainText('Family movie nights');
    await expect(page.getByRole('list', { name: 'Unmet demand by persona group' }).getByRole('listitem').first()).toContainText(/Couch gamers\s*91 % unmet/);
  });

  test('white space has its own toggle, saved with the board and undoable as a view setting is not', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await expect(page.locator('.white-space-letter')).toHaveCount(3);
    // The circles keep off the labels: their mask has a hole for every label an outline passes
    // through (measured on screen), and none for the others.
    await expect(page.locator('.white-space')).toHaveAttribute('mask', 'url(#white-space-mask)');
    const { labels, crossed } = await page.evaluate(() => {
      const rings = [...document.querySelectorAll('.white-space circle')].map((circle) => {
        const box = circle.getBoundingClientRect();
        return { cx: box.left + box.width / 2, cy: box.top + box.height / 2, r: box.width / 2 };
      });
      const boxes = [...document.querySelectorAll('.labels .label text')].map((text) => text.getBoundingClientRect());
      const crosses = (ring: { cx: number; cy: number; r: number }, box: DOMRect) => {
        const near = Math.hypot(Math.max(box.left - ring.cx, 0, ring.cx - box.right), Math.max(box.top - ring.cy, 0, ring.cy - box.bottom));
        const far = Math.hypot(Math.max(Math.abs(ring.cx - box.left), Math.abs(ring.cx - box.right)), Math.max(Math.abs(ring.cy - box.top), Math.abs(ring.cy - box.bottom)));
        return near <= ring.r && far >= ring.r;
      };
      return { labels: boxes.length, crossed: boxes.filter((box) => rings.some((ring) => crosses(ring, box))).length };
    });
    expect(labels).toBeGreaterThan(10);
    const holes = await page.locator('#white-space-mask rect[fill="black"]').count();
    expect(holes).toBeGreaterThanOrEqual(crossed);
    expect(holes).toBeLessThan(labels);
    await page.getByRole('checkbox', { name: /White space/ }).uncheck();
    await expect(page.locator('.white-space-letter')).toHaveCount(0);
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await app.waitSaved();
    await app.reload();
    await expect(page.locator('.zone-badge')).toHaveCount(3);
    await expect(page.locator('.white-space-letter')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /White space/ })).not.toBeChecked();
  });

  test('dragging a product into the top zone changes the ranking during the drag and after the drop', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await expect(app.zones().first()).toContainText('Remote workers');
    const target = await app.zonePeak(1);
    const start = await app.centre('Pour-over kit');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 12 });
    // Still holding the mouse: the list already follows the preview, computed by a worker.
    await expect(app.zones().first()).not.toContainText('Zone 1: Remote workers');
    expect(page.workers().length).toBeGreaterThan(0);
    for (const worker of page.workers()) expect(worker.url()).toMatch(/gaps\.worker/);
    await app.screenshot('zones-during-drag');
    await page.mouse.up();
    await expect(app.zones().first()).not.toContainText('Zone 1: Remote workers');
    await app.undo();
    await expect(app.zones().first()).toContainText('Zone 1: Remote workers');
  });

  test('settings are undoable and saved; the toggle hides the overlay', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await page.getByRole('spinbutton', { name: 'Number of zones' }).fill('1');
    await page.getByRole('spinbutton', { name: 'Number of zones' }).press('Enter');
    await expect(app.zones()).toHaveCount(1);
    await expect(page.locator('.white-space-letter')).toHaveCount(1);
    await app.undo();
    await expect(app.zones()).toHaveCount(3);
    await app.redo();
    await expect(app.zones()).toHaveCount(1);
    await app.waitSaved();
    await app.reload();
    await app.openZones();
    await expect(app.zones()).toHaveCount(1);
    await page.getByRole('button', { name: 'Opportunity zones' }).click();
    await expect(page.locator('.zone-badge')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Opportunity zones' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('pin a zone and place a concept in it; both survive a reload and undo', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    const first = app.zones().first();
    await first.getByRole('button', { name: 'Pin zone' }).click();
    await expect(page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem')).toHaveCount(1);
    const badge = page.locator('.zone-badge').first();
    const peak = { x: Number(await badge.getAttribute('data-x')), y: Number(await badge.getAttribute('data-y')) };
    await first.getByRole('button', { name: 'Place concept in zone 1' }).click();
    await first.getByRole('textbox', { name: 'Concept name' }).fill('Desk espresso dock');
    await first.getByRole('textbox', { name: 'Concept name' }).press('Enter');
    // The concept lands where it meets the most of the zone's unmet demand (near the peak, not on it), and says so.
    await expect(app.notice()).toContainText(/Placed Desk espresso dock where it meets the most of zone 1's unmet demand \(\d+ % of it\)/);
    const concept = await app.position('Desk espresso dock');
    expect(Math.hypot(concept.x - peak.x, concept.y - peak.y)).toBeLessThan(0.25);
    await app.waitSaved();
    await app.reload();
    await expect(app.item('Desk espresso dock')).toBeVisible();
    await app.openZones();
    await expect(page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: /^Unpin/ }).click();
    await expect(page.getByRole('list', { name: 'Pinned zones' })).toHaveCount(0);
    await app.undo();
    await expect(page.getByRole('list', { name: 'Pinned zones' }).getByRole('listitem')).toHaveCount(1);
  });

  test('hovering a zone in the list highlights it on the map', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.openZones();
    await app.zones().nth(1).hover();
    await expect(page.locator('.zone-2.zone-hovered')).toHaveCount(1);
  });
});
