import type { Board, Evidence, Note } from './types';

/**
 * The board's collections of records written whole, keyed by id: each is a field of the board
 * (a list) and a map of the shared document of the same name. A new record type adds its name
 * here, its validator to `schema/recordTypes.ts`, and its view.
 */
export const recordCollections = ['notes', 'evidence'] as const;
export type RecordCollection = (typeof recordCollections)[number];

/** A record of any of those collections. */
export type BoardRecord = Note | Evidence;

/** Records are listed in the order they were made (`createdAt`, then id): the same on every peer. */
export function byCreation(a: { readonly id: string; readonly createdAt: string }, b: { readonly id: string; readonly createdAt: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The records of one collection, as the board holds them. */
export const recordsOf = (board: Board, collection: RecordCollection): readonly BoardRecord[] => board[collection];
