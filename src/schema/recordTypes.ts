import type { BoardCollection, BoardRecord, RecordCollection } from '../model/records';
import { limits } from '../model/rules';
import type { Strictness, Validator } from './Validator';
import { readAlone } from './readAlone';
import { readOneItem } from './readItem';
import { readOneZone } from './readZone';
import { readNote } from './readNote';
import { readEvidence } from './readEvidence';
import { readBallot, readRound, readTimer, readVote } from './readRound';

/** How each collection of records is read: its one validator, what a message calls one, how many a board holds. */
export interface RecordType {
  readonly what: string;
  readonly limit: number;
  readonly read: (v: Validator, value: unknown, path: string) => BoardRecord;
}

/** The registry: every collection of `model/records` with its validator. */
export const recordTypes: Readonly<Record<RecordCollection, RecordType>> = {
  notes: { what: 'note', limit: limits.boardNotes, read: readNote },
  evidence: { what: 'evidence', limit: limits.evidence, read: readEvidence },
  rounds: { what: 'round', limit: limits.rounds, read: readRound },
  timers: { what: 'timer', limit: 1, read: readTimer },
  votes: { what: 'vote', limit: limits.votes, read: readVote },
  ballots: { what: 'ballot', limit: limits.ballots, read: readBallot },
};

/** A record as its type's validator reads it (the key is its id), or its problems. */
export function readOneRecord(collection: RecordCollection, id: string, value: unknown, strictness: Strictness = 'strict'): { record: BoardRecord } | { errors: string[] } {
  const { what, read } = recordTypes[collection];
  const one = readAlone<BoardRecord>(read, value, id, `${collection}.${id.slice(0, 40)}`, what === 'evidence' ? 'evidence' : `a ${what}`, strictness);
  return 'errors' in one ? one : { record: one.read };
}

/** A member of any collection of the board (an item, a zone, a note, …) as its type's one validator reads it, or its problems. */
export function readOneOf(collection: BoardCollection, id: string, value: unknown, strictness: Strictness = 'strict'): { record: { readonly id: string } } | { errors: string[] } {
  if (collection === 'items') {
    const read = readOneItem(value, id, strictness);
    return 'errors' in read ? read : { record: read.item };
  }
  if (collection === 'pinnedZones') {
    const read = readOneZone(value, id, strictness);
    return 'errors' in read ? read : { record: read.zone };
  }
  return readOneRecord(collection, id, value, strictness);
}
