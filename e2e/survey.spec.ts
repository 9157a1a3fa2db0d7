import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MapPage } from './MapPage';
import { notASurvey, qualtricsSurvey, singleWave, surveyItems } from './surveyFiles';
import { closeContextsAfterEach, newContext, person, sharedSample } from './liveRoom';

closeContextsAfterEach();

/** Positions from evidence: a survey file imported from the UI, its items at their means with ellipses and n, segments as persona groups, waves, stability. */

test.describe('survey evidence', () => {
  test('a Qualtrics export lands at its means with ellipses and n; segments become persona groups; waves show arrows and the picker changes the zones', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const dialog = await map.importSurvey('coffee-tracker.csv', qualtricsSurvey());
    await expect(dialog.getByText('120 respondents')).toBeVisible();
    await expect(dialog.getByText(/2 waves: 2025, 2026/)).toBeVisible();
    await expect(dialog.getByText(/3 segments: .*(each becomes a persona group)/)).toBeVisible();
    await expect(dialog.getByText(/Columns not used: .*IPAddress/)).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: /Interactivity scale/ })).toHaveValue('1-7');
    await expect(dialog.getByText(/from the answers \(lowest \d+, highest 7\): check it/).first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(map.notice()).toContainText('placed from 120 respondents');

    // Every rated item sits near its true mean in the latest wave, with its ellipse and its n in the label.
    for (const item of surveyItems) {
      const [x, y] = item.at['2026']!;
      const at = await map.position(item.name);
      expect(Math.abs(at.x - x)).toBeLessThan(0.08);
      expect(Math.abs(at.y - y)).toBeLessThan(0.08);
    }
    const capsuleId = await map.item('Capsule machine').getAttribute('data-id');
    const ellipse = page.locator(`[data-evidence-for="${capsuleId}"] .confidence-ellipse`);
    await expect(ellipse).toHaveCount(1);
    expect(Number(await ellipse.getAttribute('rx'))).toBeGreaterThan(1);
    await expect(page.locator('.labels text', { hasText: /Capsule machine · n = 60/ })).toBeVisible();
    // The three segments are persona groups with a weight of their share.
    for (const name of ['Young families', 'Enthusiasts', 'Students']) await expect(map.item(name)).toBeVisible();
    // Arrows from 2025 for items rated in both waves; none for the item new in 2026.
    await expect(page.locator(`[data-evidence-for="${capsuleId}"] .wave-arrow`)).toHaveAttribute('data-since', '2025');

    // The card says where the position comes from, and how it moved.
    await map.select('Capsule machine');
    const card = page.getByRole('region', { name: 'Evidence' });
    await expect(card).toContainText('coffee-tracker.csv');
    await expect(card).toContainText(/moved \d+ % toward/);
    await expect(card).toContainText(/How Students see Capsule machine/);

    // The stability words in the Zones tab.
    await map.openZones();
    await expect(page.locator('.zone-stability').first()).toContainText(/Zone 1 stays first in \d+ % of resamples/, { timeout: 15_000 });
    await expect(page.locator('.stability-word').first()).toHaveText(/firm|likely|uncertain/);

    // The wave picker: 2025 moves the items back, takes the new item off the map, and the zones follow.
    const peak2026 = await map.zonePeak(1);
    await page.getByRole('combobox', { name: 'Wave' }).selectOption('2025');
    const [x25, y25] = surveyItems[0]!.at['2025']!;
    await expect.poll(async () => Math.abs((await map.position('Capsule machine')).x - x25)).toBeLessThan(0.08);
    expect(Math.abs((await map.position('Capsule machine')).y - y25)).toBeLessThan(0.08);
    await expect(map.item('Oat milk frother')).toHaveCount(0);
    await map.waitGaps();
    await expect.poll(async () => JSON.stringify(await map.zonePeak(1))).not.toBe(JSON.stringify(peak2026));
  });

  test('moving a surveyed item by hand keeps the survey position to reset to; uncertainty can be hidden', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const dialog = await map.importSurvey('coffee-tracker.csv', qualtricsSurvey());
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const before = await map.position('Moka pot');
    await map.dragItem('Moka pot', 120, -80);
    await map.select('Moka pot');
    await page.getByRole('button', { name: 'Reset to survey position' }).click();
    await map.expectAt('Moka pot', before.x, before.y);
    await expect(page.locator('.confidence-ellipse').first()).toBeVisible();
    await page.getByRole('checkbox', { name: /Show uncertainty/ }).uncheck();
    await expect(page.locator('.confidence-ellipse')).toHaveCount(0);
    await expect(page.locator('.labels text', { hasText: /n = / })).toHaveCount(0);
  });

  test('a file that is no survey is answered with its reasons and leaves the board untouched', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    const itemsBefore = await map.markers().count();
    const dialog = await map.importSurvey('letter.csv', notASurvey);
    await expect(dialog.getByRole('alert')).toContainText('cannot be read as a survey');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(map.markers()).toHaveCount(itemsBefore);
  });

  test('a second file without a wave column comes in as a new wave: arrows from the first, movement in words', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    let dialog = await map.importSurvey('tracker 2025.csv', singleWave('2025'));
    await expect(dialog.getByRole('textbox', { name: /Wave/ })).toHaveValue('2025');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.wave-arrow')).toHaveCount(0);
    dialog = await map.importSurvey('tracker 2026.csv', singleWave('2026'));
    await expect(dialog.getByRole('textbox', { name: /Wave/ })).toHaveValue('2026');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.wave-arrow[data-since="2025"]').first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Wave' })).toHaveValue('2026');
    await map.select('Smart scale with app');
    await expect(page.getByRole('region', { name: 'Evidence' })).toContainText(/moved \d+ % toward (immersive|aspirational).* since 2025/);
  });

  test('a survey imported on a shared board reaches the others with its ellipses and n', async ({ browser }) => {
    test.setTimeout(60_000);
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    const dialog = await ana.importSurvey('coffee-tracker.csv', qualtricsSurvey(30));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(ben.page.locator('.labels text', { hasText: /Capsule machine · n = 30/ })).toBeVisible();
    await expect(ben.page.locator('.confidence-ellipse').first()).toBeVisible();
    await expect(ben.item('Oat milk frother')).toBeVisible();
  });

  test('a dropped survey file opens the survey dialog, not the items import', async ({ page }) => {
    const map = new MapPage(page);
    await map.open();
    await map.dropFile('tracker.csv', qualtricsSurvey(20), 'text/csv');
    await expect(page.getByRole('dialog', { name: /Import survey “tracker.csv”/ })).toBeVisible();
  });
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`a surveyed board at ${width}×${height}: ellipses, n and arrows, with the slide export, saved as screenshots`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const map = new MapPage(page);
    await map.open();
    const dialog = await map.importSurvey('coffee-tracker.csv', qualtricsSurvey());
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.locator('.wave-arrow').first()).toBeVisible();
    await map.waitGaps();
    await map.openZones();
    await expect(page.locator('.zone-stability').first()).toContainText(/stays/, { timeout: 15_000 });
    await map.screenshot(`survey-${width}x${height}`);
    const svg = readFileSync((await (await map.exportAs('Map (SVG)')).path())!, 'utf8');
    expect(svg.match(/<ellipse/g)?.length ?? 0).toBeGreaterThanOrEqual(7);
    expect(svg).toContain('Capsule machine · n = 60');
    const slide = await map.exportAs('Slide (PNG, 16:9)');
    await slide.saveAs(`e2e/screenshots/survey-slide-${width}x${height}.png`);
  });
}
