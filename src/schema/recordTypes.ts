import type { BoardRecord, RecordCollection } from '../model/records';
import { limits } from '../model/rules';
import type { Validator } from './Validator';
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
