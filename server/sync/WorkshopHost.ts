import type { Connection, Document, Extension, afterLoadDocumentPayload, connectedPayload, onDisconnectPayload, onStatelessPayload } from '@hocuspocus/server';
import { JoinPages } from './JoinPages';
import type { Actor } from '../../src/model/rights';
import type { Ballot, RoomTimer, Round, Vote } from '../../src/model/types';
import { boardTypes, plain } from '../../src/collab/boardYDoc';
import { readOneRecord } from '../../src/collab/readBoard';
import { readWorkshopRequest, type Placement, type WorkshopRequest } from '../../src/collab/workshopProtocol';
import { roundEvidence, roundWave } from '../../src/evidence/roundEvidence';
import { newId } from '../../src/model/ids';
import type { RoomStore } from '../store/RoomStore';
import { log, roomTag } from '../log';
import { messageText } from './serverMessage';
import { evidenceIn, openRoundIn, openVoteIn, roundsIn, timerId, timerIn, votesIn } from './workshopRecords';
import { changedTimer, type TimerAction } from './timerChange';
import { workshopProgress, type Taking } from './workshopProgress';
import { readHeld, readHeldVotes, roundFull, voteFull, writeHeld, type HeldDots, type HeldPerson, type HeldVotes, type HeldWorkshop } from './heldWorkshop';
import { limits } from '../../src/model/rules';
import { dotsProblem } from '../../src/model/votes';

/** The origin of the server's own writes to a room (rounds, the timer, a reveal's evidence). */
export const workshopOrigin = Symbol('workshop');
/** Held placements are stored this soon after a change. */
const storeAfterMs = 150;


interface RoomState {
  readonly document: Document;
  readonly held: HeldWorkshop;
  readonly votes: HeldVotes;
  /** Who each connection is in the rounds (after its hello). */
  readonly people: WeakMap<Connection, { person: string; name: string }>;
  alarm: ReturnType<typeof setTimeout> | null;
  saving: ReturnType<typeof setTimeout> | null;
  /** The progress last sent to everyone: the same again goes to nobody (a flood of placements is not multiplied by the room). */
  progress: string | null;
}

/**
 * The room's workshop, held by the server: placement rounds (each person's placements kept
 * here and in the store's workshop column, sent back only to that person, written to the board
 * as evidence at the reveal), the room's timer, and the clock clients set theirs by.
 */
export class WorkshopHost implements Extension {
  extensionName = 'WorkshopHost';
  private readonly rooms = new Map<string, RoomState>();
  /** The join pages facilitators show now (`/j/{code}`). */
  private readonly joinPages: JoinPages;

  constructor(
    private readonly store: RoomStore,
    private readonly actorOf: (connection: Connection) => Actor,
    /**
     * Stores the room now: Hocuspocus stores only what came from a connection, and the server's
     * own writes (a round, a reveal) must be stored at once — a device's copy holding a round the
     * server lost would be refused when it reconnects.
     */
    private readonly storeNow: (document: Document) => void,
    /** A timer's minute, ms. */
    private readonly minuteMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.joinPages = new JoinPages(store);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    let json: string | null = null;
    try {
      json = await this.store.fetchWorkshop(documentName);
    } catch (error) {
      log(`${roomTag(documentName)}: could not read the held workshop (${(error as Error).message})`);
    }
    const room: RoomState = { document, held: readHeld(json), votes: readHeldVotes(json), people: new WeakMap(), alarm: null, saving: null, progress: null };
    this.rooms.set(documentName, room);
    // A round or vote closed just before a crash, its held entries not stored as gone yet: they go now, as at its close.
    const closed = [...forgetClosed(room.held, openRoundIn(document)?.id), ...forgetClosed(room.votes, openVoteIn(document)?.id)];
    if (closed.length > 0) this.saveSoon(room);
    this.arm(room);
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    const room = this.rooms.get(documentName);
    if (!room) return;
    if (room.alarm) clearTimeout(room.alarm);
    this.joinPages.drop(documentName);
    if (room.saving) {
      clearTimeout(room.saving);
      await this.save(room);
    }
    this.rooms.delete(documentName);
  }

  /** A screen that connects while the join page shows gets it (the projector, reloaded), and the progress. */
  async connected({ connection, documentName }: connectedPayload): Promise<void> {
    const room = this.rooms.get(documentName);
    const join = room && this.joinPages.of(room.document);
    if (join) connection.sendStateless(messageText({ type: 'joinCode', join }));
    if (room) this.sendProgress(room, connection);
  }

  /** The edit link was replaced: a join page showing the old one comes down. */
  linksReplaced(documentName: string): void {
    const room = this.rooms.get(documentName);
    if (room) this.joinPages.hide(room.document);
  }

