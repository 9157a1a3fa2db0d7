import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { decodeStored, deletesHeld, holdsAll, storedHoldsAll } from './storedState';

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
    const map = doc.getMap('m');
    map.set('a', 1);
    map.set('b', 2);
    const before = storedNow(doc);
    expect(storedHoldsAll(before, doc)).toBe(true);
    map.delete('a');
    expect(storedHoldsAll(before, doc)).toBe(false);
    expect(storedHoldsAll(storedNow(doc), doc)).toBe(true);
    map.set('c', 3);
    expect(storedHoldsAll(storedNow(doc), doc)).toBe(true);
  });
});
