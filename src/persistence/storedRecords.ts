import type { Board } from '../model/types';
import { boardCollections, type BoardCollection } from '../model/records';
import { applyChanges, readChange, type Change } from '../model/changes';
import { readOneOf } from '../schema/recordTypes';
import { parseDocument, toDocument } from '../schema/parseDocument';
import type { Envelope } from '../schema/format';

/**
 * A board as this browser stores it: a head (the board with its collections empty: title, axes,
 * settings) and one stored record per item, pinned zone, note, evidence, … keyed by id, with
 * each collection's order. A save writes the head and the records that changed: its cost follows
 * the change, not the board. The collections are the board's (`model/records`: `boardCollections`).
 */

interface Keyed {
  readonly id: string;
}

/** What one save writes of one collection: records put whole, ids removed, and its order when its members changed. */
export interface CollectionWrite {
  readonly collection: BoardCollection;
  readonly put: readonly Keyed[];
  readonly remove: readonly string[];
  readonly order: readonly string[] | null;
}

const membersOf = (board: Board, collection: BoardCollection): readonly Keyed[] => board[collection];

/**
 * One save of a board, kept as records: the head, and the records that
 * changed since the revision it is based on, or all of them.
 */
export interface BoardWrite {
  /** The board's envelope with its collections empty (`headOf`). */
  readonly head: Envelope;
  /** How many items the board has: the board list shows it without reading them. */
  readonly items: number;
  /** The records changed since `basedOn`; null: write them all. */
  readonly changed: readonly CollectionWrite[] | null;
  /** Every record: written instead when storage does not hold `basedOn` as records of this schema. */
  readonly all: () => readonly CollectionWrite[];
}

/** A save of `board`: the records `changes` touched (from the board last stored), or all of them (null). */
export function boardWrite(board: Board, changes: readonly Change[] | null): BoardWrite {
  return { head: toDocument(headOf(board)), items: board.items.length, changed: changes && collectionWrites(board, changes), all: () => allWrites(board) };
}

/** The board with every collection empty: what the head holds. */
export function headOf(board: Board): Board {
  const head: Record<string, unknown> = { ...board };
  for (const collection of boardCollections) head[collection] = [];
  return head as unknown as Board;
}

/** The collection a change touches, and whether it adds or removes a member (the order changes). */
function touched(change: Change): { collection: BoardCollection; id: string; members: boolean } | null {
  switch (change.op) {
    case 'insertItem':
    case 'removeItem':
      return { collection: 'items', id: change.item.id, members: true };
    case 'setItem':
      return { collection: 'items', id: change.id, members: false };
    case 'insertZone':
    case 'removeZone':
      return { collection: 'pinnedZones', id: change.zone.id, members: true };
    case 'setRecord':
      // A record that moved comes as removed and added again (diffBoards): its order is written then.
      return { collection: change.collection, id: change.id, members: change.from === null || change.to === null };
    case 'setBoard':
      return null;
  }
}

/** Up to this many ids are looked up one by one; more, in one pass over the collection. */
const oneByOne = 16;

/** The records `ids` name in `records`, by id (absent ones are not there). */
function pick(records: readonly Keyed[], ids: ReadonlySet<string>): Map<string, Keyed> {
  const found = new Map<string, Keyed>();
  if (ids.size <= oneByOne) {
    for (const id of ids) {
      const record = records.find((candidate) => candidate.id === id);
      if (record) found.set(id, record);
    }
  } else for (const record of records) if (ids.has(record.id)) found.set(record.id, record);
  return found;
}

/**
 * What storage must write to go from the board `changes` started on to `after`: per collection
 * touched, the records as `after` has them, the ids it no longer has, and the new order when
 * members came or went. Board leaves (`setBoard`) are in the head, written with every save.
 */
