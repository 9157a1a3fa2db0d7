import { expect, test, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { closeContextsAfterEach, newContext, person, sharedSample, status } from './liveRoom';

closeContextsAfterEach();

/** A participant on a phone in a live room: the live screens fit beside the map, never over it. */

const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

async function fitsTheScreen(page: Page) {
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) {
  test(`on a ${viewport.width}×${viewport.height} phone: status, people, following and the Share dialog fit, and leave the map clear`, async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const phone = await person(browser, links.edit, 'Pat', { viewport, hasTouch: true, isMobile: true });
    await expect(status(phone.page)).toHaveText(/Live · 2 people/);
    await ana.page.getByRole('button', { name: 'Bring everyone here' }).click();
    const banner = phone.page.locator('.banner', { hasText: 'Following Ana’s screen.' });
    await expect(banner).toBeVisible();
    const map = (await phone.page.locator('.plot-hit').boundingBox())!;
    const toast = phone.page.locator('.notice', { hasText: 'Ana is now leading' });
    await expect(toast).toBeVisible();
    for (const part of [banner, status(phone.page), toast, phone.page.getByRole('group', { name: 'Zoom' })]) {
      const box = (await part.boundingBox())!;
      expect(overlap(box, map), await part.textContent() ?? '').toBe(false);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
    }
    await fitsTheScreen(phone.page);
    await phone.page.screenshot({ path: `e2e/screenshots/phone-live-${viewport.width}x${viewport.height}.png` });
    // The Share dialog (the links a participant may pass on) fits the phone.
    const menu = phone.page.getByRole('button', { name: /^Menu/ });
    if (await menu.isVisible()) await menu.click();
    await phone.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = phone.page.getByRole('dialog', { name: 'Share this board' });
    await expect(dialog.getByRole('textbox', { name: 'Edit link' })).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
    const axe = await new AxeBuilder({ page: phone.page }).include('.share-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await phone.page.screenshot({ path: `e2e/screenshots/phone-share-${viewport.width}x${viewport.height}.png` });
  });
}