  /** The edit link a join code opens, while it is shown. */
  joinLink(code: string): { room: string; token: string } | null {
    return this.joinPages.link(code);
  }

  async onDisconnect({ documentName }: onDisconnectPayload): Promise<void> {
    const room = this.rooms.get(documentName);
    // Who left keeps what they placed; the count of those taking part changes.
    if (room) this.sendProgress(room);
  }

  async onStateless({ connection, document, payload }: onStatelessPayload): Promise<void> {
    const room = this.rooms.get(document.name);
    const request = readWorkshopRequest(payload);
    if (!room || !request) return;
    const refusal = this.handle(room, connection, request);
    if (refusal) connection.sendStateless(messageText({ type: 'workshopRefused', reason: refusal }));
  }

  /** Does what `request` asks, or says why not. */
  private handle(room: RoomState, connection: Connection, request: WorkshopRequest): string | null {
    const actor = this.actorOf(connection);
    switch (request.type) {
      case 'ping':
        connection.sendStateless(messageText({ type: 'pong', id: request.id, server: this.now() }));
        return null;
      case 'hello': {
        if (actor === 'viewer') return null;
        // One connection speaks for one person: else one socket could place and vote as many.
        const was = room.people.get(connection);
        if (was && was.person !== request.person) return 'This screen already takes part as someone else: reload it to change.';
        room.people.set(connection, { person: request.person, name: request.name });
        const open = openRoundIn(room.document);
        const mine = open && room.held.get(open.id)?.get(request.person);
        if (open) connection.sendStateless(messageText({ type: 'mine', roundId: open.id, placements: mine ? toPlacements(mine.placements) : [], done: mine?.done ?? false }));
        const vote = openVoteIn(room.document);
        if (vote) connection.sendStateless(messageText({ type: 'myDots', voteId: vote.id, dots: room.votes.get(vote.id)?.get(request.person)?.dots ?? {} }));
        this.sendProgress(room, connection);
        return null;
      }
      case 'place': {
        if (actor === 'viewer') return 'A view-only screen does not place.';
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
        this.saveSoon(room);
        this.sendProgress(room);
        return null;
      }
      case 'startRound': {
        if (actor !== 'facilitator') return 'Only the facilitator starts a round.';
        if (openRoundIn(room.document)) return 'A round is open: close it before starting another.';
        // One more would be left out by every reader (`recordTypes`): nobody could place in it.
        if (roundsIn(room.document).length >= limits.rounds) return `A board keeps at most ${limits.rounds} rounds.`;
        const { records, items } = boardTypes(room.document);
        const missing = request.itemIds.filter((id) => !items.has(id));
        if (missing.length > 0) return `${missing.length === 1 ? 'An item is' : `${missing.length} items are`} no longer on the board.`;
        const number = 1 + Math.max(0, ...roundsIn(room.document).map((r) => r.number));
        const endsAt = request.minutes === null ? null : this.now() + request.minutes * this.minuteMs;
        const round: Round = { id: newId('round'), number, question: request.question, itemIds: request.itemIds, start: request.start, showNames: request.showNames, status: 'open', endsAt, createdAt: new Date(this.now()).toISOString() };
        // Checked by the round's one validator, as any write: what the server writes, every reader must read.
        const unreadable = problemOf('rounds', round);
        if (unreadable) return unreadable;
        if (request.minutes !== null) this.startTimer(room, request.minutes);
        room.document.transact(() => records.rounds.set(round.id, plain(round)), workshopOrigin);
        this.storeNow(room.document);
        log(`${roomTag(room.document.name)}: round ${number} started (${round.itemIds.length} items)`);
        for (const connection of room.document.getConnections()) {
          if (room.people.has(connection)) connection.sendStateless(messageText({ type: 'mine', roundId: round.id, placements: [], done: false }));
        }
        this.sendProgress(room);
        return null;
      }
      case 'closeRound':
      case 'cancelRound': {
        if (actor !== 'facilitator') return 'Only the facilitator closes a round.';
        const round = openRoundIn(room.document);
        if (!round || round.id !== request.roundId) return 'That round is closed already.';
        this.finish(room, round, request.type === 'closeRound' ? 'revealed' : 'cancelled');
        return null;
      }
      case 'openVote': {
        if (actor !== 'facilitator') return 'Only the facilitator opens a vote.';
        if (openVoteIn(room.document)) return 'A vote is open: close it before opening another.';
        if (votesIn(room.document).length >= limits.votes) return `A board keeps at most ${limits.votes} votes.`;
        const number = 1 + Math.max(0, ...votesIn(room.document).map((v) => v.number));
        const endsAt = request.minutes === null ? null : this.now() + request.minutes * this.minuteMs;
        const vote: Vote = { id: newId('vote'), number, question: request.question, options: request.options, dots: request.dots, onePerOption: request.onePerOption, status: 'open', endsAt, createdAt: new Date(this.now()).toISOString() };
        const unreadable = problemOf('votes', vote);
        if (unreadable) return unreadable;
        if (request.minutes !== null) this.startTimer(room, request.minutes);
        room.document.transact(() => boardTypes(room.document).records.votes.set(vote.id, plain(vote)), workshopOrigin);
        this.storeNow(room.document);
        this.sendProgress(room);
        return null;
      }
      case 'vote': {
        if (actor === 'viewer') return 'A view-only screen does not vote.';
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
        this.saveSoon(room);
        this.sendProgress(room);
        return null;
      }
      case 'closeVote':
      case 'cancelVote': {
        if (actor !== 'facilitator') return 'Only the facilitator closes a vote.';
        const vote = openVoteIn(room.document);
        if (!vote || vote.id !== request.voteId) return 'That vote is closed already.';
        this.finishVote(room, vote, request.type === 'closeVote' ? 'closed' : 'cancelled');
        return null;
      }
      case 'joinCode': {
        if (actor !== 'facilitator') return 'Only the facilitator shows the join code.';
        if (!request.show) this.joinPages.hide(room.document);
        else {
          void this.joinPages.show(room.document, request.editToken).then((refusal) => {
            if (refusal) connection.sendStateless(messageText({ type: 'workshopRefused', reason: refusal }));
          });
        }
        return null;
      }
      case 'timer': {
        if (actor !== 'facilitator') return 'Only the facilitator sets the timer.';
        if (request.action === 'start') this.startTimer(room, request.minutes);
        else this.changeTimer(room, request.action);
        return null;
      }
    }
  }

