import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { limits } from '../../src/model/rules';
import { bigBoard, boardDoc, itemFields, labels, updateOn } from '../test/boards';
import { RoomShadow } from './RoomShadow';

/** A room's document and its shadow, kept in step as the server keeps them. */
function room(doc = boardDoc()) {
  const shadow = new RoomShadow(doc);
  let checkedIn: number | undefined;
  doc.on('update', (update: Uint8Array, origin: unknown) => shadow.follow(update, origin === 'editor' ? checkedIn : undefined));
  /** What the server does with an editor's update: check it, then apply it only when accepted. */
  const send = (update: Uint8Array) => {
    const verdict = shadow.check(update);
    if (verdict.ok) {
      checkedIn = verdict.generation;
      Y.applyUpdate(doc, update, 'editor');
    }
    return verdict;
  };
  return { doc, shadow, send };
}

/** Another device with the room as it is now, and the update each of its edits makes. */
function peerOf(doc: Y.Doc) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const diff = (edit: () => void) => {
    const before = Y.encodeStateVector(peer);
    edit();
    return Y.encodeStateAsUpdate(peer, before);
  };
  return { types: boardTypes(peer), diff };
}

describe('RoomShadow.check', () => {
  it('refuses a change outside the board’s parts, and an item order entry that is not an id', () => {
    const { doc, send } = room();
    const before = Y.encodeStateAsUpdate(doc);
    expect(send(updateOn(doc, (_types, peer) => peer.getMap('junk').set('x', 1)))).toMatchObject({ ok: false });
    expect(send(updateOn(doc, ({ order }) => order.push([42 as unknown as string])))).toMatchObject({ ok: false });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('accepts an editor’s valid item, and the room and its shadow stay in step', () => {
    const { doc, send } = room();
    expect(send(updateOn(doc, ({ items, order }) => (items.set('item:new', itemFields()), order.push(['item:new']))))).toMatchObject({ ok: true });
    expect(send(updateOn(doc, ({ items }) => (items.get('item:new') as Y.Map<unknown>).set('label', 'Renamed')))).toMatchObject({ ok: true });
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Gamma', 'Renamed']);
  });

  it('refuses an item the rule book refuses, with its reasons, and the room is as it was', () => {
    const { doc, send } = room();
    const before = Y.encodeStateAsUpdate(doc);
    const verdict = send(updateOn(doc, ({ items }) => items.set('item:bad', itemFields({ weight: -5 }))));
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reasons.join()).toMatch(/item:bad.*weight/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    // The shadow was rebuilt: a later valid update that depends on nothing refused is accepted.
    expect(send(updateOn(doc, ({ items }) => items.set('item:ok', itemFields())))).toMatchObject({ ok: true });
  });

  it('refuses a change to an existing item that breaks a per-item rule', () => {
    const { doc, send } = room();
    const verdict = send(updateOn(doc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('position', { x: 7, y: 0 })));
    expect(verdict.ok).toBe(false);
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect((boardTypes(doc).items.get('item:alpha') as Y.Map<unknown>).get('position')).toEqual({ x: 0.2, y: 0.3 });
  });

  it('refuses a board-wide field the rule book refuses, and a board without its title', () => {
    const { doc, send } = room();
    expect(send(updateOn(doc, ({ meta }) => meta.set('gapSettings.maxZones', 1e9))).ok).toBe(false);
    expect(send(updateOn(doc, ({ meta }) => meta.delete('title'))).ok).toBe(false);
    expect(boardTypes(doc).meta.get('title')).toBe('Test board');
    expect(send(updateOn(doc, ({ meta }) => meta.set('title', 'Renamed'))).ok).toBe(true);
  });

  it('refuses a bad zone, and accepts a good one', () => {
    const { doc, send } = room();
    const zone = { label: 'Zone', position: { x: 0.4, y: 0.4 }, index: 3, note: '', pinnedAt: '2026-01-01T00:00:00.000Z' };
    expect(send(updateOn(doc, ({ zones }) => zones.set('zone:bad', { ...zone, position: { x: 2, y: 0 } }))).ok).toBe(false);
    expect(send(updateOn(doc, ({ zones }) => zones.set('zone:good', zone)))).toMatchObject({ ok: true });
    expect([...boardTypes(doc).zones.keys()]).toEqual(['zone:good']);
  });

  it('holds an update that depends on changes the room lacks until they come (a reconnect sends new edits before its sync step 2)', () => {
    const { doc, send } = room();
    const { types: { items }, diff } = peerOf(doc);
    const offline = diff(() => items.set('item:one', itemFields({ label: 'One' })));
    // The peer's next struct has the next clock of its client: the room cannot place it without the first.
    const next = diff(() => items.set('item:two', itemFields({ label: 'Two' })));
    expect(send(next)).toMatchObject({ ok: true });
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(doc.store.pendingStructs).not.toBeNull();
    expect(send(offline)).toMatchObject({ ok: true });
    expect(doc.store.pendingStructs).toBeNull();
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Gamma', 'One', 'Two']);
  });

  it('after the sender’s catch-up, refuses an update that depends on changes the room lacks, and the room is as it was', () => {
    const { doc, shadow } = room();
    const { types: { items }, diff } = peerOf(doc);
    diff(() => items.set('item:one', itemFields({ label: 'One' })));
    // Never sent: the next struct of that client cannot be placed without it.
    const next = diff(() => items.set('item:two', itemFields({ label: 'Two' })));
    const verdict = shadow.check(next, 0);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reasons.join()).toMatch(/depends on changes/);
    expect(doc.store.pendingStructs).toBeNull();
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('does not refuse a moved item whose new position waits for held structs (its old one is deleted at once)', () => {
    const { doc, send } = room();
    const { types: { items }, diff } = peerOf(doc);
    const offline = diff(() => items.set('item:one', itemFields({ label: 'One' })));
    const move = diff(() => (items.get('item:alpha') as Y.Map<unknown>).set('position', { x: 0.9, y: 0.9 }));
    const moveAgain = diff(() => (items.get('item:alpha') as Y.Map<unknown>).set('position', { x: 0.8, y: 0.8 }));
    expect(send(move)).toMatchObject({ ok: true });
    expect(send(moveAgain)).toMatchObject({ ok: true });
    expect(send(offline)).toMatchObject({ ok: true });
    expect((boardTypes(doc).items.get('item:alpha') as Y.Map<unknown>).get('position')).toEqual({ x: 0.8, y: 0.8 });
  });

  it('does not refuse a board renamed while its new title waits for held structs', () => {
    const { doc, send } = room();
    const { types: { items, meta }, diff } = peerOf(doc);
    const offline = diff(() => items.set('item:one', itemFields({ label: 'One' })));
    const rename = diff(() => meta.set('title', 'Renamed'));
    const badRename = diff(() => meta.set('title', 42));
    expect(send(rename)).toMatchObject({ ok: true });
    expect(send(badRename)).toMatchObject({ ok: false });
    expect(send(offline)).toMatchObject({ ok: true });
    expect(boardTypes(doc).meta.get('title')).toBe('Renamed');
  });

  it('refuses a held write that would break a moved item once it joins', () => {
    const { doc, send } = room();
    const { types: { items }, diff } = peerOf(doc);
    diff(() => items.set('item:one', itemFields({ label: 'One' })));
    expect(send(diff(() => (items.get('item:alpha') as Y.Map<unknown>).set('position', { x: 9, y: 9 })))).toMatchObject({ ok: false });
  });

  it('checks held structs when they join: the update that lets a bad held item in is refused', () => {
    const { doc, send } = room();
    const { types: { items }, diff } = peerOf(doc);
    const first = diff(() => items.set('item:one', itemFields({ label: 'One' })));
    const bad = diff(() => items.set('item:bad', itemFields({ weight: -3 })));
    expect(send(bad)).toMatchObject({ ok: true });
    expect(send(first)).toMatchObject({ ok: false, reasons: [expect.stringMatching(/item:bad/)] });
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('refuses garbage and truncated updates without touching the room', () => {
    const { doc, send } = room();
    const before = Y.encodeStateAsUpdate(doc);
    const good = updateOn(doc, ({ items }) => items.set('item:new', itemFields()));
    for (const bytes of [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), good.subarray(0, good.length - 3), good.subarray(0, 10)]) {
      expect(send(bytes).ok).toBe(false);
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses an update that takes the board past its item limit, and takes one that stays within it', () => {
    const { doc, send } = room(boardDoc(bigBoard(limits.items - 4)));
    expect(send(updateOn(doc, ({ items, order }) => (items.set('item:last', itemFields()), order.push(['item:last'])))).ok).toBe(true);
    const verdict = send(updateOn(doc, ({ items }) => ['a', 'b'].forEach((id) => items.set(`item:over${id}`, itemFields()))));
    expect(verdict).toMatchObject({ ok: false, reasons: [expect.stringMatching(/at most 20000 items/)] });
    expect(doc.getMap('items').size).toBe(limits.items);
  }, 60_000);

  it('refuses what the reader would drop unread: an unknown item field (5 MB), a field inside a position, a board-wide key, a band past the limit', () => {
    const { doc, send } = room();
    const before = Y.encodeStateAsUpdate(doc);
    const big = 'x'.repeat(5_000_000);
    expect(send(updateOn(doc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('junk', big)))).toMatchObject({ ok: false, reasons: [expect.stringMatching(/junk: a field no P\/A Map writes/)] });
    expect(send(updateOn(doc, ({ items }) => items.set('item:new', itemFields({ position: { x: 0.5, y: 0.5, junk: big } }))))).toMatchObject({ ok: false });
    expect(send(updateOn(doc, ({ meta }) => meta.set('junk', big)))).toMatchObject({ ok: false, reasons: [expect.stringMatching(/junk/)] });
    expect(send(updateOn(doc, ({ meta }) => meta.set('axes.x.junk', 'x')))).toMatchObject({ ok: false });
    expect(send(updateOn(doc, ({ meta }) => meta.set('bands.99', 'x')))).toMatchObject({ ok: false });
    expect(send(updateOn(doc, ({ zones }) => zones.set('zone:z', { id: 'zone:z', label: 'Z', position: { x: 0.5, y: 0.5 }, index: 1, note: '', pinnedAt: 't', junk: 1 })))).toMatchObject({ ok: false });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses a label longer than the editor takes (one limit on screen and in storage), and takes one at the limit', () => {
    const { doc, send } = room();
    const label = (text: string) => updateOn(doc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('label', text));
    expect(send(label('x'.repeat(limits.label + 1)))).toMatchObject({ ok: false, reasons: [expect.stringMatching(/label: is longer than the 200 characters an edit takes/)] });
    expect(send(updateOn(doc, ({ meta }) => meta.set('title', 'x'.repeat(100_000))))).toMatchObject({ ok: false });
    expect(send(label('x'.repeat(limits.label)))).toMatchObject({ ok: true });
  });

  it('refuses ghost order entries (ids that are no item), 200,000 of them or one', () => {
    const { doc, send } = room();
    expect(send(updateOn(doc, ({ order }) => order.push(Array.from({ length: 200_000 }, (_, i) => `item:ghost${i}`))))).toMatchObject({ ok: false });
    expect(send(updateOn(doc, ({ order }) => order.push(['item:ghost'])))).toMatchObject({ ok: false, reasons: ['order: "item:ghost" is not an item'] });
    expect(doc.getArray('order').length).toBe(3);
  });

  it('lets an editor edit a room that holds an over-long label stored before the limit, without refusing it again', () => {
    const doc = boardDoc();
    Y.applyUpdate(doc, updateOn(doc, ({ items, meta }) => ((items.get('item:alpha') as Y.Map<unknown>).set('label', 'x'.repeat(300)), meta.set('title', 'y'.repeat(300)))));
    const { send } = room(doc);
    expect(send(updateOn(doc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('weight', 3))).ok).toBe(true);
    expect(send(updateOn(doc, ({ meta }) => meta.set('display.showBands', true))).ok).toBe(true);
    // What it held stays; what an update adds to it is refused.
    expect(send(updateOn(doc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('junk', 'x'.repeat(1000)))).ok).toBe(false);
    expect(send(updateOn(doc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('weight', -1))).ok).toBe(false);
    expect(send(updateOn(doc, ({ meta }) => meta.set('axes.x.title', 'z'.repeat(300)))).ok).toBe(false);
  });

  it('lets an editor touch an item that was already bad without refusing, and refuses making a good one bad', () => {
    const doc = boardDoc();
    Y.applyUpdate(doc, updateOn(doc, ({ items }) => items.set('item:legacy', itemFields({ weight: -1 }))));
    const { send } = room(doc);
    expect(send(updateOn(doc, ({ items }) => (items.get('item:legacy') as Y.Map<unknown>).set('label', 'Still bad'))).ok).toBe(true);
    expect(send(updateOn(doc, ({ items }) => (items.get('item:legacy') as Y.Map<unknown>).set('weight', 2))).ok).toBe(true);
    expect(send(updateOn(doc, ({ items }) => (items.get('item:legacy') as Y.Map<unknown>).set('weight', -1))).ok).toBe(false);
  });

  it('follows updates the room got elsewhere (another instance through Redis): a later update that depends on them is accepted', () => {
    const { doc, send } = room();
    const elsewhere = updateOn(doc, ({ items }) => items.set('item:relayed', itemFields({ label: 'Relayed' })));
    Y.applyUpdate(doc, elsewhere, 'redis');
    expect(send(updateOn(doc, ({ items }) => (items.get('item:relayed') as Y.Map<unknown>).set('label', 'Edited')))).toMatchObject({ ok: true });
    expect(labels(doc)).toEqual(['Alpha', 'Beta', 'Edited', 'Gamma']);
  });

  it('checks an edit on a 20,000-item board by what it touched (well under a millisecond), not by the board', () => {
    const { doc, send } = room(boardDoc(bigBoard(limits.items - 3)));
    const { types: { items }, diff } = peerOf(doc);
    const edit = (id: string, field: string, value: unknown) => diff(() => (items.get(id) as Y.Map<unknown>).set(field, value));
    let started = performance.now();
    expect(send(edit('item:p1', 'label', 'Warm up')).ok).toBe(true);
    const first = performance.now() - started;
    const updates = Array.from({ length: 200 }, (_, i) => edit(`item:p${i * 7}`, 'position', { x: 0.5, y: i / 200 }));
    started = performance.now();
    for (const update of updates) expect(send(update).ok).toBe(true);
    const perUpdate = (performance.now() - started) / updates.length;
    console.log(`20,000-item board: first check ${first.toFixed(0)} ms (reads the board once), then ${perUpdate.toFixed(2)} ms per update`);
    expect(perUpdate).toBeLessThan(20);
  }, 120_000);
});
