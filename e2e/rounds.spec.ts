import { expect, test, type Page } from '@playwright/test';
import { closeContextsAfterEach, newContext, person, sharedSample, status } from './liveRoom';
import type { MapPage } from './MapPage';

closeContextsAfterEach();

/** Workshop rounds: everyone places in private, the room sees its spread at the reveal. */

/** Every WebSocket frame a page receives, as text (Yjs updates are binary; the server's messages are JSON inside them). */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? payload : payload.toString('latin1'))));
  return frames;
}

/** Drags a round's tray chip onto the map at (x, y) in map units. */
async function placeFromTray(map: MapPage, label: string, x: number, y: number) {
  const chip = map.page.getByRole('group', { name: /To place in round/ }).getByRole('button', { name: label });
  const box = (await chip.boundingBox())!;
  const target = await map.pixelOf(x, y);
  await map.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await map.page.mouse.down();
  await map.page.mouse.move(target.x, target.y, { steps: 8 });
  await map.page.mouse.up();
  await expect(map.page.locator('.round-marker', { hasText: label })).toBeVisible();
}

const roundBar = (page: Page) => page.getByRole('status', { name: /Round \d/ });

test.describe('placement rounds', () => {
  test('a blind round: nobody receives another person’s placement before the reveal; the reveal shows dots, mean and ellipse; accepting is one undo step', async ({ browser }) => {
    test.setTimeout(90_000);
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    const chi = await person(browser, links.edit, 'Chi');
    const dee = await person(browser, links.edit, 'Dee');
    const frames = { ben: recordFrames(ben.page), chi: recordFrames(chi.page), dee: recordFrames(dee.page), ana: recordFrames(ana.page) };

    // The facilitator starts a blind round on the persona groups.
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('button', { name: 'Start a placement round…' }).click();
    const dialog = ana.page.getByRole('dialog', { name: 'Start a placement round' });
    await dialog.getByRole('radio', { name: 'All persona groups' }).check();
    await dialog.getByRole('button', { name: 'Start the round' }).click();
    for (const who of [ben, chi, dee]) await expect(roundBar(who.page)).toContainText('Where does each of these sit for you?');
    // Blind: the round's items wait in each tray, not on the map.
    await expect(ben.item('Remote workers')).toHaveCount(0);

    // Each places Remote workers somewhere of their own (three distinct, recognisable spots).
    const spots = { ben: [0.111, 0.777], chi: [0.333, 0.555], dee: [0.222, 0.666] } as const;
    for (const [name, who] of [['ben', ben], ['chi', chi], ['dee', dee]] as const) {
      await placeFromTray(who, 'Remote workers', spots[name][0], spots[name][1]);
    }
    await ben.page.getByRole('button', { name: 'I’m done' }).click();
    await expect(roundBar(ana.page)).toContainText('1 of 3 people done');
    await expect(roundBar(ana.page)).toContainText('Still placing: Chi, Dee');
    await expect(roundBar(chi.page)).toContainText('1 of 3 people done');
    await expect(roundBar(chi.page)).not.toContainText('Still placing');
    await chi.page.getByRole('button', { name: 'I’m done' }).click();
    await dee.page.getByRole('button', { name: 'I’m done' }).click();
    await expect(roundBar(ana.page)).toContainText('3 of 3 people done');

    // Before the reveal no page received another person's placement (the very number it sent).
    await ben.screenshot('round-placing-1280x720');
    const markerX = async (who: MapPage) => Number(await who.page.locator('.round-marker', { hasText: 'Remote workers' }).getAttribute('data-x'));
    const placed = { ben: await markerX(ben), chi: await markerX(chi), dee: await markerX(dee) };
    for (const [name, received] of Object.entries(frames)) {
      for (const [other, x] of Object.entries(placed)) {
        if (other === name) continue;
        expect(received.some((frame) => frame.includes(String(x))), `${name} received ${other}'s placement`).toBe(false);
      }
    }

    // The reveal: dots, the mean and the 95 % ellipse (n = 3: dots and mean only); the words; most disputed first.
    await roundBar(ana.page).getByRole('button', { name: 'Reveal now' }).click();
    const results = ana.page.getByRole('region', { name: 'Round 1 results' });
    await expect(results).toContainText('Remote workers');
    for (const who of [ana, ben]) {
      const id = await who.item('Remote workers').getAttribute('data-id');
      await expect(who.page.locator(`[data-evidence-for="${id}"] .placement-dot`)).toHaveCount(3);
      await expect(who.page.locator(`[data-evidence-for="${id}"] .placement-mean`)).toHaveCount(1);
    }
    await expect(results.getByRole('listitem').filter({ hasText: 'Remote workers' })).toContainText(/the room (agrees|is spread|is split)|too few/);
    await ana.screenshot('round-revealed-1280x720');
    expect((await ben.page.locator('.placement-dot').evaluateAll((dots) => dots.map((dot) => Number(dot.getAttribute('cx'))))).length).toBeGreaterThanOrEqual(3);

    // Accept: one undo step for the facilitator; the old position stays as a faint arrow until dismissed.
    const before = await ana.position('Remote workers');
    await results.getByRole('button', { name: "Move Remote workers to the room's position" }).click();
    const meanX = (placed.ben + placed.chi + placed.dee) / 3;
    await expect.poll(async () => Math.abs((await ana.position('Remote workers')).x - meanX)).toBeLessThan(0.01);
    await expect(ana.page.locator('.accepted-arrows .wave-arrow')).toHaveCount(1);
    await expect.poll(async () => Math.abs((await ben.position('Remote workers')).x - meanX)).toBeLessThan(0.01);
    await ana.undo();
    await ana.expectAt('Remote workers', before.x, before.y);
    await results.getByRole('button', { name: 'Dismiss the arrows' }).click();
    await expect(ana.page.locator('.accepted-arrows')).toHaveCount(0);
  });

  test('a participant may not start or reveal a round: the buttons are the facilitator’s, and the server refuses them', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await expect(ben.page.getByRole('button', { name: 'Workshop' })).toHaveCount(0);
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('button', { name: 'Start a placement round…' }).click();
    await ana.page.getByRole('dialog', { name: 'Start a placement round' }).getByRole('button', { name: 'Start the round' }).click();
    await expect(roundBar(ben.page)).toBeVisible();
    await expect(roundBar(ben.page).getByRole('button', { name: 'Reveal now' })).toHaveCount(0);
  });
});

