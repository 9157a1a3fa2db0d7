import * as Y from 'yjs';
import type { Board, Item } from '../model/types';
import { itemFields, sameValue, type Change } from '../model/changes';
import { currentVersion } from '../schema/format';
import { recordCollections, type RecordCollection } from '../model/records';

/**
 * One board as one Y.Doc:
 * - `meta`: a Y.Map of the board's leaves by dotted path (`title`, `axes.x.min`,
 *   `display.showBands`, `bands.2`, `bands.length`, …) and `schema`, the schema version
 *   of the document. One key per leaf: two people renaming two quadrants both win.
 * - `items`: a Y.Map from item id to a Y.Map of that item's fields (never `id`: the key is
 *   the id). `position` is one plain `{x, y}` value, so x and y always come from one person.
 * - `order`: a Y.Array of item ids, the board's item order. Chosen over a fractional index
 *   per item: items are only appended or put back (no command reorders), a Y.Array gives
 *   concurrent inserts one interleaving on every peer with no keys to generate, compare or
 *   rebalance, and undo puts a deleted id back where it was. Read deduplicated; an item
 *   missing from it is read after the others, in id order.
 * - `zones`: a Y.Map from pinned zone id to the zone as one plain value (a zone is never
 *   edited, only pinned and unpinned), read in `pinnedAt`, then id, order.
 * - one Y.Map per collection of records (`model/records`: `notes`, schema 4; `evidence`,
 *   schema 5) from record id to the record as one plain value (written whole: of two
 *   concurrent edits of one record, one stands), read in `createdAt`, then id, order.
 */
export interface BoardTypes {
  readonly meta: Y.Map<unknown>;
  readonly items: Y.Map<unknown>;
  readonly order: Y.Array<unknown>;
  readonly zones: Y.Map<unknown>;
  readonly records: Readonly<Record<RecordCollection, Y.Map<unknown>>>;
}

export const schemaKey = 'schema';

export function boardTypes(ydoc: Y.Doc): BoardTypes {
  const records = Object.fromEntries(recordCollections.map((name) => [name, ydoc.getMap(name)])) as Record<RecordCollection, Y.Map<unknown>>;
  return { meta: ydoc.getMap('meta'), items: ydoc.getMap('items'), order: ydoc.getArray('order'), zones: ydoc.getMap('zones'), records };
}

/** Every shared type of a board, for an undo manager's scope or a whole-document walk. */
export function allTypes(types: BoardTypes): Y.AbstractType<unknown>[] {
  return [types.meta, types.items, types.order, types.zones, ...Object.values(types.records)] as Y.AbstractType<unknown>[];
}

/** Every leaf of a board outside its items and zones, by meta key. */
export function metaLeaves(board: Board): [string, unknown][] {
  const leaves: [string, unknown][] = [
    ['id', board.id],
    ['title', board.title],
    ['locked', board.locked],
    // Absent on a board of an older schema (the server's probe of one part): not written.
    ...(board.evidenceView ? ([['evidenceView.wave', board.evidenceView.wave], ['evidenceView.lens', board.evidenceView.lens]] as [string, unknown][]) : []),
    ['createdAt', board.createdAt],
    ['updatedAt', board.updatedAt],
    ['bands.length', board.bands.length],
    ...board.bands.map((band, i): [string, unknown] => [`bands.${i}`, band]),
  ];
  for (const axis of ['x', 'y'] as const) for (const [field, text] of Object.entries(board.axes[axis])) leaves.push([`axes.${axis}.${field}`, text]);
  for (const group of ['quadrants', 'display', 'gapSettings'] as const) {
    for (const [key, value] of Object.entries(board[group])) leaves.push([`${group}.${key}`, value]);
  }
  return leaves;
}

/**
 * A value as Yjs stores it: plain objects and arrays all the way down. Yjs refuses an object
 * whose constructor is not `Object` (a null-prototype record, say), and a copy shares no
 * reference with the board it came from.
 */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, plain(entry)]));
}

/** An item's fields as the Y.Map that holds them. */
function itemMap(item: Item): Y.Map<unknown> {
  return new Y.Map(itemFields.map((field) => [field, plain(item[field])]));
}

/** Writes a whole board into an empty Y.Doc, in one transaction: sharing a local board. */
export function writeBoard(ydoc: Y.Doc, board: Board, origin: unknown = null): void {
  const { meta, items, order, zones, records } = boardTypes(ydoc);
  ydoc.transact(() => {
    meta.set(schemaKey, currentVersion);
    for (const [key, value] of metaLeaves(board)) meta.set(key, value);
    for (const item of board.items) items.set(item.id, itemMap(item));
    order.push(board.items.map((item) => item.id));
    for (const zone of board.pinnedZones) zones.set(zone.id, plain(zone));
    for (const collection of recordCollections) for (const record of board[collection] ?? []) records[collection].set(record.id, plain(record));
  }, origin);
}

