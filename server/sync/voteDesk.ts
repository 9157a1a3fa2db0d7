import type { Connection } from '@hocuspocus/server';
import type { Ballot, Vote } from '../../src/model/types';
import { boardTypes, plain } from '../../src/collab/boardYDoc';
import type { WorkshopRequest } from '../../src/collab/workshopProtocol';
import { newId } from '../../src/model/ids';
import { limits } from '../../src/model/rules';
import { dotsProblem } from '../../src/model/votes';
import { log, roomTag } from '../log';
import { openVoteIn, votesIn } from './workshopRecords';
import { voteFull } from './heldWorkshop';
import { startTimer } from './roomTimer';
import { recordProblem } from './recordProblem';
import { afterClosing, workshopOrigin, type WorkshopDesk, type WorkshopRoom } from './workshopRoom';

/** Dot votes: opened and closed by the facilitator; each person's dots held here until the close. */

type Request<T extends WorkshopRequest['type']> = Extract<WorkshopRequest, { type: T }>;

/** The facilitator opens a vote: written to the board and stored at once. */
export function openVote(desk: WorkshopDesk, room: WorkshopRoom, connection: Connection, request: Request<'openVote'>): string | null {
  if (desk.actorOf(connection) !== 'facilitator') return 'Only the facilitator opens a vote.';
  if (openVoteIn(room.document)) return 'A vote is open: close it before opening another.';
  if (votesIn(room.document).length >= limits.votes) return `A board keeps at most ${limits.votes} votes.`;
  const number = 1 + Math.max(0, ...votesIn(room.document).map((v) => v.number));
  const now = desk.now();
  const endsAt = request.minutes === null ? null : now + request.minutes * desk.minuteMs;
  const vote: Vote = { id: newId('vote'), number, question: request.question, options: request.options, dots: request.dots, onePerOption: request.onePerOption, status: 'open', endsAt, createdAt: new Date(now).toISOString() };
  const unreadable = recordProblem('votes', vote);
  if (unreadable) return unreadable;
  if (request.minutes !== null) startTimer(desk, room, request.minutes);
  room.document.transact(() => boardTypes(room.document).records.votes.set(vote.id, plain(vote)), workshopOrigin);
  desk.storeNow(room.document);
  desk.sendProgress(room);
  return null;
}

/** A person's dots (all of them again each time), checked against the vote's rules, or why not. */
export function castDots(desk: WorkshopDesk, room: WorkshopRoom, connection: Connection, request: Request<'vote'>): string | null {
  if (desk.actorOf(connection) === 'viewer') return 'A view-only screen does not vote.';
  const who = room.people.get(connection);
  const vote = openVoteIn(room.document);
  if (!who) return 'Say who you are first.';
  if (!vote || vote.id !== request.voteId) return 'That vote is closed.';
  const problem = dotsProblem(vote, request.dots);
  if (problem) return problem;
  let people = room.votes.get(vote.id);
  if (!people) room.votes.set(vote.id, (people = new Map()));
  const full = voteFull(people, who.person, vote, boardTypes(room.document).records.ballots.size);
  if (full) return full;
  people.set(who.person, { name: who.name, dots: request.dots });
  desk.saveSoon(room);
  desk.sendProgress(room);
  return null;
}

/** Closes (the dots become anonymous ballots on the board: one per person and option) or cancels the vote. */
export function finishVote(desk: WorkshopDesk, room: WorkshopRoom, vote: Vote, status: 'closed' | 'cancelled'): void {
  const { records } = boardTypes(room.document);
  const at = new Date(desk.now()).toISOString();
  const ballots: Ballot[] = [];
  if (status === 'closed') {
    for (const { dots } of room.votes.get(vote.id)?.values() ?? []) {
      for (const [option, count] of Object.entries(dots)) if (count > 0) ballots.push({ id: newId('ballot'), voteId: vote.id, option, dots: count, createdAt: at });
    }
  }
  room.document.transact(() => {
    // In their ids' (random) order, not each voter's in turn: the order says nothing of who gave which.
    for (const ballot of [...ballots].sort((a, b) => (a.id < b.id ? -1 : 1))) records.ballots.set(ballot.id, plain(ballot));
    records.votes.set(vote.id, plain({ ...vote, status }));
  }, workshopOrigin);
  room.votes.delete(vote.id);
  afterClosing(desk, room, `vote ${vote.number} ${status} (${ballots.length} ballots)`);
}

/** The facilitator closes or cancels the open vote. */
export function closeVote(desk: WorkshopDesk, room: WorkshopRoom, connection: Connection, request: Request<'closeVote' | 'cancelVote'>): string | null {
  if (desk.actorOf(connection) !== 'facilitator') return 'Only the facilitator closes a vote.';
  const vote = openVoteIn(room.document);
  if (!vote || vote.id !== request.voteId) return 'That vote is closed already.';
  finishVote(desk, room, vote, request.type === 'closeVote' ? 'closed' : 'cancelled');
  return null;
}
