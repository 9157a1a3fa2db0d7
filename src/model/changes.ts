import { produce, type Draft } from 'immer';
import type { Board, Item, PinnedZone } from './types';
import { recordCollections, recordsOf, type BoardRecord, type RecordCollection } from './records';

/** The fields of an item a change may set one by one. */
export const itemFields = ['kind', 'label', 'position', 'colour', 'notes', 'tags', 'attractors', 'weight', 'reach', 'locked'] as const;
export type ItemField = (typeof itemFields)[number];

/**
 * One change to a board, named by ids, never by array index: a change made elsewhere in
 * between cannot make it hit the wrong item. `index` only says where an item goes back.
 */
export type Change =
  | { readonly op: 'insertItem'; readonly item: Item; readonly index: number }
  | { readonly op: 'removeItem'; readonly item: Item; readonly index: number }
  | { readonly op: 'setItem'; readonly id: string; readonly field: ItemField; readonly from: unknown; readonly to: unknown }
  | { readonly op: 'insertZone'; readonly zone: PinnedZone; readonly index: number }
  | { readonly op: 'removeZone'; readonly zone: PinnedZone; readonly index: number }
  | { readonly op: 'setBoard'; readonly path: readonly (string | number)[]; readonly from: unknown; readonly to: unknown }
  /** A record (a note, evidence) added (from null), changed, or removed (to null): written whole. */
  | { readonly op: 'setRecord'; readonly collection: RecordCollection; readonly id: string; readonly from: BoardRecord | null; readonly to: BoardRecord | null };

/** Board fields outside the items and zones, one leaf each (bands: one per index, or the list when its length changes). */
const boardLeaves = (board: Board): (readonly (string | number)[])[] => [
  ['title'],
  ['locked'],
  ['evidenceView', 'wave'],
  ['evidenceView', 'lens'],
  ...(['x', 'y'] as const).flatMap((axis) => (['title', 'min', 'max'] as const).map((field) => ['axes', axis, field])),
  ...Object.keys(board.quadrants).map((q) => ['quadrants', q]),
  ...Object.keys(board.display).map((d) => ['display', d]),
  ...Object.keys(board.gapSettings).map((g) => ['gapSettings', g]),
];

/**
 * A change as `diffBoards` makes them, checked from outside (another tab's message): a known
 * op, ids that are text, an item field of `itemFields`, a board path among the board's own
 * leaves (never into its collections), a record of the collection it names with that id.
 * Null when it is anything else.
 */
export function readChange(value: unknown, board: Board): Change | null {
  if (typeof value !== 'object' || value === null) return null;
  const change = value as Record<string, unknown>;
  const index = typeof change.index === 'number' && Number.isSafeInteger(change.index) && change.index >= 0;
  const keyed = (member: unknown) => typeof member === 'object' && member !== null && typeof (member as { id?: unknown }).id === 'string';
  switch (change.op) {
    case 'insertItem':
    case 'removeItem':
      return index && keyed(change.item) ? (value as Change) : null;
    case 'insertZone':
    case 'removeZone':
      return index && keyed(change.zone) ? (value as Change) : null;
    case 'setItem':
      return typeof change.id === 'string' && (itemFields as readonly unknown[]).includes(change.field) ? (value as Change) : null;
    case 'setRecord': {
      const { collection, id, from, to } = change;
      const ofIt = (record: unknown) => record === null || (keyed(record) && (record as { id: string }).id === id);
      return (recordCollections as readonly unknown[]).includes(collection) && typeof id === 'string' && ofIt(from) && ofIt(to) ? (value as Change) : null;
    }
    case 'setBoard': {
      if (!Array.isArray(change.path)) return null;
      const path = change.path as unknown[];
      const isBand = path[0] === 'bands' && (path.length === 1 || (path.length === 2 && typeof path[1] === 'number' && Number.isSafeInteger(path[1]) && path[1] >= 0 && path[1] < board.bands.length));
      const isLeaf = boardLeaves(board).some((leaf) => leaf.length === path.length && leaf.every((key, i) => key === path[i]));
      return isBand || isLeaf ? (value as Change) : null;
    }
    default:
      return null;
  }
}

