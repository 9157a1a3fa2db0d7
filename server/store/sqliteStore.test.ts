import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boardTypes } from '../../src/collab/boardYDoc';
import { boardDoc, itemFields, labels, updateOn } from '../test/boards';
import { seeded } from '../test/participants';
import { documentState } from './documentState';
import type { RoomStore } from './RoomStore';
import { sqliteStore } from './sqliteStore';

let dir: string;
let stores: RoomStore[];
const open = () => {
  const store = sqliteStore(dir);
  stores.push(store);
  return store;
};
const keys = { facilitatorHash: 'f'.repeat(64), sealedEdit: 'sealed-edit', sealedView: 'sealed-view' };
const room = (id: string, state: Uint8Array) => ({ id, editHash: 'e'.repeat(64), viewHash: 'v'.repeat(64), keys, state });
const docOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pa-map-store-'));
  stores = [];
});
afterEach(async () => {
  for (const store of stores) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sqliteStore', () => {
  it('creates a room, reads its record and its first state back', async () => {
    const store = open();
    const doc = boardDoc();
    await store.createRoom(room('room-a', Y.encodeStateAsUpdate(doc)));
    expect(await store.room('room-a')).toEqual({ id: 'room-a', editHash: 'e'.repeat(64), viewHash: 'v'.repeat(64), keys, deleted: false });
    expect(labels(docOf(await store.fetchState('room-a')))).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await store.room('room-b')).toBeNull();
    await expect(store.createRoom(room('room-a', Y.encodeStateAsUpdate(doc)))).rejects.toThrow();
  });

  it('keeps a room’s held workshop apart from its document, and drops it with the room', async () => {
    const store = open();
    await store.createRoom(room('room-w', Y.encodeStateAsUpdate(boardDoc())));
    expect(await store.fetchWorkshop('room-w')).toBeNull();
    expect(await store.storeWorkshop('room-w', '{"rounds":{}}')).toBe(true);
    expect(await open().fetchWorkshop('room-w')).toBe('{"rounds":{}}');
    expect(await store.storeWorkshop('room-none', '{}')).toBe(false);
    await store.deleteRoom('room-w');
    expect(await store.fetchWorkshop('room-w')).toBeNull();
    expect(await store.storeWorkshop('room-w', '{}')).toBe(false);
  });

  it('merges what two instances store: neither loses the other’s change, nothing is doubled', async () => {
    const base = boardDoc();
    const [one, two] = [open(), open()];
    await one.createRoom(room('room-a', Y.encodeStateAsUpdate(base)));
    const a = docOf(Y.encodeStateAsUpdate(base));
    const b = docOf(Y.encodeStateAsUpdate(base));
    Y.applyUpdate(a, updateOn(a, ({ items }) => items.set('item:a', itemFields({ label: 'From A' }))));
    Y.applyUpdate(b, updateOn(b, ({ items }) => items.set('item:b', itemFields({ label: 'From B' }))));
    Y.applyUpdate(b, updateOn(b, ({ items }) => items.delete('item:beta')));
    await Promise.all([one.storeState('room-a', (stored) => documentState(a, stored)), two.storeState('room-a', (stored) => documentState(b, stored))]);
    const merged = await one.storeState('room-a', (stored) => documentState(a, stored));
    const stored = docOf(await two.fetchState('room-a'));
    expect(labels(stored)).toEqual(['Alpha', 'From A', 'From B', 'Gamma']);
    expect(Y.encodeStateVectorFromUpdate(merged!)).toEqual(Y.encodeStateVector(stored));
    // Storing the same state again changes nothing.
    const again = await two.storeState('room-a', (row) => documentState(stored, row));
    expect(Y.encodeStateAsUpdate(docOf(again))).toEqual(Y.encodeStateAsUpdate(stored));
    expect(boardTypes(stored).items.size).toBe(4);
  });

  it('keeps a tombstone for a deleted room: no state, no store, no second delete', async () => {
    const store = open();
    await store.createRoom(room('room-a', Y.encodeStateAsUpdate(boardDoc())));
    expect(await store.deleteRoom('room-a')).toBe('deleted');
    expect(await store.room('room-a')).toMatchObject({ deleted: true });
    expect(await store.fetchState('room-a')).toBeNull();
    expect(await store.storeState('room-a', (stored) => documentState(boardDoc(), stored))).toBeNull();
    expect(await store.fetchState('room-a')).toBeNull();
    expect(await store.deleteRoom('room-a')).toBe('alreadyDeleted');
    expect(await store.deleteRoom('room-b')).toBe('unknown');
  });

  it('replaces a room’s edit link only while it still has the old one', async () => {
    const store = open();
    await store.createRoom(room('room-a', Y.encodeStateAsUpdate(boardDoc())));
    const next = { editHash: 'n'.repeat(64), keys: { ...keys, sealedEdit: 'new-sealed-edit' } };
    expect(await store.replaceLinks('room-a', 'x'.repeat(64), next)).toBe(false);
    expect(await store.replaceLinks('room-a', 'e'.repeat(64), next)).toBe(true);
    expect(await store.room('room-a')).toMatchObject({ editHash: 'n'.repeat(64), viewHash: 'v'.repeat(64), keys: next.keys });
    expect(await store.replaceLinks('room-a', 'e'.repeat(64), next)).toBe(false);
    await store.deleteRoom('room-a');
    expect(await store.replaceLinks('room-a', 'n'.repeat(64), next)).toBe(false);
  });

  it('opens a store written before facilitators existed: its rooms have no keys, and new rooms do', async () => {
    const old = new Database(join(dir, 'rooms.sqlite'));
    old.exec(`CREATE TABLE rooms (id TEXT PRIMARY KEY, edit_hash TEXT NOT NULL, view_hash TEXT NOT NULL, state BLOB, deleted INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`);
    old.prepare('INSERT INTO rooms VALUES (?, ?, ?, ?, 0, ?, ?)').run('room-old', 'e'.repeat(64), 'v'.repeat(64), Buffer.from(Y.encodeStateAsUpdate(boardDoc())), 'then', 'then');
    old.close();
    const store = open();
    expect(await store.room('room-old')).toEqual({ id: 'room-old', editHash: 'e'.repeat(64), viewHash: 'v'.repeat(64), keys: null, deleted: false });
    expect(labels(docOf(await store.fetchState('room-old')))).toEqual(['Alpha', 'Beta', 'Gamma']);
    await store.createRoom(room('room-new', Y.encodeStateAsUpdate(boardDoc())));
    expect(await store.room('room-new')).toMatchObject({ keys });
  });

  it('never creates a room by storing into one it does not know', async () => {
    const store = open();
    expect(await store.storeState('room-x', (stored) => documentState(boardDoc(), stored))).toBeNull();
    expect(await store.room('room-x')).toBeNull();
  });

  it('is shared by two processes’ connections to one data folder (WAL)', async () => {
    const [one, two] = [open(), open()];
    await one.createRoom(room('room-a', Y.encodeStateAsUpdate(boardDoc())));
    expect(await two.room('room-a')).toMatchObject({ id: 'room-a' });
  });

  it('keeps a room’s row within twice its document’s size, whatever the order of client ids (200 seeds of notes written, rewritten and deleted)', async () => {
    const store = open();
    let largest = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const id = `room-${seed}`;
      const live = boardDoc();
      await store.createRoom(room(id, Y.encodeStateAsUpdate(live)));
      const peers = Array.from({ length: 3 }, () => {
        const doc = new Y.Doc();
        doc.clientID = Math.floor(random() * 2 ** 31);
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
        return doc;
      });
      const send = (from: Y.Doc, edit: (items: Y.Map<Y.Map<unknown>>) => void) => {
        const before = Y.encodeStateVector(from);
        from.transact(() => edit(boardTypes(from).items as Y.Map<Y.Map<unknown>>));
        const update = Y.encodeStateAsUpdate(from, before);
        for (const doc of [live, ...peers]) if (doc !== from) Y.applyUpdate(doc, update);
      };
      const ids = [...boardTypes(live).items.keys()];
      for (let step = 0; step < 12; step++) {
        const peer = peers[Math.floor(random() * peers.length)]!;
        const itemId = ids[Math.floor(random() * ids.length)]!;
        send(peer, (items) => items.get(itemId)?.set('notes', String.fromCharCode(97 + step).repeat(2000 + Math.floor(random() * 7000))));
        if (random() < 0.5) await store.storeState(id, (stored) => documentState(live, stored));
      }
      send(peers[0]!, (items) => ids.slice(1).forEach((itemId) => items.delete(itemId)));
      await store.storeState(id, (stored) => documentState(live, stored));
      const row = (await store.fetchState(id))!;
      const size = Y.encodeStateAsUpdate(live).length;
      largest = Math.max(largest, row.length / size);
      expect(row.length, `seed ${seed}`).toBeLessThanOrEqual(2 * size);
      expect(labels(docOf(row))).toEqual(labels(live));
    }
    console.log(`stored rows: at most ${largest.toFixed(2)} × the document`);
  }, 60_000);
});