  /** Closes (the dots become anonymous ballots on the board: one per person and option) or cancels the vote. */
  private finishVote(room: RoomState, vote: Vote, status: 'closed' | 'cancelled'): void {
    const { records } = boardTypes(room.document);
    const at = new Date(this.now()).toISOString();
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
    this.storeNow(room.document);
    room.votes.delete(vote.id);
    this.saveSoon(room);
    log(`${roomTag(room.document.name)}: vote ${vote.number} ${status} (${ballots.length} ballots)`);
    this.arm(room);
  }

  private writeTimer(room: RoomState, timer: RoomTimer): void {
    const { records } = boardTypes(room.document);
    const open = openRoundIn(room.document);
    room.document.transact(() => {
      records.timers.set(timerId, plain(timer));
      // A round with a time limit ends with the timer.
      if (open && open.endsAt !== null) records.rounds.set(open.id, plain({ ...open, endsAt: timer.running ? timer.endsAt : this.now() + timer.remaining }));
    }, workshopOrigin);
    this.storeNow(room.document);
    this.arm(room);
  }

  /** Starts the room's timer for `minutes`; returns when it ends (server clock). */
  private startTimer(room: RoomState, minutes: number): number {
    const total = minutes * this.minuteMs;
    const endsAt = this.now() + total;
    this.writeTimer(room, { id: timerId, running: true, endsAt, remaining: total, total, createdAt: new Date(this.now()).toISOString() });
    return endsAt;
  }

  private changeTimer(room: RoomState, action: TimerAction): void {
    const timer = timerIn(room.document);
    if (timer) this.writeTimer(room, changedTimer(timer, action, this.now(), this.minuteMs));
  }

  /** Sets the room's one alarm: the timer's end (and, with it, a timed round's). */
  private arm(room: RoomState): void {
    if (room.alarm) clearTimeout(room.alarm);
    room.alarm = null;
    const timer = timerIn(room.document);
    const open = openRoundIn(room.document);
    const at = timer?.running ? timer.endsAt : open?.endsAt !== null && open && !timer ? open.endsAt : null;
    if (at === null || at === undefined) return;
    room.alarm = setTimeout(() => this.ring(room), Math.max(0, Math.min(at - this.now(), 2 ** 31 - 1)));
  }

  /** Time is up: the timer stops at zero, and a round set to end with it is revealed. */
  private ring(room: RoomState): void {
    room.alarm = null;
    if (!this.rooms.has(room.document.name)) return;
    const timer = timerIn(room.document);
    if (timer?.running && timer.endsAt > this.now() + 50) return this.arm(room);
    if (timer?.running) {
      room.document.transact(() => boardTypes(room.document).records.timers.set(timerId, plain({ ...timer, running: false, remaining: 0 })), workshopOrigin);
      this.storeNow(room.document);
    }
    const open = openRoundIn(room.document);
    if (open && open.endsAt !== null) this.finish(room, open, 'revealed');
    const vote = openVoteIn(room.document);
    if (vote && vote.endsAt !== null) this.finishVote(room, vote, 'closed');
  }