const at = (value: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key]), value);

/** Equal as saved: numbers, strings, booleans, null, and plain objects and arrays of them. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The changes that turn `before` into `after`, by id: removals (last first), insertions
 * (in their new order), then fields. Applying them to `before` gives `after`.
 */
export function diffBoards(before: Board, after: Board): Change[] {
  const changes: Change[] = before.items === after.items ? [] : diffItems(before.items, after.items);
  if (before.pinnedZones !== after.pinnedZones) changes.push(...diffZones(before.pinnedZones, after.pinnedZones));
  for (const path of boardLeaves(after)) {
    const from = at(before, path);
    const to = at(after, path);
    if (!sameValue(from, to)) changes.push({ op: 'setBoard', path, from, to });
  }
  for (const collection of recordCollections) {
    const was = recordsOf(before, collection);
    const now = recordsOf(after, collection);
    if (was !== now) changes.push(...diffRecords(collection, was, now));
  }
  if (before.bands.length !== after.bands.length) changes.push({ op: 'setBoard', path: ['bands'], from: before.bands, to: after.bands });
  else after.bands.forEach((band, i) => band !== before.bands[i] && changes.push({ op: 'setBoard', path: ['bands', i], from: before.bands[i], to: band }));
  return changes;
}

/**
 * The members of both lists that must be taken out and put back for `before` to become `after`
 * in order: those of `after` from the first one out of `before`'s turn on. New members are put
 * in at their place (`placed`: items, zones) or go last (records: then the first new one ends
 * the run too). Empty when nothing was reordered. A member only moves when it is removed and
 * made again with its id (it then goes last), so the tail is short.
 */
function reordered(before: readonly { readonly id: string }[], after: readonly { readonly id: string }[], inBefore: ReadonlyMap<string, unknown>, inAfter: ReadonlySet<string>, placed: boolean): Set<string> {
  const kept = before.filter((member) => inAfter.has(member.id));
  let j = 0;
  let k = 0;
  for (; k < after.length; k++) {
    const id = after[k]!.id;
    if (!inBefore.has(id)) {
      if (placed) continue;
      break;
    }
    if (kept[j]?.id !== id) break;
    j++;
  }
  return new Set(after.slice(k).flatMap((member) => (inBefore.has(member.id) ? [member.id] : [])));
}

/** Zones by id: removed (last first), then inserted in their new order; a zone whose content or place changed is both. */
function diffZones(before: readonly PinnedZone[], after: readonly PinnedZone[]): Change[] {
  const old = new Map(before.map((zone) => [zone.id, zone]));
  const afterIds = new Set(after.map((zone) => zone.id));
  const moved = reordered(before, after, old, afterIds, true);
  const replaced = (zone: PinnedZone) => moved.has(zone.id) || (old.has(zone.id) && old.get(zone.id) !== zone && !sameValue(old.get(zone.id), zone));
  const changes: Change[] = [];
  const again = new Set(after.filter(replaced).map((zone) => zone.id));
  for (let i = before.length - 1; i >= 0; i--) {
    const zone = before[i]!;
    if (!afterIds.has(zone.id) || again.has(zone.id)) changes.push({ op: 'removeZone', zone, index: i });
  }
  after.forEach((zone, index) => {
    if (!old.has(zone.id) || again.has(zone.id)) changes.push({ op: 'insertZone', zone, index });
  });
  return changes;
}

/**
 * Record changes by id: each record added, changed or removed, whole. A record made again with
 * its id goes last: one whose place changed is removed and added again (in its new order).
 */
