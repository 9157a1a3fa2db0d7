import { expect, test } from '@playwright/test';
import { closeContextsAfterEach, newContext, person, sharedSample, status } from './liveRoom';

closeContextsAfterEach();

/** Who may do what in a shared board's room: a facilitator, the participants, the view-only screens. */

test.describe('rights in a room', () => {
  test('a participant has no "Delete for everyone" and no "Bring everyone here"; their edit token cannot delete the room either', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await expect(ben.page.getByRole('button', { name: 'Bring everyone here' })).toHaveCount(0);
    await ben.page.getByRole('button', { name: 'Boards' }).click();
    await expect(ben.page.getByRole('button', { name: 'Delete for everyone' })).toHaveCount(0);
    await ben.page.keyboard.press('Escape');
    const room = new URL(links.edit).searchParams.get('room')!;
    const token = new URLSearchParams(new URL(links.edit).hash.slice(1)).get('edit')!;
    const answer = await ben.page.evaluate(
      async ({ room, token }) => (await fetch(`/api/rooms/${room}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })).status,
      { room, token },
    );
    expect(answer).toBe(403);
    await ana.quickAdd('Still here');
    await expect(ben.item('Still here')).toBeVisible();
    // The facilitator has both.
    await expect(ana.page.getByRole('button', { name: 'Bring everyone here' })).toBeVisible();
  });

  test('a locked item shows a lock and refuses a participant’s drag with a reason; the facilitator’s lock of the board stops every change', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    // Ana locks the Moka pot in its card.
    await ana.select('Moka pot');
    await ana.page.getByRole('checkbox', { name: /Locked/ }).check();
    await expect(ben.item('Moka pot')).toHaveAccessibleName(/locked/);
    await expect(ben.item('Moka pot').locator('.lock-badge')).toBeVisible();
    const before = await ben.position('Moka pot');
    await ben.dragItem('Moka pot', 120, -60);
    await expect(ben.page.getByText('“Moka pot” is locked by the facilitator: it stays where it is.')).toBeVisible();
    await expect.poll(() => ben.position('Moka pot')).toEqual(before);
    expect(await ana.position('Moka pot')).toEqual(before);
    // Ben sees it is locked in the card and has no lock to undo it.
    await ben.select('Moka pot');
    await expect(ben.page.getByRole('note').getByText(/Locked by the facilitator/)).toBeVisible();
    await expect(ben.page.getByRole('checkbox', { name: /Locked/ })).toHaveCount(0);
    // Other items stay free for the room.
    const drip = await ben.position('Drip machine');
    await ben.dragItem('Drip machine', 80, 40);
    await expect.poll(() => ana.position('Drip machine')).not.toEqual(drip);

    // The whole board, locked from the people menu.
    await ana.page.getByRole('button', { name: '2 people' }).click();
    await ana.page.getByRole('button', { name: 'Lock the board' }).click();
    const lockBanner = ben.page.locator('.banner', { hasText: 'The facilitator has locked the board' });
    await expect(lockBanner).toBeVisible();
    await ben.page.getByRole('textbox', { name: 'Quick add' }).fill('Not now');
    await ben.page.getByRole('textbox', { name: 'Quick add' }).press('Enter');
    await expect(ben.page.getByText(/The facilitator has locked the board/).first()).toBeVisible();
    await expect(ana.item('Not now')).toHaveCount(0);
    await ana.page.getByRole('button', { name: 'Unlock the board' }).first().click();
    await expect(lockBanner).toHaveCount(0);
    await ben.quickAdd('Now it is');
    await expect(ana.item('Now it is')).toBeVisible();
  });

  test('the facilitator replaces the edit link: its holders become view-only and are told; the old link stops editing; the new one edits', async ({ browser }) => {
    const { ana, links } = await sharedSample(browser);
    const ben = await person(browser, links.edit, 'Ben');
    await ana.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = ana.page.getByRole('dialog', { name: 'Share this board' });
    await dialog.getByRole('button', { name: 'Replace edit link…' }).click();
    await dialog.getByRole('button', { name: 'Replace edit link' }).click();
    await expect(ana.page.getByText(/Replaced the edit link/)).toBeVisible();
    const fresh = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
    expect(fresh).not.toBe(links.edit);
    expect(await dialog.getByRole('textbox', { name: 'View-only link' }).inputValue()).toBe(links.view);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expect(ben.page.getByText(/The facilitator replaced the edit link: this screen is now view-only/)).toBeVisible();
    await expect(status(ben.page)).toHaveText(/View only · Live/, { timeout: 15_000 });
    await ben.page.getByRole('textbox', { name: 'Quick add' }).fill('Too late');
    await ben.page.getByRole('textbox', { name: 'Quick add' }).press('Enter');
    await expect(ben.page.getByText(/view-only link/).first()).toBeVisible();
    await expect(ana.item('Too late')).toHaveCount(0);
    // Ben's reload watches with the view link; the old edit link opens nothing elsewhere.
    await ben.page.reload();
    await expect(status(ben.page)).toHaveText(/View only · Live/, { timeout: 15_000 });
    await ana.quickAdd('Seen by Ben');
    await expect(ben.item('Seen by Ben')).toBeVisible();
    const stranger = await (await newContext(browser)).newPage();
    await stranger.goto(links.edit);
    await expect(stranger.getByText('This link is not valid for this board: ask for a new one.')).toBeVisible();
    const cleo = await person(browser, fresh, 'Cleo');
    await cleo.quickAdd('With the new link');
    await expect(ana.item('With the new link')).toBeVisible();
  });
});