test.describe('a round on a phone', () => {
  test('shows one item at a time with Next; a tap puts it on the map to move', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const phone = await person(browser, links.edit, 'Pia', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('button', { name: 'Start a placement round…' }).click();
    const dialog = ana.page.getByRole('dialog', { name: 'Start a placement round' });
    await dialog.getByRole('radio', { name: 'All persona groups' }).check();
    await dialog.getByRole('button', { name: 'Start the round' }).click();
    const tray = phone.page.getByRole('group', { name: 'To place in round 1' });
    await expect(tray.getByRole('button')).toHaveCount(2);
    const first = (await tray.getByRole('button').first().textContent())!;
    await tray.getByRole('button', { name: 'Next' }).click();
    const second = (await tray.getByRole('button').first().textContent())!;
    expect(second).not.toBe(first);
    await tray.getByRole('button', { name: second }).tap();
    await expect(phone.page.locator('.round-marker', { hasText: second })).toBeVisible();
    await expect(tray).toContainText('To place (3)');
  });
});

test.describe('dot voting', () => {
  test('counts are hidden until the vote closes, then ranked in the bar and drawn beside the zones', async ({ browser }) => {
    test.setTimeout(60_000);
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    const chi = await person(browser, links.edit, 'Chi');
    const frames = { ben: recordFrames(ben.page), chi: recordFrames(chi.page) };
    await ana.page.getByRole('button', { name: 'Workshop' }).click();
    await ana.page.getByRole('button', { name: 'Open a dot vote…' }).click();
    const dialog = ana.page.getByRole('dialog', { name: 'Open a dot vote' });
    await expect(dialog.getByRole('spinbutton', { name: 'Dots per person' })).toHaveValue('3');
    await dialog.getByRole('button', { name: 'Open the vote' }).click();
    const panel = (page: Page) => page.getByRole('region', { name: 'Vote 1' });
    const option = (page: Page, name: RegExp) => panel(page).getByRole('button', { name });
    await expect(panel(ben.page)).toContainText('3 of 3 dots left');
    // Ben: two dots on zone 1, one on zone 2; Chi: three on zone 2 (a tap once more when none are left takes one back).
    await option(ben.page, /^Zone 1/).click();
    await option(ben.page, /^Zone 1/).click();
    await option(ben.page, /^Zone 2/).click();
    await expect(panel(ben.page)).toContainText('0 of 3 dots left');
    for (let i = 0; i < 3; i++) await option(chi.page, /^Zone 2/).click();
    await option(chi.page, /^Zone 2/).click();
    await expect(panel(chi.page)).toContainText('1 of 3 dots left');
    await option(chi.page, /^Zone 2/).click();
    await expect(panel(ana.page)).toContainText('2 of 2 people have used all their dots');
    // Nobody sees a count, the facilitator included; no frame carries the other's dots.
    for (const page of [ana.page, ben.page, chi.page]) await expect(page.locator('.vote-count')).toHaveCount(0);
    expect(frames.ben.some((frame) => frame.includes('"zone:r2":3'))).toBe(false);
    expect(frames.chi.some((frame) => frame.includes('"zone:r1":2'))).toBe(false);
    await panel(ana.page).getByRole('button', { name: 'Close the vote' }).click();
    for (const page of [ana.page, ben.page]) {
      const results = page.getByRole('region', { name: 'Vote 1 results' });
      await expect(results.getByRole('listitem').first()).toContainText(/^Zone 2.*: 4 dots from 2 people/);
      await expect(results.getByRole('listitem').nth(1)).toContainText(/^Zone 1.*: 2 dots from 1 person/);
      await expect(page.locator('.vote-count[data-option="zone:r2"]')).toContainText('4');
    }
    await ana.screenshot('vote-closed-1280x720');
  });
});

