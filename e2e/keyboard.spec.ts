import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

test.describe('keyboard moves', () => {
  test('five 1 % steps from 77.5 % read and store exactly 82.5 %: the start is not snapped, nothing drifts', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.select('Pour-over kit');
    const field = app.field('Interactivity');
    await field.fill('77.5');
    await field.press('Enter');
    await expect(app.item('Pour-over kit')).toHaveAccessibleName(/^Pour-over kit: interactivity 77\.5 %, /);
    const { y } = await app.position('Pour-over kit');

    await app.pickUp('Pour-over kit');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(app.announcement()).toHaveText(/^Pour-over kit: interactivity 82\.5 %, /);
    await page.keyboard.press('Space');

    await expect(app.announcement()).toHaveText(/^Dropped\. Pour-over kit: interactivity 82\.5 %, /);
    expect(await app.position('Pour-over kit')).toEqual({ x: 0.825, y });
    await expect(app.item('Pour-over kit')).toHaveAccessibleName(/^Pour-over kit: interactivity 82\.5 %, /);
  });

  test('Shift+arrows step exactly 10 % and stop at the edge', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    const start = await app.position('Pour-over kit');
    await app.keyboardMove('Pour-over kit', ['Shift+ArrowDown']);
    expect(await app.position('Pour-over kit')).toEqual({ x: start.x, y: Math.round(start.y * 1e6 - 100_000) / 1e6 });
    await app.keyboardMove('Pour-over kit', Array.from({ length: 12 }, () => 'Shift+ArrowLeft'));
    expect((await app.position('Pour-over kit')).x).toBe(0);
  });
});