/**
 * Writes id-keyed changes (from `diffBoards(before, after)`) into the Y.Doc. Call inside a
 * transaction. `after` is the board the changes lead to: it says which item an inserted
 * one follows.
 */
export function writeChanges(ydoc: Y.Doc, changes: readonly Change[], after: Board): void {
  const { meta, items, order, zones, records } = boardTypes(ydoc);
  const removed = new Set<string>();
  const inserted: { item: Item; index: number }[] = [];
  for (const change of changes) {
    switch (change.op) {
      case 'removeItem':
        items.delete(change.item.id);
        removed.add(change.item.id);
        break;
      case 'insertItem':
        items.set(change.item.id, itemMap(change.item));
        inserted.push(change);
        break;
      case 'setItem': {
        const fields = items.get(change.id);
        if (fields instanceof Y.Map) fields.set(change.field, plain(change.to));
        break;
      }
      case 'insertZone':
        zones.set(change.zone.id, plain(change.zone));
        break;
      case 'removeZone':
        zones.delete(change.zone.id);
        break;
      case 'setRecord':
        if (change.to === null) records[change.collection].delete(change.id);
        else records[change.collection].set(change.id, plain(change.to));
        break;
      case 'setBoard':
        if (change.path.length === 1 && change.path[0] === 'bands') {
          const bands = change.to as readonly string[];
          meta.set('bands.length', bands.length);
          bands.forEach((band, i) => meta.set(`bands.${i}`, band));
        } else meta.set(change.path.join('.'), plain(change.to));
        break;
    }
  }
  if (removed.size > 0) removeFromOrder(order, removed);
  if (inserted.length > 0) insertIntoOrder(order, inserted, after);
}

/** Removes every occurrence of the ids, last first, in runs. */
function removeFromOrder(order: Y.Array<unknown>, ids: ReadonlySet<string>): void {
  const ids_ = order.toArray();
  for (let end = ids_.length - 1; end >= 0; end--) {
    if (!ids.has(ids_[end] as string)) continue;
    let start = end;
    while (start > 0 && ids.has(ids_[start - 1] as string)) start--;
    order.delete(start, end - start + 1);
    end = start;
  }
}

/** Inserts runs of consecutive new items after the item that precedes each run in `after`. */
function insertIntoOrder(order: Y.Array<unknown>, inserted: readonly { item: Item; index: number }[], after: Board): void {
  const current = order.toArray();
  const sorted = [...inserted].sort((a, b) => a.index - b.index);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.index === sorted[j - 1]!.index + 1) j++;
    const run = sorted.slice(i, j).map(({ item }) => item.id);
    const previous = after.items[sorted[i]!.index - 1]?.id;
    const at = previous === undefined ? 0 : current.lastIndexOf(previous) + 1 || current.length;
    order.insert(at, run);
    current.splice(at, 0, ...run);
    i = j;
  }
}

/**
 * Gives items put back by an undo or redo the fields Yjs could not restore. Yjs restores a
 * deleted item's Y.Map with the fields it had, but not a field someone else wrote
 * concurrently before the delete: that field would be missing. It gets the value it had in
 * the step being undone or redone (`items`, as the step saw them).
 */
export function completeItems(ydoc: Y.Doc, restored: readonly Item[], origin: unknown): void {
  const { items } = boardTypes(ydoc);
  const missing = restored.flatMap((item) => {
    const fields = items.get(item.id);
    return fields instanceof Y.Map ? itemFields.filter((field) => !fields.has(field)).map((field) => ({ fields, field, value: item[field] })) : [];
  });
  if (missing.length === 0) return;
  ydoc.transact(() => missing.forEach(({ fields, field, value }) => fields.set(field, plain(value))), origin);
}

/**
 * Brings a document an older app wrote to this schema before this app writes to it: every
 * board leaf, zone and item field as this app read it (migrated) where it differs, then the
 * version. One transaction with `origin` (meant to be one undo does not cover).
 */
export function upgradeDocument(ydoc: Y.Doc, board: Board, origin: unknown): void {
  const { meta, items, zones } = boardTypes(ydoc);
  const version = meta.get(schemaKey);
  if (typeof version === 'number' && version >= currentVersion) return;
  ydoc.transact(() => {
    for (const [key, value] of metaLeaves(board)) if (!sameValue(meta.get(key), value)) meta.set(key, value);
    for (const zone of board.pinnedZones) if (!sameValue(zones.get(zone.id), zone)) zones.set(zone.id, plain(zone));
    for (const item of board.items) {
      const fields = items.get(item.id);
      if (!(fields instanceof Y.Map)) continue;
      for (const field of itemFields) if (!sameValue(fields.get(field), item[field])) fields.set(field, plain(item[field]));
    }
    meta.set(schemaKey, currentVersion);
  }, origin);
}