test.describe('crossed edits, one of them made offline', () => {
  const about = (who: MapPage) => who.page.getByRole('alert').filter({ hasText: 'the position of “Moka pot”' });
  const lost = /theirs stands|their change replaced yours/;
  /** Offline, as the app sees it: an edit made before it notices would still go out. */
  const goOffline = async (who: MapPage) => {
    await who.page.context().setOffline(true);
    await expect(status(who.page)).toHaveText('Offline — your changes are kept on this device');
  };

  test('two people move one item while offline: back online, both are told, and the one whose move was overwritten may put theirs back', async ({ browser }) => {
    test.setTimeout(60_000);
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    for (const who of [ana, ben]) await goOffline(who);
    await ana.dragItem('Moka pot', -120, -60);
    await ben.dragItem('Moka pot', 150, -90);
    const mine = { ana: await ana.position('Moka pot'), ben: await ben.position('Moka pot') };
    for (const who of [ana, ben]) await who.page.context().setOffline(false);
    await expect.poll(async () => JSON.stringify(await ana.position('Moka pot')) === JSON.stringify(await ben.position('Moka pot')), { timeout: 20_000 }).toBe(true);
    for (const who of [ana, ben]) await expect(about(who)).toHaveCount(1, { timeout: 15_000 });
    const anaLost = lost.test((await about(ana).textContent()) ?? '');
    const [loser, winner, wanted] = anaLost ? [ana, ben, mine.ana] : [ben, ana, mine.ben];
    await expect(about(winner)).toContainText(/yours replaced theirs|your change stands/);
    await expect(about(loser)).toContainText(lost);
    await about(loser).getByRole('button', { name: 'Use mine' }).click();
    await winner.expectAt('Moka pot', wanted.x, wanted.y);
    await expect(about(loser)).toHaveCount(0);
  });

  test('one person moves an item online while another moves it offline: both are told by name, whichever stands, and "Keep theirs" gives the other’s back', async ({ browser }) => {
    test.setTimeout(60_000);
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await goOffline(ben);
    await ben.dragItem('Moka pot', 150, -90);
    await ana.dragItem('Moka pot', -120, -60);
    const mine = { ana: await ana.position('Moka pot'), ben: await ben.position('Moka pot') };
    await ben.page.context().setOffline(false);
    await expect.poll(async () => JSON.stringify(await ana.position('Moka pot')) === JSON.stringify(await ben.position('Moka pot')), { timeout: 20_000 }).toBe(true);
    await expect(about(ana)).toContainText('Ben changed the position of “Moka pot” while offline', { timeout: 15_000 });
    await expect(about(ben)).toContainText(/While you were offline you changed the position of “Moka pot”; Ana (had )?changed it too/, { timeout: 15_000 });
    const anaLost = lost.test((await about(ana).textContent()) ?? '');
    const [winner, loser, theirs] = anaLost ? [ben, ana, mine.ana] : [ana, ben, mine.ben];
    await winner.screenshot('crossed-edit-1280x720');
    // The winner gives way: the loser's position is back on both screens.
    await about(winner).getByRole('button', { name: 'Keep theirs' }).click();
    for (const who of [winner, loser]) await who.expectAt('Moka pot', theirs.x, theirs.y);
    // Settled: neither is told any more.
    for (const who of [winner, loser]) await expect(about(who)).toHaveCount(0);
  });

  test('a name changed on both sides: the words give both names, by name, on a big screen and on a phone', async ({ browser }) => {
    test.setTimeout(60_000);
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await goOffline(ben);
    for (const [who, name] of [[ben, 'Ben’s moka'], [ana, 'Ana’s moka']] as const) {
      await who.select('Moka pot');
      await who.field('Label').fill(name);
      await who.field('Label').press('Enter');
    }
    await ana.page.setViewportSize({ width: 1920, height: 1080 });
    await ben.page.setViewportSize({ width: 390, height: 844 });
    await ben.page.context().setOffline(false);
    const onAna = ana.page.getByRole('alert').filter({ hasText: 'Ben changed the name of' });
    const onBen = ben.page.getByRole('alert').filter({ hasText: 'While you were offline you changed the name of' });
    await expect(onAna).toBeVisible({ timeout: 15_000 });
    await expect(onBen).toContainText(/Ana (had )?changed it too/, { timeout: 15_000 });
    // Whoever lost is shown the name they gave, beside the one the map now shows; the other sees theirs.
    const benLost = /theirs stands/.test((await onBen.textContent()) ?? '');
    await expect(benLost ? onBen : onAna).toContainText(benLost ? '(yours: “Ben’s moka”)' : '(yours: “Ana’s moka”)');
    await expect(benLost ? onAna : onBen).toContainText(benLost ? '(theirs: “Ben’s moka”)' : '(theirs: “Ana’s moka”)');
    await ana.page.screenshot({ path: 'e2e/screenshots/crossed-name-1920x1080.png' });
    await ben.page.screenshot({ path: 'e2e/screenshots/crossed-name-390x844.png' });
  });
});
