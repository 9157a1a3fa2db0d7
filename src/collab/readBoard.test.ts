import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem } from '../model/board';
import { limits } from '../model/rules';
import { testBoard } from '../model/testBoard';
import { boardTypes, writeBoard } from './boardYDoc';
import { readBoard } from './readBoard';
import { createNetwork, settle } from './testNetwork';

/** A peer that writes straight into its Y.Doc, past every command and rule. */
function hostileUpdate(base: Y.Doc, write: (types: ReturnType<typeof boardTypes>) => void): Uint8Array {
  const hostile = new Y.Doc();
  Y.applyUpdate(hostile, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(hostile);
  hostile.transact(() => write(boardTypes(hostile)));
  return Y.encodeStateAsUpdate(hostile, before);
}

const fields = (overrides: Record<string, unknown>) =>
  new Y.Map<unknown>(Object.entries({ kind: 'product', label: 'Fine', position: { x: 0.5, y: 0.5 }, colour: '#112233', notes: '', tags: [], attractors: [], weight: 1, reach: null, ...overrides }));

describe('readBoard', () => {
  it('leaves out what a hostile peer wrote, lists it by id, and reads the rest', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    const update = hostileUpdate(a!.ydoc, ({ items, order, zones, meta }) => {
      items.set('item:ctor', fields({ kind: 'constructor' }));
      items.set('item:nan', fields({ position: { x: Number.NaN, y: 0.5 } }));
      items.set('item:huge', fields({ label: 'x'.repeat(1_000_000) }));
      items.set('item:proto', fields({ position: JSON.parse('{"__proto__": {"x": 1}, "x": 0.1, "y": 0.2}') }));
      items.set('item:plain', 'not a map');
      items.set('__proto__', fields({}));
      items.set('item:fine', fields({ label: 'Fine one' }));
      order.push(['item:ctor', 'item:nan', 'item:huge', 'item:fine', 'item:fine', 42, null]);
      zones.set('zone:bad', { label: 'Bad', position: { x: 2, y: 0 }, index: Number.NaN, note: '', pinnedAt: '' });
      meta.set('__proto__.polluted', true);
      meta.set('constructor.prototype.polluted', true);
    });
    expect(() => Y.applyUpdate(b!.ydoc, update)).not.toThrow();
    expect(b!.doc.board.items.map((item) => item.id)).toEqual(['item:alpha', 'item:beta', 'item:gamma', 'item:fine', 'item:proto']);
    expect(b!.doc.leftOut.map(({ id, what }) => `${what} ${id}`).sort()).toEqual(
      ['item __proto__', 'item item:ctor', 'item item:huge', 'item item:nan', 'item item:plain', 'zone zone:bad'].sort(),
    );
    // Yjs decodes a "__proto__" key as a prototype of that value only; the reader copies x and y.
    const proto = b!.doc.board.items.at(-1)!.position!;
    expect(proto).toEqual({ x: 0.1, y: 0.2 });
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(b!.doc.leftOut.find((entry) => entry.id === 'item:ctor')!.errors.join()).toMatch(/kind/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('enforces the item limit on read: two valid concurrent imports can together exceed it', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    const half = Math.ceil((limits.items - 3) / 2) + 1;
    const batch = (prefix: string) => Array.from({ length: half }, (_, i) => createItem('product', `${prefix}${i}`, null, { id: `item:${prefix}${i}` }));
    a!.doc.execute({ type: 'addItems', items: batch('a') });
    b!.doc.execute({ type: 'addItems', items: batch('b') });
    settle([a!, b!]);
    expect(a!.doc.board.items).toHaveLength(limits.items);
    expect(a!.doc.leftOut).toHaveLength(3 + 2 * half - limits.items);
    expect(a!.doc.leftOut[0]!.errors).toEqual([`a board holds at most ${limits.items} items`]);
    expect(b!.doc.board).toEqual(a!.doc.board);
  }, 60_000);

  it('reads the item order deduplicated, with items missing from it last, in id order', () => {
    const ydoc = new Y.Doc();
    writeBoard(ydoc, { ...testBoard(), items: [] });
    const { items, order } = boardTypes(ydoc);
    ydoc.transact(() => {
      for (const id of ['item:c', 'item:a', 'item:b', 'item:d']) items.set(id, fields({ label: id }));
      order.push(['item:d', 'item:gone', 'item:b', 'item:d']);
    });
    const read = readBoard(ydoc);
    expect(read.ok && read.board.items.map((item) => item.id)).toEqual(['item:d', 'item:b', 'item:a', 'item:c']);
  });

  it('reads an item again when a peer changes it, and only then', () => {
    const [a, b] = createNetwork(testBoard(), 2);
    const before = b!.doc.board.items[1];
    Y.applyUpdate(b!.ydoc, hostileUpdate(a!.ydoc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('weight', -5)));
    expect(b!.doc.board.items.map((item) => item.id)).toEqual(['item:beta', 'item:gamma']);
    expect(b!.doc.board.items[0]).toBe(before);
    expect(b!.doc.leftOut.map((entry) => entry.id)).toEqual(['item:alpha']);
    b!.doc.execute({ type: 'setTitle', title: 'Still readable' });
    expect(b!.doc.leftOut.map((entry) => entry.id)).toEqual(['item:alpha']);
    Y.applyUpdate(b!.ydoc, hostileUpdate(b!.ydoc, ({ items }) => (items.get('item:alpha') as Y.Map<unknown>).set('weight', 5)));
    expect(b!.doc.board.items.map((item) => [item.id, item.weight])).toEqual([['item:alpha', 5], ['item:beta', 1], ['item:gamma', 1]]);
    expect(b!.doc.leftOut).toEqual([]);
  });
});
