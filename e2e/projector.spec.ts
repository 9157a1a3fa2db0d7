import { expect, test, type Page } from '@playwright/test';
import { closeContextsAfterEach, join, newContext, person, projector, sharedSample } from './liveRoom';
import { MapPage } from './MapPage';

closeContextsAfterEach();

/** The projector, the join code and the room's timer. */

const secondsLeft = async (page: Page) => Number(await page.getByRole('timer').getAttribute('data-left'));

test.describe('the projector and the room’s timer', () => {
  test('timers on four screens agree within a second when one browser’s clock runs 90 s ahead; the projector shows it large', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    // Chi's computer clock is 90 s fast.
    const skewed = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    await skewed.addInitScript(() => {
      const real = Date.now;
      Date.now = () => real() + 90_000;
    });
    const chiPage = await skewed.newPage();
    await chiPage.goto(links.edit);
    await join(chiPage, 'Chi');
    const chi = new MapPage(chiPage);
    const wall = await projector(browser, links.view);
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('spinbutton', { name: 'Minutes' }).fill('5');
    await ana.page.getByRole('button', { name: 'Start timer' }).click();
    await ana.page.keyboard.press('Escape');
    const screens = [ana, ben, chi, wall];
    for (const screen of screens) await expect(screen.page.getByRole('timer')).toBeVisible();
    // Each screen has set its clock by the server's: the same seconds left, whatever its own clock says.
    await expect
      .poll(async () => {
        const left = await Promise.all(screens.map((screen) => secondsLeft(screen.page)));
        return Math.max(...left) - Math.min(...left);
      })
      .toBeLessThanOrEqual(1);
    const left = await secondsLeft(wall.page);
    expect(left).toBeGreaterThan(280);
    expect(left).toBeLessThanOrEqual(300);
    // Large on the projector: readable from the back of the room.
    const size = await wall.page.getByRole('timer').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    await wall.screenshot('projector-timer-1920x1080');
    // Pause, +1 min, stop: every screen follows.
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('button', { name: 'Pause' }).click();
    await expect(wall.page.getByRole('timer')).toContainText('paused');
    await ana.page.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(() => secondsLeft(chi.page)).toBeGreaterThan(left + 50);
    await ana.page.getByRole('button', { name: 'Stop timer' }).click();
    await expect(ben.page.getByRole('timer')).toHaveText('Time is up');
  });

  test('Show join code puts the edit link on the projector as a QR code at least 40 % of the screen high and a short address that opens it', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const wall = await projector(browser, links.view);
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('button', { name: 'Show join code' }).click();
    const page = wall.page.getByRole('region', { name: 'Join this board' });
    await expect(page).toBeVisible();
    const qr = page.getByRole('img', { name: /QR code/ });
    await expect(qr).toBeVisible();
    const box = (await qr.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.4 * 1080);
    const address = (await page.locator('.join-address strong').textContent())!;
    expect(address).toMatch(/\/j\/[A-HJ-NP-Z2-9]{6}$/);
    await wall.screenshot('projector-join-code-1920x1080');
    // The short address opens the board with the edit link.
    const newcomer = await (await newContext(browser)).newPage();
    await newcomer.goto(`http://${address}`);
    await expect(newcomer).toHaveURL(new RegExp(`#edit=${links.edit.split('#edit=')[1]}$`));
    await join(newcomer, 'Late Lou');
    // Hidden again: the projector shows the board.
    await expect(ana.page.getByText(/The join code [A-Z0-9]{6} is on the projector/)).toBeVisible();
    await ana.page.getByRole('button', { name: 'Hide join code' }).click();
    await expect(page).toHaveCount(0);
  });
});

test('the facilitator is told when someone drops out and when they come back', async ({ browser }) => {
  const { ana, links } = await sharedSample(browser);
  const ben = await person(browser, links.edit, 'Ben');
  await expect(ana.page.getByRole('button', { name: '2 people' })).toBeVisible();
  await ben.page.close();
  await expect(ana.notice()).toContainText('Ben dropped out.');
  const again = await ben.page.context().newPage();
  await again.goto(links.edit);
  await expect(ana.notice()).toContainText('Ben is back.');
});
