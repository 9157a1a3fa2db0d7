import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { MapPage } from './MapPage';

/** Before the page loads: makes one part throw while rendering (see CrashProbe). */
async function crashOnLoad(page: Page, where: 'app' | 'map') {
  await page.addInitScript((where) => ((window as unknown as Record<string, unknown>).__paMapCrashProbe = where), where);
}

async function stopCrashing(page: Page) {
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).__paMapCrashProbe = null));
}

/** The board the crash notice hands over, parsed from the downloaded file. */
async function rescuedBoard(page: Page): Promise<{ title: string; items: { label: string }[] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the board (JSON)' }).click()]);
  const envelope = JSON.parse(await readFile((await file.path())!, 'utf8')) as { format: string; board: { title: string; items: { label: string }[] } };
  expect(envelope.format).toBe('pa-map/board');
  return envelope.board;
}

/** The stored copy of the open board (its latest save), read from IndexedDB. */
async function storedLabels(app: MapPage): Promise<string[]> {
  const record = await app.storedBoard();
  return record?.document.board.items.map((item) => item.label) ?? [];
}

test.describe('failures you can see', () => {
  test('a crash of the map says what happened, keeps the panel, pauses saving and hands over the board as it is now', async ({ page }) => {
    await crashOnLoad(page, 'map');
    const app = new MapPage(page);
    await page.goto('/');
    const notice = page.getByRole('alert').filter({ hasText: 'The map stopped working' });
    await expect(notice).toContainText('a test asked the map to crash');
    await expect(page.getByRole('status').filter({ hasText: 'Not saved: paused after a crash' })).toBeVisible();

    const field = page.getByRole('textbox', { name: 'Quick add' });
    await field.fill('Rescued idea');
    await field.press('Enter');
    const rescued = await rescuedBoard(page);
    expect(rescued.title).toBe('Coffee at home');
    expect(rescued.items.map((item) => item.label)).toContain('Rescued idea');
    expect(await storedLabels(app)).not.toContain('Rescued idea');

    await stopCrashing(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(app.map).toBeVisible();
    await expect(app.item('Rescued idea')).toBeVisible();
    await app.waitSaved();
    expect(await storedLabels(app)).toContain('Rescued idea');
  });

  test('a crash of the whole app still says what happened and hands over the board', async ({ page }) => {
    await crashOnLoad(page, 'app');
    await page.goto('/');
    await expect(page.getByRole('alert').filter({ hasText: 'P/A Map stopped working' })).toContainText('a test asked the app to crash');
    const rescued = await rescuedBoard(page);
    expect(rescued.items.length).toBeGreaterThan(0);
  });

  test('without IndexedDB the app opens on the sample board, says what to do, and says every save fails', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('site data is blocked', 'SecurityError');
      };
    });
    const app = new MapPage(page);
    await page.goto('/');
    await expect(app.map).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Coffee at home');
    await expect(page.getByText(/storage could not be opened, so changes will not be kept: .*Export → JSON board/)).toBeVisible();
    await app.quickAdd('Unsaved idea');
    await expect(page.getByRole('status').filter({ hasText: /^Not saved: / })).toBeVisible();
  });

  test('an IndexedDB that never answers does not keep the app from opening', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    });
    const app = new MapPage(page);
    await page.goto('/');
    await expect(app.map).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText(/could not be opened, so changes will not be kept: .*did not answer within 4 s/)).toBeVisible();
  });
});
