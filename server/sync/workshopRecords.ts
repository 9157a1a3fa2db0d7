import type { Document } from '@hocuspocus/server';
import type { BoardRecord, RecordCollection } from '../../src/model/records';
import type { Evidence, RoomTimer, Round, Vote } from '../../src/model/types';
import { boardTypes } from '../../src/collab/boardYDoc';
import { readOneRecord } from '../../src/collab/readBoard';

/** The room's one timer's record id. */
export const timerId = 'timer:room';

/** A collection's records as the rule book reads them (what does not read is passed over). */
function recordsIn<T extends BoardRecord>(document: Document, collection: RecordCollection): T[] {
  const out: T[] = [];
  for (const [id, value] of boardTypes(document).records[collection].entries()) {
    const read = readOneRecord(collection, id, value, 'lenient');
    if ('record' in read) out.push(read.record as T);
  }
  return out;
}

export const evidenceIn = (document: Document) => recordsIn<Evidence>(document, 'evidence');
export const roundsIn = (document: Document) => recordsIn<Round>(document, 'rounds');
export const votesIn = (document: Document) => recordsIn<Vote>(document, 'votes');
export const openRoundIn = (document: Document): Round | null => roundsIn(document).find((round) => round.status === 'open') ?? null;
export const openVoteIn = (document: Document): Vote | null => votesIn(document).find((vote) => vote.status === 'open') ?? null;
export const timerIn = (document: Document): RoomTimer | null => recordsIn<RoomTimer>(document, 'timers').find((timer) => timer.id === timerId) ?? null;
