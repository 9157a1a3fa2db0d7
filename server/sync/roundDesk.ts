import type { Connection } from '@hocuspocus/server';
import type { Round } from '../../src/model/types';
import { boardTypes, plain } from '../../src/collab/boardYDoc';
import type { WorkshopRequest } from '../../src/collab/workshopProtocol';
import { roundEvidence, roundWave } from '../../src/evidence/roundEvidence';
import { newId } from '../../src/model/ids';
import { limits } from '../../src/model/rules';
import { log, roomTag } from '../log';
import { messageText } from './serverMessage';
import { evidenceIn, openRoundIn, roundsIn } from './workshopRecords';
import { roundFull } from './heldWorkshop';
import { startTimer } from './roomTimer';
import { recordProblem } from './recordProblem';
import { afterClosing, workshopOrigin, type WorkshopDesk, type WorkshopRoom } from './workshopRoom';

/** Placement rounds: started and closed by the facilitator; each person's placements held here until the reveal. */

type Request<T extends WorkshopRequest['type']> = Extract<WorkshopRequest, { type: T }>;

/** A person's placements for the open round (all of them again each time), or why not. */
export function place(desk: WorkshopDesk, room: WorkshopRoom, connection: Connection, request: Request<'place'>): string | null {
  if (desk.actorOf(connection) === 'viewer') return 'A view-only screen does not place.';
  const who = room.people.get(connection);
  const round = openRoundIn(room.document);
  if (!who) return 'Say who you are first.';
  if (!round || round.id !== request.roundId) return 'That round is closed.';
  const items = new Set(round.itemIds);
  const placements: Record<string, readonly [number, number]> = {};
  for (const p of request.placements) if (items.has(p.itemId)) placements[p.itemId] = [p.x, p.y];
  let people = room.held.get(round.id);
  if (!people) room.held.set(round.id, (people = new Map()));
  const full = roundFull(people, who.person);
  if (full) return full;
  people.set(who.person, { name: who.name, placements, done: request.done });
  desk.saveSoon(room);
  desk.sendProgress(room);
  return null;
}

/** The facilitator starts a round: written to the board (stored at once), everyone taking part told it is theirs to place. */
export function startRound(desk: WorkshopDesk, room: WorkshopRoom, connection: Connection, request: Request<'startRound'>): string | null {
  if (desk.actorOf(connection) !== 'facilitator') return 'Only the facilitator starts a round.';
  if (openRoundIn(room.document)) return 'A round is open: close it before starting another.';
  // One more would be left out by every reader (`recordTypes`): nobody could place in it.
  if (roundsIn(room.document).length >= limits.rounds) return `A board keeps at most ${limits.rounds} rounds.`;
  const { records, items } = boardTypes(room.document);
  const missing = request.itemIds.filter((id) => !items.has(id));
  if (missing.length > 0) return `${missing.length === 1 ? 'An item is' : `${missing.length} items are`} no longer on the board.`;
  const number = 1 + Math.max(0, ...roundsIn(room.document).map((r) => r.number));
  const now = desk.now();
  const endsAt = request.minutes === null ? null : now + request.minutes * desk.minuteMs;
  const round: Round = { id: newId('round'), number, question: request.question, itemIds: request.itemIds, start: request.start, showNames: request.showNames, status: 'open', endsAt, createdAt: new Date(now).toISOString() };
  // Checked by the round's one validator, as any write: what the server writes, every reader must read.
  const unreadable = recordProblem('rounds', round);
  if (unreadable) return unreadable;
  if (request.minutes !== null) startTimer(desk, room, request.minutes);
  room.document.transact(() => records.rounds.set(round.id, plain(round)), workshopOrigin);
  desk.storeNow(room.document);
  log(`${roomTag(room.document.name)}: round ${number} started (${round.itemIds.length} items)`);
  for (const other of room.document.getConnections()) {
    if (room.people.has(other)) other.sendStateless(messageText({ type: 'mine', roundId: round.id, placements: [], done: false }));
  }
  desk.sendProgress(room);
  return null;
}

/** Reveals (placements become evidence on the board) or cancels the round; the held placements go. */
export function finishRound(desk: WorkshopDesk, room: WorkshopRoom, round: Round, status: 'revealed' | 'cancelled'): void {
  const { records, items, meta } = boardTypes(room.document);
  const held = [...(room.held.get(round.id)?.values() ?? [])];
  const at = new Date(desk.now()).toISOString();
  const evidence = status === 'revealed' ? roundEvidence(round, held, evidenceIn(room.document), new Set(items.keys()), at, () => newId('evidence')) : [];
  room.document.transact(() => {
    for (const record of evidence) records.evidence.set(record.id, plain(record));
    records.rounds.set(round.id, plain({ ...round, status }));
    if (evidence.length > 0) {
      meta.set('evidenceView.wave', roundWave(round));
      meta.set('evidenceView.lens', '');
    }
  }, workshopOrigin);
  room.held.delete(round.id);
  afterClosing(desk, room, `round ${round.number} ${status} (${held.length} people)`);
}

/** The facilitator reveals or cancels the open round. */
export function closeRound(desk: WorkshopDesk, room: WorkshopRoom, connection: Connection, request: Request<'closeRound' | 'cancelRound'>): string | null {
  if (desk.actorOf(connection) !== 'facilitator') return 'Only the facilitator closes a round.';
  const round = openRoundIn(room.document);
  if (!round || round.id !== request.roundId) return 'That round is closed already.';
  finishRound(desk, room, round, request.type === 'closeRound' ? 'revealed' : 'cancelled');
  return null;
}
