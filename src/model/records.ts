import type { Ballot, Board, Evidence, Note, Round, RoomTimer, Vote } from './types';

/**
 * The board's collections of records written whole, keyed by id: each is a field of the board
 * (a list) and a map of the shared document of the same name. A new record type adds its name
 * here, its validator to `schema/recordTypes.ts`, and its view.
 */
export const recordCollections = ['notes', 'evidence', 'rounds', 'timers', 'votes', 'ballots'] as const;
export type RecordCollection = (typeof recordCollections)[number];

/**
 * Every id-keyed collection of a board: its items and pinned zones (each with a layout of its own
 * in the shared document: an item's fields one by one, a zone whole) and the records above.
 * Storage keeps a record per member of each (`persistence/storedRecords`).
 */
export const boardCollections = ['items', 'pinnedZones', ...recordCollections] as const;
export type BoardCollection = (typeof boardCollections)[number];

/** Collections only the server writes (a room's workshop: rounds, the timer); an update from anyone else that touches them is refused. */
export const serverCollections: readonly RecordCollection[] = ['rounds', 'timers', 'votes', 'ballots'];

/** A record of any of those collections. */
export type BoardRecord = Note | Evidence | Round | RoomTimer | Vote | Ballot;

/** Records are listed in the order they were made (`createdAt`, then id): the same on every peer. */
export function byCreation(a: { readonly id: string; readonly createdAt: string }, b: { readonly id: string; readonly createdAt: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The records of one collection, as the board holds them. */
export const recordsOf = (board: Board, collection: RecordCollection): readonly BoardRecord[] => board[collection];
