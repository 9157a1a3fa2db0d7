import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { MapPage } from './MapPage';

/**
 * The live workshop's people: one board on several devices (browser contexts: separate
 * storage, as separate people), through the real sync server the tests run against.
 */

export const baseURL = () => test.info().project.use.baseURL!;

/** Browser contexts a test opened for its people: closed after it, so their pages do not keep running (and loading the machine) through later tests. */
const opened = new Set<BrowserContext>();

/** A context of a live test's own: closed when the test ends (`closeContextsAfterEach`). */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  opened.add(context);
  return context;
}

/** Call at the top of a spec that uses these people: each test's contexts close after it. */
export function closeContextsAfterEach(): void {
  test.afterEach(async () => {
    await Promise.all([...opened].map((context) => context.close().catch(() => undefined)));
    opened.clear();
  });
}

export async function person(browser: Browser, url: string, name: string, device: { viewport: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean } = { viewport: { width: 1280, height: 720 } }): Promise<MapPage> {
  const context = await newContext(browser, device);
  const page = await context.newPage();
  await page.goto(url);
  await join(page, name);
  return new MapPage(page);
}

export async function join(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Your name on this board' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('group', { name: 'P/A map' })).toBeVisible();
}

export interface Links {
  readonly facilitator: string;
  readonly edit: string;
  readonly view: string;
}

/** Shares the open board as `name` (who becomes its facilitator); the Share dialog opens on the shared board with its three links. */
export async function share(page: Page, name: string): Promise<Links> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('dialog', { name: 'Share board' }).getByRole('button', { name: 'Share board' }).click();
  await page.waitForURL(/\?room=/);
  await join(page, name);
  const dialog = page.getByRole('dialog', { name: 'Share this board' });
  const facilitator = await dialog.getByRole('textbox', { name: 'Facilitator link' }).inputValue();
  const edit = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
  const view = await dialog.getByRole('textbox', { name: 'View-only link' }).inputValue();
  await expect(dialog.getByRole('img', { name: 'QR code of the edit link' })).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'QR code of the view-only link' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy edit link' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { facilitator, edit, view };
}

export const status = (page: Page) => page.locator('.live-status');

export async function sharedSample(browser: Browser): Promise<{ ana: MapPage; links: Links }> {
  const context = await newContext(browser, { viewport: { width: 1280, height: 720 } });
  const ana = new MapPage(await context.newPage());
  await ana.open();
  const links = await share(ana.page, 'Ana');
  await expect(status(ana.page)).toHaveText(/Live · 1 person · Saved/);
  return { ana, links };
}


/** The projector: the view-only link on a big screen; no name is asked. */
export async function projector(browser: Browser, url: string, viewport = { width: 1920, height: 1080 }): Promise<MapPage> {
  const context = await newContext(browser, { viewport });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('group', { name: 'P/A map' })).toBeVisible();
  return new MapPage(page);
}