function diffRecords(collection: RecordCollection, before: readonly BoardRecord[], after: readonly BoardRecord[]): Change[] {
  const old = new Map(before.map((record) => [record.id, record]));
  const afterIds = new Set(after.map((record) => record.id));
  const moved = reordered(before, after, old, afterIds, false);
  const changes: Change[] = [];
  for (const record of before) if (!afterIds.has(record.id) || moved.has(record.id)) changes.push({ op: 'setRecord', collection, id: record.id, from: record, to: null });
  for (const record of after) {
    const was = moved.has(record.id) ? null : (old.get(record.id) ?? null);
    if (was !== record && !sameValue(was, record)) changes.push({ op: 'setRecord', collection, id: record.id, from: was, to: record });
  }
  return changes;
}

/**
 * The changes a command made, from its patches when they only set fields of items in place
 * (a move, an edit: the usual step, costing the items it touched, not the board); otherwise
 * the whole diff (`diffBoards`).
 */
export function changesOf(before: Board, after: Board, patches: readonly { readonly path: readonly (string | number)[] }[]): Change[] {
  const fields = new Map<number, Set<ItemField>>();
  for (const { path } of patches) {
    const [root, index, field] = path;
    if (root !== 'items' || typeof index !== 'number' || typeof field !== 'string' || !(itemFields as readonly string[]).includes(field)) return diffBoards(before, after);
    if (before.items[index]?.id !== after.items[index]?.id) return diffBoards(before, after);
    let set = fields.get(index);
    if (!set) fields.set(index, (set = new Set()));
    set.add(field as ItemField);
  }
  const changes: Change[] = [];
  for (const [index, set] of fields) {
    const old = before.items[index]!;
    const item = after.items[index]!;
    for (const field of itemFields) {
      if (set.has(field) && !sameValue(old[field], item[field])) changes.push({ op: 'setItem', id: item.id, field, from: old[field], to: item[field] });
    }
  }
  return changes;
}

/** Item changes by id. The usual step keeps every item in its place: then a walk side by side, with no maps. */
function diffItems(before: readonly Item[], after: readonly Item[]): Change[] {
  const changes: Change[] = [];
  const inPlace = before.length === after.length && before.every((item, i) => item.id === after[i]!.id);
  const afterIds = inPlace ? null : new Set(after.map((item) => item.id));
  const beforeItems = inPlace ? null : new Map(before.map((item) => [item.id, item]));
  // Items removed and made again with their ids in the same diff, out of their old order: taken out and put back.
  const moved = inPlace ? new Set<string>() : reordered(before, after, beforeItems!, afterIds!, true);
  if (!inPlace) {
    for (let i = before.length - 1; i >= 0; i--) {
      const item = before[i]!;
      if (!afterIds!.has(item.id) || moved.has(item.id)) changes.push({ op: 'removeItem', item, index: i });
    }
    after.forEach((item, index) => {
      if (!beforeItems!.has(item.id) || moved.has(item.id)) changes.push({ op: 'insertItem', item, index });
    });
  }
  after.forEach((item, i) => {
    const old = inPlace ? before[i]! : moved.has(item.id) ? undefined : beforeItems!.get(item.id);
    if (!old || old === item) return;
    for (const field of itemFields) {
      if (!sameValue(old[field], item[field])) changes.push({ op: 'setItem', id: item.id, field, from: old[field], to: item[field] });
    }
  });
  return changes;
}

/** The changes that undo `changes`: each inverted, in reverse order. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return changes
    .map((change): Change => {
      switch (change.op) {
        case 'insertItem':
          return { op: 'removeItem', item: change.item, index: change.index };
        case 'removeItem':
          return { op: 'insertItem', item: change.item, index: change.index };
        case 'insertZone':
          return { op: 'removeZone', zone: change.zone, index: change.index };
        case 'removeZone':
          return { op: 'insertZone', zone: change.zone, index: change.index };
        case 'setRecord':
          return { ...change, from: change.to, to: change.from };
        default:
          return { ...change, from: change.to, to: change.from };
      }
    })
    .reverse();
}

/** Why a change was left out: it would have undone or overwritten someone else's edit. */
export interface Skipped {
  readonly change: Change;
  readonly reason: 'deleted' | 'changed' | 'exists';
}

