import type { Connection, Document, Extension, afterLoadDocumentPayload, connectedPayload, onDisconnectPayload, onStatelessPayload } from '@hocuspocus/server';
import { JoinPages } from './JoinPages';
import type { Actor } from '../../src/model/rights';
import { readWorkshopRequest, type Placement, type WorkshopRequest } from '../../src/collab/workshopProtocol';
import type { RoomStore } from '../store/RoomStore';
import { log, roomTag } from '../log';
import { messageText } from './serverMessage';
import { openRoundIn, openVoteIn, timerIn } from './workshopRecords';
import { workshopProgress, type Taking } from './workshopProgress';
import { readHeldWorkshop, writeHeld, type HeldDots, type HeldPerson } from './heldWorkshop';
import { changeTimer, startTimer, stopAtZero } from './roomTimer';
import { closeRound, finishRound, place, startRound } from './roundDesk';
import { castDots, closeVote, finishVote, openVote } from './voteDesk';
import type { WorkshopDesk, WorkshopRoom } from './workshopRoom';

export { workshopOrigin } from './workshopRoom';

/** Held placements are stored this soon after a change. */
const storeAfterMs = 150;

/**
 * The room's workshop, held by the server: placement rounds (each person's placements kept
 * here and in the store's workshop column, sent back only to that person, written to the board
 * as evidence at the reveal), the room's timer, and the clock clients set theirs by.
 */
export class WorkshopHost implements Extension {
  extensionName = 'WorkshopHost';
  private readonly rooms = new Map<string, WorkshopRoom>();
  /** The join pages facilitators show now (`/j/{code}`). */
  private readonly joinPages: JoinPages;
  /** What the rounds', votes' and timer's desks need of this host. */
  private readonly desk: WorkshopDesk;

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
    this.desk = {
      actorOf,
      storeNow,
      saveSoon: (room) => this.saveSoon(room),
      sendProgress: (room, to) => this.sendProgress(room, to),
      arm: (room) => this.arm(room),
      minuteMs,
      now,
    };
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    let json: string | null = null;
    try {
      json = await this.store.fetchWorkshop(documentName);
    } catch (error) {
      log(`${roomTag(documentName)}: could not read the held workshop (${(error as Error).message})`);
    }
    const room: WorkshopRoom = { document, ...readHeldWorkshop(json), people: new WeakMap(), alarm: null, saving: null, progress: null };
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
  private handle(room: WorkshopRoom, connection: Connection, request: WorkshopRequest): string | null {
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
      case 'place':
        return place(this.desk, room, connection, request);
      case 'startRound':
        return startRound(this.desk, room, connection, request);
      case 'closeRound':
      case 'cancelRound':
        return closeRound(this.desk, room, connection, request);
      case 'openVote':
        return openVote(this.desk, room, connection, request);
      case 'vote':
        return castDots(this.desk, room, connection, request);
      case 'closeVote':
      case 'cancelVote':
        return closeVote(this.desk, room, connection, request);
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
        if (request.action === 'start') startTimer(this.desk, room, request.minutes);
        else changeTimer(this.desk, room, request.action);
        return null;
      }
    }
  }

  /** Sets the room's one alarm: the timer's end (and, with it, a timed round's). */
  private arm(room: WorkshopRoom): void {
    if (room.alarm) clearTimeout(room.alarm);
    room.alarm = null;
    const timer = timerIn(room.document);
    const open = openRoundIn(room.document);
    const at = timer?.running ? timer.endsAt : open?.endsAt !== null && open && !timer ? open.endsAt : null;
    if (at === null || at === undefined) return;
    room.alarm = setTimeout(() => this.ring(room), Math.max(0, Math.min(at - this.now(), 2 ** 31 - 1)));
  }

  /** Time is up: the timer stops at zero, and a round set to end with it is revealed. */
  private ring(room: WorkshopRoom): void {
    room.alarm = null;
    if (!this.rooms.has(room.document.name)) return;
    const timer = timerIn(room.document);
    if (timer?.running && timer.endsAt > this.now() + 50) return this.arm(room);
    if (timer?.running) stopAtZero(this.desk, room, timer);
    const open = openRoundIn(room.document);
    if (open && open.endsAt !== null) finishRound(this.desk, room, open, 'revealed');
    const vote = openVoteIn(room.document);
    if (vote && vote.endsAt !== null) finishVote(this.desk, room, vote, 'closed');
  }

  /**
   * Each connection's view of the open round's (or else vote's) progress; names of who is not
   * done for facilitators only. Sent to everyone when it changed, else only to `to` (a screen
   * that just came or said who it is).
   */
  private sendProgress(room: WorkshopRoom, to?: Connection): void {
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

  private saveSoon(room: WorkshopRoom): void {
    if (room.saving) return;
    room.saving = setTimeout(() => {
      room.saving = null;
      void this.save(room);
    }, storeAfterMs);
  }

  private async save(room: WorkshopRoom): Promise<void> {
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

const toPlacements = (placements: Readonly<Record<string, readonly [number, number]>>): Placement[] => Object.entries(placements).map(([itemId, [x, y]]) => ({ itemId, x, y }));

/** Deletes what `held` keeps for any round or vote but `open`; returns the ids deleted. */
const forgetClosed = (held: Map<string, unknown>, open: string | undefined): string[] => [...held.keys()].filter((id) => id !== open && held.delete(id));
