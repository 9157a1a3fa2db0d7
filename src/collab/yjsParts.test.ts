import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapStructs, parentOf, rootOf, structCount } from './yjsParts';

describe('yjsParts (what the board relies on inside Yjs 13)', () => {
  it('a nested map knows its parent and key; a root has none', () => {
    const doc = new Y.Doc();
    const items = doc.getMap('items');
    const fields = new Y.Map<unknown>();
    items.set('item:a', fields);
    const deep = new Y.Map<unknown>();
    fields.set('inner', deep);
    expect(parentOf(items)).toBeNull();
    expect(parentOf(fields)).toEqual({ parent: items, key: 'item:a' });
    expect(rootOf(deep)).toEqual({ root: items, key: 'item:a' });
    expect(rootOf(items)).toEqual({ root: items, key: null });
  });

  it('a map keeps one struct per key, the last written: replaced or deleted, a new struct or a deleted one', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('m');
    map.set('a', 1);
    const first = [...mapStructs(map)][0]!;
    map.set('a', 2);
    const second = [...mapStructs(map)][0]!;
    expect(second).not.toBe(first);
    expect(second.id.client).toBe(doc.clientID);
    map.delete('a');
    expect(structCount(map)).toBe(1);
    expect([...mapStructs(map)][0]!.deleted).toBe(true);
  });

  it('an update event carries its transaction, whose changed types name what it touched', () => {
    const doc = new Y.Doc();
    const items = doc.getMap('items');
    const fields = new Y.Map<unknown>();
    items.set('item:a', fields);
    let changed: Y.Transaction['changed'] | null = null;
    doc.on('update', (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => (changed = transaction.changed));
    fields.set('label', 'x');
    expect([...changed!.keys()]).toEqual([fields]);
    expect([...changed!.get(fields as never)!]).toEqual(['label']);
  });
});