export function collectionWrites(after: Board, changes: readonly Change[]): CollectionWrite[] {
  const byCollection = new Map<BoardCollection, { ids: Set<string>; members: boolean }>();
  for (const change of changes) {
    const hit = touched(change);
    if (!hit) continue;
    const entry = byCollection.get(hit.collection) ?? { ids: new Set<string>(), members: false };
    entry.ids.add(hit.id);
    entry.members ||= hit.members;
    byCollection.set(hit.collection, entry);
  }
  return [...byCollection].map(([collection, { ids, members }]) => {
    const records = membersOf(after, collection);
    const present = pick(records, ids);
    return {
      collection,
      put: [...present.values()],
      remove: [...ids].filter((id) => !present.has(id)),
      order: members ? records.map((record) => record.id) : null,
    };
  });
}

/** Every record of a board, collection by collection, with its order: what a whole write stores. */
export function allWrites(board: Board): CollectionWrite[] {
  return boardCollections.map((collection) => {
    const records = membersOf(board, collection);
    return { collection, put: records, remove: [], order: records.map((record) => record.id) };
  });
}

/**
 * A stored board put back together (not yet read: the caller parses it): the head with each
 * collection's records in its stored order; records the order does not name follow, in the
 * order storage gave them, and ids it names that have no record are skipped.
 */
export function joinBoard(head: unknown, collections: ReadonlyMap<string, { readonly records: readonly unknown[]; readonly order: unknown }>): unknown {
  if (typeof head !== 'object' || head === null) return head;
  const board: Record<string, unknown> = { ...head };
  for (const [collection, { records, order }] of collections) {
    const byId = new Map<unknown, unknown>();
    for (const record of records) byId.set((record as { id?: unknown } | null)?.id, record);
    const ordered: unknown[] = [];
    if (Array.isArray(order)) {
      for (const id of order) {
        if (!byId.has(id)) continue;
        ordered.push(byId.get(id));
        byId.delete(id);
      }
    }
    ordered.push(...byId.values());
    board[collection] = ordered;
  }
  return board;
}

/** The whole document a write holds: its head with every record joined (what a fake storage keeps, and tests compare). */
export function wholeDocument(write: BoardWrite): Envelope {
  return { ...write.head, board: joinBoard(write.head.board, new Map(write.all().map(({ collection, put, order }) => [collection, { records: put, order }]))) };
}

/**
 * What another tab says it saved, applied to the board it was based on and checked before it is
 * taken in: each change's shape (`readChange`: known ops, item fields and board leaves only),
 * every record written by its type's one validator, the head by the board reader (its
 * collections empty: cheap), as leniently as a stored board is opened. The board, with the head
 * as the reader read it; or why not (the caller then reads the board from storage).
 */
export function applySaved(base: Board, changes: unknown, updatedAt: unknown): { board: Board } | { problem: string } {
  if (!Array.isArray(changes)) return { problem: 'no changes' };
  const checked: Change[] = [];
  for (const value of changes as unknown[]) {
    const change = readChange(value, base);
    if (!change) return { problem: 'a change this version does not make' };
    checked.push(change);
  }
  let applied: Board;
  try {
    const { board, skipped } = applyChanges(base, checked, true);
    if (skipped.length > 0) return { problem: 'made on another board than this one' };
    applied = typeof updatedAt === 'string' ? { ...board, updatedAt } : board;
    for (const { collection, put } of collectionWrites(applied, checked)) {
      for (const record of put) {
        const read = readOneOf(collection, record.id, record, 'lenient');
        if ('errors' in read) return { problem: read.errors[0] ?? `a record of ${collection} could not be read` };
      }
    }
  } catch {
    return { problem: 'a change that cannot be applied' };
  }
  const head = parseDocument(toDocument(headOf(applied)));
  if (!head.ok) return { problem: head.errors[0] ?? 'the board could not be read' };
  const board: Record<string, unknown> = { ...head.board };
  for (const collection of boardCollections) board[collection] = applied[collection];
  return { board: board as unknown as Board };
}
