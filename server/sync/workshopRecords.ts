import type { Document } from '@hocuspocus/server';
import type { BoardRecord, RecordCollection } from '../../src/model/records';
import type { Evidence, RoomTimer, Round, Vote } from '../../src/model/types';
import { boardTypes } from '../../src/collab/boardYDoc';
import { readOneRecord } from '../../src/schema/recordTypes';

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

/**
 * Each room's open round and vote, read again only after its rounds or votes change: every
 * workshop request asks for them, and reading a board's 200 rounds and 200 votes takes
 * milliseconds (a participant's flood of requests would otherwise cost the server a core).
 */
const openIn = new WeakMap<Document, { round?: Round | null; vote?: Vote | null }>();
function opened(document: Document) {
  let open = openIn.get(document);
  if (!open) {
    const fresh: { round?: Round | null; vote?: Vote | null } = {};
    const { rounds, votes } = boardTypes(document).records;
    rounds.observeDeep(() => delete fresh.round);
    votes.observeDeep(() => delete fresh.vote);
    openIn.set(document, (open = fresh));
  }
  return open;
}
export function openRoundIn(document: Document): Round | null {
  const open = opened(document);
  return open.round !== undefined ? open.round : (open.round = roundsIn(document).find((round) => round.status === 'open') ?? null);
}
export function openVoteIn(document: Document): Vote | null {
  const open = opened(document);
  return open.vote !== undefined ? open.vote : (open.vote = votesIn(document).find((vote) => vote.status === 'open') ?? null);
}
export const timerIn = (document: Document): RoomTimer | null => recordsIn<RoomTimer>(document, 'timers').find((timer) => timer.id === timerId) ?? null;