/**
 * Applies changes by id. With `guard`, a field is set only while it still holds the value
 * the change expects (`from`), an item is put back only if no item has its id, and a
 * change to an item that is gone is left out: each such change is reported, never forced.
 */
export function applyChanges(board: Board, changes: readonly Change[], guard = false): { board: Board; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const items = new ItemIndex(board.items);
  const next = produce(board, (draft) => {
    for (const change of changes) {
      const problem = applyOne(draft, change, guard, items);
      if (problem) skipped.push({ change, reason: problem });
    }
  });
  return { board: next, skipped };
}

/**
 * Where each item is in the list being changed, by id: found without walking the draft (each
 * element a draft walks becomes a proxy: a step of 1,000 moves on 10,000 items would make
 * ten million). Kept in step with the inserts and removals made through it.
 */
class ItemIndex {
  private readonly ids: string[];
  private at: Map<string, number> | null = null;
  constructor(items: readonly Item[]) {
    this.ids = items.map((item) => item.id);
  }
  indexOf(id: string): number {
    this.at ??= new Map(this.ids.map((candidate, i) => [candidate, i]));
    return this.at.get(id) ?? -1;
  }
  insert(index: number, id: string): void {
    this.ids.splice(index, 0, id);
    this.at = null;
  }
  remove(index: number): void {
    this.ids.splice(index, 1);
    this.at = null;
  }
  get length(): number {
    return this.ids.length;
  }
}

function applyOne(draft: Draft<Board>, change: Change, guard: boolean, index: ItemIndex): Skipped['reason'] | null {
  switch (change.op) {
    case 'insertItem': {
      if (index.indexOf(change.item.id) >= 0) return 'exists';
      const at = Math.min(change.index, index.length);
      draft.items.splice(at, 0, change.item as Draft<Item>);
      index.insert(at, change.item.id);
      return null;
    }
    case 'removeItem': {
      const i = index.indexOf(change.item.id);
      if (i < 0) return null;
      if (guard && !sameValue(draft.items[i], change.item)) return 'changed';
      draft.items.splice(i, 1);
      index.remove(i);
      return null;
    }
    case 'setItem': {
      const i = index.indexOf(change.id);
      const item = i < 0 ? undefined : draft.items[i];
      if (!item) return 'deleted';
      if (guard && !sameValue(item[change.field], change.from)) return 'changed';
      (item as Record<string, unknown>)[change.field] = change.to;
      return null;
    }
    case 'insertZone': {
      if (draft.pinnedZones.some((zone) => zone.id === change.zone.id)) return 'exists';
      draft.pinnedZones.splice(Math.min(change.index, draft.pinnedZones.length), 0, change.zone as Draft<PinnedZone>);
      return null;
    }
    case 'removeZone': {
      const i = draft.pinnedZones.findIndex((zone) => zone.id === change.zone.id);
      if (i >= 0) draft.pinnedZones.splice(i, 1);
      return null;
    }
    case 'setRecord': {
      const records = draft[change.collection] as BoardRecord[];
      const i = records.findIndex((record) => record.id === change.id);
      const current = i < 0 ? null : records[i]!;
      if (guard && !sameValue(current, change.from)) return current === null ? 'deleted' : change.from === null ? 'exists' : 'changed';
      if (change.to === null) {
        if (i >= 0) records.splice(i, 1);
      } else if (i >= 0) records[i] = change.to;
      else records.push(change.to);
      return null;
    }
    case 'setBoard': {
      if (guard && !sameValue(at(draft, change.path), change.from)) return 'changed';
      const parent = at(draft, change.path.slice(0, -1)) as Record<string | number, unknown> | undefined;
      if (!parent) return 'deleted';
      parent[change.path.at(-1)!] = change.to;
      return null;
    }
  }
}
