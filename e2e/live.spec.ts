import { expect, test } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import * as Y from 'yjs';
import { MapPage } from './MapPage';
import { closeContextsAfterEach, join, newContext, person, projector, share, sharedSample, status } from './liveRoom';

closeContextsAfterEach();

/**
 * The live workshop: one board on several devices (browser contexts: separate storage, as
 * separate people), through the real sync server the tests run against.
 */

test.describe('live workshop', () => {
  test('a shared board: links with QR codes, a second person sees edits and drags live, Saved only once stored', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    expect(links.edit).toMatch(/\?room=[A-Za-z0-9_-]{24}#edit=[A-Za-z0-9_-]{24}$/);
    expect(links.facilitator).toMatch(/#facilitator=[A-Za-z0-9_-]{24}$/);
    // The device that shared it runs the room: its address is the facilitator link.
    expect(ana.page.url()).toBe(links.facilitator);
    expect(links.view).toMatch(/#view=[A-Za-z0-9_-]{24}$/);
    const ben = await person(browser, links.edit, 'Ben');
    await expect(ben.item('Moka pot')).toBeVisible();
    await expect(status(ana.page)).toHaveText(/Live · 2 people/);
    await expect(ben.page.getByRole('button', { name: '2 people' })).toBeVisible();

    await ana.quickAdd('Tea kettle');
    await expect(ben.item('Tea kettle')).toBeVisible();
    await expect(status(ana.page)).toHaveText(/Saved/);

    // Ben drags; Ana sees the item move with Ben's name before the drop, then at its new place.
    const before = await ana.position('Moka pot');
    await ben.dragItem('Moka pot', 120, -60, { drop: false });
    await expect(ana.page.getByText('Ben is moving Moka pot')).toBeVisible();
    await ben.page.mouse.up();
    await expect.poll(() => ana.position('Moka pot')).not.toEqual(before);
    await expect(ana.page.getByText('Ben is moving Moka pot')).toHaveCount(0);
    expect(await ana.position('Moka pot')).toEqual(await ben.position('Moka pot'));
    // Each names their own last step, as on a board of their own.
    await expect(ben.page.getByRole('button', { name: 'Undo move “Moka pot”' })).toBeEnabled();
    await expect(ana.page.getByRole('button', { name: 'Undo add “Tea kettle”' })).toBeEnabled();

    // The board is listed under Boards as shared, for both.
    await ben.page.getByRole('button', { name: 'Boards' }).click();
    await expect(ben.page.getByRole('list', { name: 'Shared boards' }).getByRole('button', { name: /Coffee at home.*open now/ })).toBeVisible();
  });

  test('sharing moves the board: this browser lists it as shared, not twice; its other boards stay and the next one opens', async ({ browser }) => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    const ana = new MapPage(await context.newPage());
    await ana.open();
    await ana.newBoard();
    await ana.quickAdd('Only on the second board');
    await ana.waitSaved();
    await ana.openBoard('Coffee at home');
    await share(ana.page, 'Ana');
    expect(await ana.boardTitles()).toEqual(['Untitled board']);
    await ana.page.getByRole('button', { name: 'Boards', exact: true }).click();
    await expect(ana.page.getByRole('list', { name: 'Shared boards' }).getByRole('button', { name: /Coffee at home.*open now/ })).toBeVisible();
    await ana.page.keyboard.press('Escape');
    // Back on this browser's boards (the address without the room): the other board opens, no new sample appears.
    await ana.page.goto('/');
    await expect(ana.item('Only on the second board')).toBeVisible();
    expect(await ana.boardTitles()).toEqual(['Untitled board']);
  });

  test('undo is per person: Ctrl+Z takes back my own last step, never another person\'s', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await ana.quickAdd('Added by Ana');
    await expect(ben.item('Added by Ana')).toBeVisible();
    await ben.quickAdd('Added by Ben');
    await expect(ana.item('Added by Ben')).toBeVisible();
    await ana.map.click({ position: { x: 5, y: 5 } });
    await ana.page.keyboard.press('Control+z');
    await expect(ana.item('Added by Ana')).toHaveCount(0);
    await expect(ben.item('Added by Ana')).toHaveCount(0);
    await expect(ana.item('Added by Ben')).toBeVisible();
    await expect(ben.item('Added by Ben')).toBeVisible();
  });

  test('a file imported on a shared board comes into it for everyone, as one step that one undo takes back', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    const before = await ben.markers().count();
    await ana.importFile('survey.csv', 'name,x,y\nKettle,10,20\nGrinder,30,40\nScale,60,70\n', 'text/csv');
    await expect(ben.item('Kettle')).toBeVisible();
    await expect(ben.item('Scale')).toBeVisible();
    expect(await ben.markers().count()).toBe(before + 3);
    await expect(ana.page).toHaveURL(/\?room=/);
    await ana.undo();
    await expect(ben.item('Kettle')).toHaveCount(0);
    await expect(ben.item('Grinder')).toHaveCount(0);
    expect(await ben.markers().count()).toBe(before);
  });

  test('Bring everyone here: the room follows the facilitator until someone looks around; the facilitator’s second device takes over; a participant cannot lead', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await expect(ben.page.getByRole('button', { name: 'Bring everyone here' })).toHaveCount(0);
    await ben.page.getByRole('button', { name: '2 people' }).click();
    await expect(ben.page.getByRole('button', { name: 'Bring everyone here' })).toHaveCount(0);
    await ben.page.keyboard.press('Escape');
    await ana.page.getByRole('button', { name: 'Bring everyone here' }).click();
    await expect(ben.page.getByText('Following Ana’s screen.')).toBeVisible();
    await ana.openZones();
    await expect(ben.page.getByRole('tab', { name: 'Zones' })).toHaveAttribute('aria-selected', 'true');
    // Ben looks around on his own: he leaves follow, and can rejoin.
    await ben.page.getByRole('tab', { name: 'Items' }).click();
    await expect(ben.page.getByRole('button', { name: 'Follow Ana' })).toBeVisible();
    await ben.page.getByRole('button', { name: 'Follow Ana' }).click();
    await expect(ben.page.getByRole('tab', { name: 'Zones' })).toHaveAttribute('aria-selected', 'true');
    // The facilitator's tablet brings everyone to its screen: it leads now, and Ana's laptop is told.
    const tablet = await person(browser, links.facilitator, 'Ana’s tablet');
    await tablet.page.getByRole('button', { name: 'Bring everyone here' }).click();
    await expect(ana.page.getByText('Ana’s tablet is now leading')).toBeVisible();
    await tablet.page.getByRole('tab', { name: 'Labels' }).click();
    await expect(ana.page.getByRole('tab', { name: 'Labels' })).toHaveAttribute('aria-selected', 'true');
    await expect(ben.page.getByRole('tab', { name: 'Labels' })).toHaveAttribute('aria-selected', 'true');
  });

  test('the view-only link is the projector: the board live, no name asked, no editing chrome, and it cannot change it', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const viewer = await projector(browser, links.view);
    await expect(viewer.page.getByRole('textbox', { name: 'Quick add' })).toHaveCount(0);
    await expect(viewer.page.getByRole('button', { name: 'Add product' })).toHaveCount(0);
    await expect(viewer.page.getByRole('tab', { name: 'Items' })).toHaveCount(0);
    await expect(viewer.page.getByRole('dialog', { name: 'Your name on this board' })).toHaveCount(0);
    const before = await viewer.position('Moka pot');
    await viewer.dragItem('Moka pot', 100, 40);
    await expect.poll(() => viewer.position('Moka pot')).toEqual(before);
    await ana.quickAdd('Seen on the projector');
    await expect(viewer.item('Seen on the projector')).toBeVisible();
    await expect(ana.item('Sneaky edit')).toHaveCount(0);
    expect(await ana.position('Moka pot')).toEqual(before);
  });

  test('offline edits are kept on the device and merge on reconnect', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await ben.page.context().setOffline(true);
    await expect(status(ben.page)).toHaveText('Offline — your changes are kept on this device');
    await ben.quickAdd('Added offline');
    // Leaving now would lose it: asked first.
    await ben.page.getByRole('button', { name: 'Boards', exact: true }).click();
    await ben.page.getByRole('button', { name: 'Leave board' }).click();
    await ben.page.getByRole('dialog', { name: /with changes not saved on the server/ }).getByRole('button', { name: 'Stay' }).click();
    await ana.quickAdd('Added online meanwhile');
    await expect(ana.item('Added offline')).toHaveCount(0);
    await ben.page.context().setOffline(false);
    await expect(ana.item('Added offline')).toBeVisible({ timeout: 15_000 });
    await expect(ben.item('Added online meanwhile')).toBeVisible();
    await expect(status(ben.page)).toHaveText(/Live · 2 people · Saved/, { timeout: 15_000 });
  });

  test('a reload 0 ms after an edit keeps it; a deleted board refuses its links', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    await ana.quickAdd('Kept over the reload');
    await ana.page.reload();
    await expect(ana.item('Kept over the reload')).toBeVisible();
    const ben = await person(browser, links.edit, 'Ben');
    await expect(ben.item('Kept over the reload')).toBeVisible();
    // Only the facilitator deletes a room for everyone.
    await ben.page.getByRole('button', { name: 'Boards' }).click();
    await expect(ben.page.getByRole('button', { name: 'Leave board' })).toBeVisible();
    await expect(ben.page.getByRole('button', { name: 'Delete for everyone' })).toHaveCount(0);
    await ben.page.keyboard.press('Escape');
    await ana.page.getByRole('button', { name: 'Boards' }).click();
    await ana.page.getByRole('button', { name: 'Delete for everyone' }).click();
    await ana.page.getByRole('dialog').getByRole('button', { name: 'Delete for everyone' }).click();
    await ana.page.waitForURL((url) => !url.search.includes('room='));
    await expect(ana.page.getByText(/Deleted “Coffee at home” for everyone/)).toBeVisible();
    await expect(ben.page.getByRole('alert').getByText('This shared board was deleted by its facilitator.')).toBeVisible();
    const late = await (await newContext(browser)).newPage();
    await late.goto(links.edit);
    await expect(late.getByText('This shared board was deleted.')).toBeVisible();
  });

  test('a copy on this device holding what the rule book refuses: the server refuses it, the device drops its copy, reloads from the server and says what was dropped', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const room = new URL(links.edit).searchParams.get('room')!;
    // A hostile item written straight into this device's copy (y-indexeddb's store), as a tampered or broken copy would hold it.
    const hostile = new Y.Doc();
    hostile.transact(() => {
      const fields = new Y.Map<unknown>();
      hostile.getMap('items').set('item:hostile', fields);
      for (const [key, value] of Object.entries({ kind: 'product', label: 'Hostile gadget', colour: '#123456', position: { x: 0.5, y: 0.5 }, weight: 'heavy', reach: null, notes: '', tags: [] })) fields.set(key, value);
    });
    const update = [...Y.encodeStateAsUpdate(hostile)];
    // Written while the room is not open in this browser (this browser's own boards are), as a copy left on the device would be.
    await ana.page.goto('/');
    await expect(ana.map).toBeVisible();
    await ana.page.evaluate(
      ({ name, bytes }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const write = open.result.transaction('updates', 'readwrite');
            write.objectStore('updates').add(new Uint8Array(bytes));
            write.oncomplete = () => {
              open.result.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        }),
      { name: `pa-map-room-${room}`, bytes: update },
    );
    await ana.page.goto(links.edit);
    await expect(ana.page.getByText(/The server refused a change from this device .*Hostile gadget/)).toBeVisible({ timeout: 15_000 });
    await expect(ana.item('Moka pot')).toBeVisible();
    await expect(status(ana.page)).toHaveText(/Live · 1 person · Saved/);
    // The room is as it was: a newcomer sees no trace of it.
    const ben = await person(browser, links.edit, 'Ben');
    await expect(ben.item('Moka pot')).toBeVisible();
    expect(await ben.markers().count()).toBe(await ana.markers().count());
  });

  test('served as plain files, Share says why it is unavailable', async ({ page }) => {
    await page.route('**/api/health', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const map = new MapPage(page);
    await map.open();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Share board' }).getByText(/Sharing is unavailable here/)).toBeVisible();
  });
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the live screens at ${width}×${height}: the Share dialog, another person's drag, following (screenshots, and no axe violation in the dialog)`, async ({ browser }) => {
    const context = await newContext(browser, { viewport: { width, height } });
    const ana = new MapPage(await context.newPage());
    await ana.open();
    const links = await share(ana.page, 'Ana');
    // Ben's first visit: the name dialog, checked by axe before he joins.
    const benPage = await (await newContext(browser, { viewport: { width, height } })).newPage();
    await benPage.goto(links.edit);
    await expect(benPage.getByRole('dialog', { name: 'Your name on this board' })).toBeVisible();
    const nameAxe = await new AxeBuilder({ page: benPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(nameAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await join(benPage, 'Ben');
    const ben = new MapPage(benPage);
    await ana.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = ana.page.getByRole('dialog', { name: 'Share this board' });
    await expect(dialog.getByRole('img', { name: 'QR code of the view-only link' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy view-only link' })).toBeInViewport();
    const axe = await new AxeBuilder({ page: ana.page }).include('.share-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await ana.screenshot(`live-share-${width}x${height}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await ana.page.getByRole('button', { name: 'Bring everyone here' }).click();
    await expect(ben.page.getByText('Following Ana’s screen.')).toBeVisible();
    const bannerAxe = await new AxeBuilder({ page: ben.page }).include('.messages').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(bannerAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await ana.dragItem('Moka pot', width / 12, -height / 14, { drop: false });
    await expect(ben.page.getByText('Ana is moving Moka pot')).toBeVisible();
    await ben.screenshot(`live-remote-drag-${width}x${height}`);
    await ana.page.mouse.up();
  });
}
