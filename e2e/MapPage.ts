import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { whenStill } from './mapChecks';

/** The P/A map as a user sees it: names and roles, never CSS selectors in the specs. */
export class MapPage {
  readonly map: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('group', { name: 'P/A map' });
  }

  async open() {
    await this.page.goto('/');
    await expect(this.map).toBeVisible();
    await this.waitSaved();
    await this.waitGaps();
    await this.closeWelcome();
  }

  /** A first visit opens with the welcome over the map: closed, as a user exploring the sample would. */
  async closeWelcome() {
    const welcome = this.welcome();
    if (await welcome.isVisible()) await welcome.getByRole('button', { name: 'Explore the sample' }).click();
  }

  welcome(): Locator {
    return this.page.getByRole('region', { name: 'Welcome', exact: true });
  }

  /** Waits until the zones and white space shown are the gap-finder's answer for the board as it is (under load it can trail the first frame). */
  async waitGaps() {
    await expect(this.page.getByRole('region', { name: 'Map' })).toHaveAttribute('data-gaps', 'ready');
  }

  /** A marker by its item label (its accessible name starts with "Label:"). */
  item(label: string): Locator {
    return this.map.getByRole('button', { name: new RegExp(`^${escape(label)}:`) });
  }

  markers(): Locator {
    return this.map.getByRole('button');
  }

  /** Position in map space, read from the marker. */
  async position(label: string): Promise<{ x: number; y: number }> {
    const marker = this.item(label);
    return {
      x: Number(await marker.getAttribute('data-x')),
      y: Number(await marker.getAttribute('data-y')),
    };
  }

  /** Waits until the marker stands at (x, y) in map space (to 1e-9): on a loaded machine a render can trail the key or pointer. */
  async expectAt(label: string, x: number, y: number) {
    await expect
      .poll(async () => {
        const p = await this.position(label);
        return Math.abs(p.x - x) < 1e-9 && Math.abs(p.y - y) < 1e-9 ? 'there' : `at (${p.x}, ${p.y})`;
      })
      .toBe('there');
  }

  async centre(label: string): Promise<{ x: number; y: number }> {
    const box = await this.item(label).boundingBox();
    if (!box) throw new Error(`${label} is not on screen`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drags an item by a pixel offset with real mouse events (dnd-kit needs a move past 4 px). */
  async dragItem(label: string, dx: number, dy: number, { drop = true } = {}) {
    const start = await this.centre(label);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + dx, start.y + dy, { steps: 10 });
    if (drop) await this.page.mouse.up();
  }

  /** Adds an item to the selection (or takes it out) with Shift-click. */
  async shiftClick(label: string) {
    const at = await this.centre(label);
    await this.page.keyboard.down('Shift');
    await this.page.mouse.click(at.x, at.y);
    await this.page.keyboard.up('Shift');
  }

  /** Drags a rectangle on the map between two map-space points (mouse). */
  async drawRectangle(from: { x: number; y: number }, to: { x: number; y: number }) {
    const a = await this.pixelOf(from.x, from.y);
    const b = await this.pixelOf(to.x, to.y);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps: 8 });
    await this.page.mouse.up();
  }

  selectionBar(): Locator {
    return this.page.getByRole('toolbar', { name: /items selected/ });
  }

  /** Space on a focused item: waits until it is held (the keyboard sensor listens from the next task on). */
  async pickUp(label: string) {
    await this.item(label).focus();
    await this.page.keyboard.press('Space');
    await expect(this.item(label)).toHaveAttribute('aria-pressed', 'true');
  }

  async keyboardMove(label: string, keys: string[]) {
    await this.pickUp(label);
    for (const key of keys) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Space');
  }

  /** What the map last said to a screen reader about a drag (dnd-kit's live region). */
  announcement(): Locator {
    return this.page.locator('[id^="DndLiveRegion"]');
  }

  async quickAdd(...labels: string[]) {
    const field = this.page.getByRole('textbox', { name: 'Quick add' });
    for (const label of labels) {
      await field.fill(label);
      await field.press('Enter');
      await expect(this.item(label)).toBeVisible();
    }
  }

  async undo() {
    await this.page.getByRole('button', { name: /^Undo\b/ }).click();
  }

  async redo() {
    await this.page.getByRole('button', { name: /^Redo\b/ }).click();
  }

  async waitSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  }

  async reload() {
    await this.page.reload();
    await expect(this.map).toBeVisible();
  }

  async select(label: string) {
    await this.page.getByRole('listbox', { name: 'Items' }).getByRole('option', { name: label, exact: false }).first().click();
  }

  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true }).or(this.page.getByRole('spinbutton', { name, exact: true }));
  }

  /**
   * Before the page loads: lets the test hold back this tab's incoming broadcasts, as a
   * sleeping or busy tab would miss them.
   */
  static async gateBroadcasts(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { __muted: boolean };
      w.__muted = false;
      const native = BroadcastChannel.prototype.addEventListener;
      BroadcastChannel.prototype.addEventListener = function (
        this: BroadcastChannel,
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        const deliver = typeof listener === 'function' ? listener : listener.handleEvent.bind(listener);
        native.call(this, type, (event: Event) => (w.__muted ? undefined : deliver(event)), options);
      } as typeof native;
    });
  }

  async muteBroadcasts() {
    await this.page.evaluate(() => ((window as unknown as { __muted: boolean }).__muted = true));
  }

  /** The screen point of a map-space position (x interactivity, y need, both in [0, 1]). */
  async pixelOf(x: number, y: number): Promise<{ x: number; y: number }> {
    const plot = (await this.page.locator('.plot-hit').boundingBox())!;
    return { x: plot.x + x * plot.width, y: plot.y + (1 - y) * plot.height };
  }

  /** The top zone's peak on screen (its badge sits beside it; the peak is on the badge's data). */
  async zonePeak(rank = 1): Promise<{ x: number; y: number }> {
    const badge = this.page.locator('.zone-badge').nth(rank - 1);
    return this.pixelOf(Number(await badge.getAttribute('data-x')), Number(await badge.getAttribute('data-y')));
  }

  async openZones() {
    await this.page.getByRole('tab', { name: 'Zones' }).click();
  }

  zones(): Locator {
    return this.page.getByRole('list', { name: 'Ranked zones' }).locator(':scope > li');
  }

  /** Runs an entry of the Boards menu ("New board", "Rename board", …). */
  async boardAction(name: string) {
    await this.page.getByRole('button', { name: 'Boards', exact: true }).click();
    await this.page.getByRole('group', { name: 'Boards' }).getByRole('button', { name, exact: true }).click();
  }

  /** A new blank board, open and empty before anything else happens (a paste goes to it, not the last one). */
  async newBoard() {
    await this.boardAction('New board');
    await expect(this.page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Untitled board');
    await expect(this.markers()).toHaveCount(0);
  }

  /** The boards listed in the Boards menu, the open one first (opens the menu). */
  async boardTitles(): Promise<string[]> {
    await this.page.getByRole('button', { name: 'Boards', exact: true }).click();
    const list = this.page.getByRole('list', { name: 'Boards', exact: true });
    await expect(list.locator('.board-meta').filter({ hasText: 'Loading' })).toHaveCount(0);
    const titles = await list.locator('.board-name').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return titles;
  }

  async openBoard(title: string) {
    await this.page.getByRole('button', { name: 'Boards', exact: true }).click();
    await this.page.getByRole('list', { name: 'Boards', exact: true }).getByRole('button', { name: new RegExp(`^${escape(title)} \\d+ items`) }).click();
    await expect(this.page.getByRole('textbox', { name: 'Board name' })).toHaveValue(title);
  }

  async boardTitle(): Promise<string> {
    return this.page.getByRole('textbox', { name: 'Board name' }).inputValue();
  }

  /** Picks an entry of the Export menu and returns the downloaded file. */
  async exportAs(name: 'Slide (PNG, 16:9)' | 'Map (PNG)' | 'Map (SVG)' | 'JSON board' | 'CSV items'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    await this.page.getByRole('group', { name: 'Export' }).getByRole('button', { name }).click();
    return download;
  }

  /** Imports through the Import button's file chooser. */
  async importFile(name: string, content: string | Buffer, mimeType = 'application/json') {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  }

  /** Imports a survey through the Import survey button's file chooser; the dialog opens on it. */
  async importSurvey(name: string, content: string | Buffer) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import survey', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    return this.page.getByRole('dialog', { name: /Import survey/ });
  }

  /** Drops a file on the window, as the OS would (headless Chromium has no native file drop). */
  async dropFile(name: string, content: string, mimeType = 'application/json') {
    await this.page.evaluate(
      ({ name, content, mimeType }) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type: mimeType }));
        const target = document.querySelector('.map-area') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        }
      },
      { name, content, mimeType },
    );
  }

  /** Pastes text as a spreadsheet would put it on the clipboard (dispatched: headless has no clipboard). */
  async paste(text: string) {
    await this.page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
    }, text);
  }

  trayChip(label: string): Locator {
    return this.page.getByRole('group', { name: 'To place' }).getByRole('button', { name: `Place “${label}” on the map` });
  }

  /** A raw record in the app's IndexedDB store ("board:<id>", "pending:<id>", ['rec', board, collection, id], …), as stored. */
  async stored(key: string | string[]): Promise<unknown> {
    return this.page.evaluate(async (key) => {
      const open = indexedDB.open('pa-map');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const request = db.transaction('boards').objectStore('boards').get(key);
      const value: unknown = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      db.close();
      return value;
    }, key);
  }

  /** Writes a raw record into the app's store, as an older version or a broken disk might have left it. */
  async putStored(key: string | string[], value: unknown) {
    await this.page.evaluate(async ({ key, value }) => {
      const open = indexedDB.open('pa-map');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const tx = db.transaction('boards', 'readwrite');
      tx.objectStore('boards').put(value, key);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, { key, value });
  }

  /**
   * The open board as stored, whole: its head (`board:<id>`) with its records joined in their
   * stored order (each item, zone, note, … is its own record, keyed ['rec', board, collection, id];
   * each collection's order is ['order', board, collection]). A board an older version stored
   * as one record is returned as it is.
   */
  async storedBoard(id?: string): Promise<{ revision: number; document: { format: string; version: number; board: Record<string, unknown> & { items: { id: string; label: string }[] } } } | undefined> {
    const boardId = id ?? (await this.boardId());
    return this.page.evaluate(async (boardId) => {
      const open = indexedDB.open('pa-map');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const store = db.transaction('boards').objectStore('boards');
      const ask = <T>(request: IDBRequest<T>): Promise<T> => new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      const head = (await ask(store.get(`board:${boardId}`))) as { revision: number; layout?: string; head?: { board: Record<string, unknown> }; document?: unknown } | undefined;
      if (!head || head.layout !== 'records') {
        db.close();
        return head as never;
      }
      const board: Record<string, unknown> = { ...head.head!.board };
      for (const collection of ['items', 'pinnedZones', 'notes', 'evidence', 'rounds', 'timers', 'votes', 'ballots']) {
        const records = (await ask(store.getAll(IDBKeyRange.bound(['rec', boardId, collection], ['rec', boardId, collection, []])))) as { id: string }[];
        const order = ((await ask(store.get(['order', boardId, collection]))) ?? []) as string[];
        const rank = new Map(order.map((recordId, i) => [recordId, i]));
        board[collection] = records.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
      }
      db.close();
      return { revision: head.revision, document: { ...head.head, board } } as never;
    }, boardId);
  }

  /** The open board's id, from the record of the last board opened. */
  async boardId(): Promise<string> {
    return String(await this.stored('meta:lastBoardId'));
  }

  /**
   * Before the page loads: lets the test make every IndexedDB write fail as a full disk
   * would (`failWrites(true)`).
   */
  static async gateStorage(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { __failWrites: boolean };
      w.__failWrites = false;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (w.__failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
  }

  /** Before the page loads: keeps every IndexedDB connection the app opens, so a test can close them as the browser might. */
  static async trackDatabases(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { __databases: IDBDatabase[] };
      w.__databases = [];
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<typeof open>) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => w.__databases.push(request.result));
        return request;
      };
    });
  }

  /** Closes every IndexedDB connection the app holds (a cleared site, a disk the browser gave up on). */
  async closeDatabases() {
    await this.page.evaluate(() => (window as unknown as { __databases: IDBDatabase[] }).__databases.forEach((db) => db.close()));
  }

  async failWrites(on: boolean) {
    await this.page.evaluate((on) => ((window as unknown as { __failWrites: boolean }).__failWrites = on), on);
  }

  /** Closes the tab as a user would, running `beforeunload`; the prompt's message type, or null when none was shown. */
  async closeAsked(): Promise<string | null> {
    let asked: string | null = null;
    this.page.once('dialog', (dialog) => {
      asked = dialog.type();
      void dialog.dismiss();
    });
    await this.page.close({ runBeforeUnload: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    return asked;
  }

  /** Enters presentation mode (P) and waits for its rail. */
  async present() {
    await this.page.keyboard.press('p');
    await expect(this.page.getByRole('complementary', { name: 'About this map' })).toBeVisible();
    await this.mapSettled();
  }

  /** Waits until the map square stops changing size (it grows a frame or two after presentation starts or ends). */
  async mapSettled() {
    await whenStill(this.page, () => this.page.locator('[data-export="map"]').boundingBox());
  }

  /** "Step 2 of 4: Persona groups", as the step indicator says it. */
  revealStep(): Locator {
    return this.page.getByRole('navigation', { name: 'Reveal steps' }).locator('.reveal-now');
  }

  /** Goes to a reveal step (1–4) with the keys a presentation clicker sends. */
  async goToStep(step: number) {
    const now = Number(/Step (\d)/.exec((await this.revealStep().textContent()) ?? '')?.[1]);
    for (let i = now; i < step; i++) await this.page.keyboard.press('PageDown');
    for (let i = now; i > step; i--) await this.page.keyboard.press('PageUp');
    await expect(this.revealStep()).toContainText(`Step ${step} of 4`);
  }

  railZones(): Locator {
    return this.page.getByRole('complementary', { name: 'About this map' }).getByRole('region', { name: 'Opportunity zones' }).locator('li');
  }

  notice(): Locator {
    return this.page.locator('.notice');
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `e2e/screenshots/${name}.png` });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
