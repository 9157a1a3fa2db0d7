import { expect, test } from '@playwright/test';
import { MapPage } from './MapPage';

/** An e-bike market written for this test (interactivity and need in %, size, reach in %). */
const ebikes = [
  'label\tkind\tinteractivity\tneed\tweight\treach',
  'City cruiser\tproduct\t25\t30\t1\t', 'Cargo bike\tproduct\t40\t15\t1\t', 'Carbon racer\tproduct\t85\t80\t1\t', 'Folding e-bike\tproduct\t35\t50\t1\t', 'Trail e-MTB\tproduct\t80\t55\t1\t',
  'Daily commuters\tpersona\t55\t30\t60\t12', 'Older leisure riders\tpersona\t15\t60\t35\t12', 'Weekend adventurers\tpersona\t75\t70\t20\t10',
  'Style-conscious urbanites\tpersona\t62\t42\t20\t8',
].join('\n');

test.describe('a ranking the room can defend', () => {
  test('zones name their groups’ sizes, the left-out group gets its reason, the total moves when a concept is placed', async ({ page }) => {
    const app = new MapPage(page);
    await app.open();
    await app.newBoard();
    await app.paste(ebikes);
    await expect(app.markers()).toHaveCount(9);
    await app.openZones();
    const zones = app.zones();
    await expect(zones.first()).toContainText('Zone 1: Daily commuters');
    await expect(zones.first()).toContainText(/Daily commuters \(size 60, \d+ % unmet\); [\d.]+× the unmet demand of zone 2\. Nearest product to this group: /);
    // Every robustness line says what happens, with the radius tried; none says "still".
    const robust = zones.first().getByRole('list', { name: 'How it holds up' }).getByRole('listitem');
    await expect(robust).toHaveText([
      /^If products reach twice as far \(20 % of the map's width\): (stays zone 1|becomes zone \d|splits in \w+|merges into zone \d|drops out of the top 3|is no longer a zone)$/,
      /^If products reach half as far \(5 % of the map's width\): (stays zone 1|becomes zone \d|splits in \w+|merges into zone \d|drops out of the top 3|is no longer a zone)$/,
    ]);
    const leftOut = page.getByRole('list', { name: 'Groups without a zone of their own' }).getByRole('listitem');
    await expect(leftOut).toHaveCount(1);
    await expect(leftOut.first()).toHaveText(/^Style-conscious urbanites \(size 20, \d+ % unmet\): no zone of their own; their demand flows into the basin of zone 1 \(Daily commuters\)/);
    await expect(page.getByText("A product serves people within about 10 % of the map's width")).toBeVisible();
    const total = page.locator('.zones-total');
    await expect(total).toHaveText(/^\d+ % of all demand is unmet\.$/);
    const before = Number(/^(\d+)/.exec(await total.innerText())![1]);

    // A concept placed in zone 1 is validated against the market as it is (P/A validating).
    await zones.first().getByRole('button', { name: 'Place concept in zone 1' }).click();
    await zones.first().getByRole('textbox', { name: 'Concept name' }).fill('Commuter concept');
    await zones.first().getByRole('button', { name: 'Place', exact: true }).click();
    await expect(app.markers()).toHaveCount(10);
    await expect(app.notice()).toContainText(/where it meets the most of zone 1's unmet demand \(\d+ % of it\)/);
    const card = page.getByRole('region', { name: 'Validating Commuter concept' }).first();
    await expect(card).toContainText(/Sits in zone 1 \(Daily commuters\) and would meet \d+ % of its unmet demand\./);
    await expect(card).toContainText(/Would serve .*Daily commuters \(\d+ % → \d+ %/);
    await expect(card).toContainText(/All demand: \d+ % → \d+ % unmet \(−\d+ points?\)\./);
    await expect(total).toHaveText(new RegExp(`^${before} % of all demand is unmet\\. With the concept: \\d+ %\\.$`));
    const withConcept = Number(/With the concept: (\d+) %/.exec(await total.innerText())![1]);
    expect(withConcept).toBeLessThan(before);
    await expect(page.locator('.concepts-together')).toHaveText(/^With the concept: −\d+ points? of unmet demand \(\d+ % → \d+ %\); zone 1 \(Daily commuters\) /);
    await app.screenshot('defend-zones-1280x720');
    // Counted as a product, the concept changes the zones themselves; the change is said against the board as it was.
    await page.getByRole('checkbox', { name: 'Count concepts as products in the zones' }).check();
    await expect(total).toHaveText(new RegExp(`^${withConcept} % of all demand is unmet\\.$`));
    await expect(page.locator('.zones-change')).toHaveText(/^Since the last change: −\d+ points? of unmet demand \(\d+ % → \d+ %\); zone 1 \(Daily commuters\) /);
    // The editor shows the same card for the selected concept.
    await page.getByRole('checkbox', { name: 'Count concepts as products in the zones' }).uncheck();
    await page.getByRole('tab', { name: 'Items' }).click();
    await app.select('Commuter concept');
    await expect(page.getByRole('region', { name: 'Validating Commuter concept' })).toContainText('Sits in zone 1');

    // Key attractors: typed for a group, named in its zone's explanation, claimed by the concept.
    await app.select('Daily commuters');
    await app.field('Key attractors').fill('reliability, time saved, Reliability');
    await app.field('Key attractors').press('Enter');
    await expect(app.field('Key attractors')).toHaveValue('reliability, time saved');
    await app.select('Commuter concept');
    const claims = page.getByRole('group', { name: 'Key attractors of zone 1 it claims' });
    await claims.getByRole('checkbox', { name: 'reliability' }).check();
    await expect(page.getByRole('region', { name: 'Validating Commuter concept' })).toContainText('Claims 1 of 2 key attractors of its zone: reliability.');
    await app.openZones();
    await expect(zones.first()).toContainText('Key attractors: reliability, time saved.');
    await app.screenshot('defend-concept-card-1280x720');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.screenshot('defend-concept-card-1920x1080');
    await page.getByRole('tab', { name: 'Items' }).click();
    await app.select('Commuter concept');
    await app.screenshot('defend-concept-editor-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.openZones();
    const slide = await app.exportAs('Slide (PNG, 16:9)');
    await slide.saveAs('e2e/screenshots/defend-slide-3840x2160.png');

    // Fewer zones than asked for are said to be fewer.
    await app.openZones();
    await page.getByRole('spinbutton', { name: 'Number of zones' }).fill('8');
    await page.getByRole('spinbutton', { name: 'Number of zones' }).press('Enter');
    await expect(page.locator('.zones-fewer')).toHaveText(/^Only \d zones of the 8 asked for: /);
  });
});