  /** Reveals (placements become evidence on the board) or cancels the round; the held placements go. */
  private finish(room: RoomState, round: Round, status: 'revealed' | 'cancelled'): void {
    const { records, items, meta } = boardTypes(room.document);
    const held = [...(room.held.get(round.id)?.values() ?? [])];
    const evidence = status === 'revealed' ? roundEvidence(round, held, evidenceIn(room.document), new Set(items.keys()), new Date(this.now()).toISOString(), () => newId('evidence')) : [];
    room.document.transact(() => {
      for (const record of evidence) records.evidence.set(record.id, plain(record));
      records.rounds.set(round.id, plain({ ...round, status }));
      if (evidence.length > 0) {
        meta.set('evidenceView.wave', roundWave(round));
        meta.set('evidenceView.lens', '');
      }
    }, workshopOrigin);
    this.storeNow(room.document);
    room.held.delete(round.id);
    this.saveSoon(room);
    log(`${roomTag(room.document.name)}: round ${round.number} ${status} (${held.length} people)`);
    this.arm(room);
  }

  /**
   * Each connection's view of the open round's (or else vote's) progress; names of who is not
   * done for facilitators only. Sent to everyone when it changed, else only to `to` (a screen
   * that just came or said who it is).
   */
  private sendProgress(room: RoomState, to?: Connection): void {
    const round = openRoundIn(room.document);
    const vote = round ? null : openVoteIn(room.document);
    if (!round && !vote) return;
    const taking: Map<string, Taking> = round
      ? new Map([...(room.held.get(round.id) ?? new Map<string, HeldPerson>())].map(([person, entry]) => [person, { name: entry.name, started: Object.keys(entry.placements).length > 0, done: entry.done }]))
      : new Map([...(room.votes.get(vote!.id) ?? new Map<string, HeldDots>())].map(([person, entry]) => {
          const used = Object.values(entry.dots).reduce((a, b) => a + b, 0);
          return [person, { name: entry.name, started: used > 0, done: used >= vote!.dots }];
        }));
    const id = round ? round.id : vote!.id;
    // Everyone with the edit link who is here takes part; the facilitator once they place.
    const here = new Map<string, string>();
    for (const connection of room.document.getConnections()) {
      const who = room.people.get(connection);
      if (who && this.actorOf(connection) === 'participant') here.set(who.person, who.name);
    }
    const { done, total, waiting } = workshopProgress(taking, here);
    const progress = JSON.stringify([id, done, total, waiting]);
    const changed = progress !== room.progress;
    room.progress = progress;
    if (!changed && !to) return;
    for (const connection of changed ? new Set([...room.document.getConnections(), ...(to ? [to] : [])]) : [to!]) {
      const names = this.actorOf(connection) === 'facilitator' ? waiting : [];
      connection.sendStateless(messageText({ type: 'progress', roundId: id, done, total, waiting: names }));
    }
  }

  private saveSoon(room: RoomState): void {
    if (room.saving) return;
    room.saving = setTimeout(() => {
      room.saving = null;
      void this.save(room);
    }, storeAfterMs);
  }

  private async save(room: RoomState): Promise<void> {
    try {
      await this.store.storeWorkshop(room.document.name, writeHeld(room.held, room.votes));
    } catch (error) {
      log(`${roomTag(room.document.name)}: could not store the held workshop (${(error as Error).message}); trying again`);
      this.saveSoon(room);
    }
  }

  /** Stores every room's held workshop now (shutdown). */
  async storeAll(): Promise<void> {
    await Promise.all(
      [...this.rooms.values()].map((room) => {
        if (room.saving) clearTimeout(room.saving);
        room.saving = null;
        return this.save(room);
      }),
    );
  }
}

/** Why a record the server is about to write would not read (its type's one validator, strictly), or null. */
function problemOf(collection: 'rounds' | 'votes', record: Round | Vote): string | null {
  const read = readOneRecord(collection, record.id, plain(record), 'strict');
  return 'errors' in read ? `This cannot be kept: ${read.errors[0]}` : null;
}

const toPlacements = (placements: Readonly<Record<string, readonly [number, number]>>): Placement[] => Object.entries(placements).map(([itemId, [x, y]]) => ({ itemId, x, y }));

/** Deletes what `held` keeps for any round or vote but `open`; returns the ids deleted. */
const forgetClosed = (held: Map<string, unknown>, open: string | undefined): string[] => [...held.keys()].filter((id) => id !== open && held.delete(id));
