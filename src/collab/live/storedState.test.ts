import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { decodeStored, deletesHeld, holdsAll, watchStored } from './storedState';

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
/** The snapshot a server that stored `doc` as it is now would send. */
const storedNow = (doc: Y.Doc) => decodeStored(base64(Y.encodeSnapshot(Y.snapshot(doc))))!;

describe('stored state', () => {
  it('refuses what is not a snapshot', () => {
    expect(decodeStored('%%%')).toBeNull();
  });

  it('holds all only when every clock is reached', () => {
    const clocks = fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.nat(100));
    fc.assert(
      fc.property(clocks, clocks, (a, b) => {
        const local = new Map(Object.entries(a).map(([k, v]) => [Number(k), v]));
        const stored = new Map(Object.entries(b).map(([k, v]) => [Number(k), v]));
        const expected = [...local].every(([client, clock]) => (stored.get(client) ?? 0) >= clock);
        expect(holdsAll(stored, local)).toBe(expected);
      }),
    );
  });

  it('deleted ranges are held when covered by the union of stored ones', () => {
    const ranges = fc.array(fc.record({ clock: fc.nat(50), len: fc.integer({ min: 1, max: 10 }) }), { maxLength: 6 });
    fc.assert(
      fc.property(ranges, ranges, (mine, theirs) => {
        const set = (list: { clock: number; len: number }[]) => {
          const ds = Y.createDeleteSet();
          ds.clients.set(1, list.map(({ clock, len }) => ({ clock, len })) as never);
          return ds;
        };
        const covered = (clock: number) => theirs.some((r) => clock >= r.clock && clock < r.clock + r.len);
        const expected = mine.every((r) => Array.from({ length: r.len }, (_, i) => r.clock + i).every(covered));
        expect(deletesHeld(set(theirs), set(mine))).toBe(expected);
      }),
    );
  });

  it('a delete is not stored until the store says so', () => {
    const doc = new Y.Doc();
    const watch = watchStored(doc);
    const map = doc.getMap('m');
    map.set('a', 1);
    map.set('b', 2);
    const before = storedNow(doc);
    expect(watch.holds(before)).toBe(true);
    map.delete('a');
    expect(watch.holds(before)).toBe(false);
    expect(watch.holds(storedNow(doc))).toBe(true);
    map.set('c', 3);
    expect(watch.holds(storedNow(doc))).toBe(true);
  });

  it('says what a walk of the whole document says, for any edits and stores, by this peer and another', () => {
    /** The oracle: every clock and every deleted range of the whole document held by the store. */
    const wholeWalk = (stored: Y.Snapshot, doc: Y.Doc) => holdsAll(stored.sv, Y.decodeStateVector(Y.encodeStateVector(doc))) && deletesHeld(stored.ds, Y.snapshot(doc).ds);
    const step = fc.oneof(
      fc.record({ t: fc.constant('set' as const), key: fc.constantFrom('a', 'b', 'c'), value: fc.nat(9), remote: fc.boolean() }),
      fc.record({ t: fc.constant('delete' as const), key: fc.constantFrom('a', 'b', 'c'), remote: fc.boolean() }),
      fc.constant({ t: 'store' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const doc = new Y.Doc();
        const watch = watchStored(doc);
        const other = new Y.Doc();
        let stored = storedNow(doc);
        for (const s of steps) {
          if (s.t === 'store') stored = storedNow(doc);
          else {
            const target = s.remote ? other : doc;
            if (s.remote) Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
            if (s.t === 'set') target.getMap('m').set(s.key, s.value);
            else target.getMap('m').delete(s.key);
            if (s.remote) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
          }
          expect(watch.holds(stored)).toBe(wholeWalk(stored, doc));
        }
      }),
    );
  });
});
