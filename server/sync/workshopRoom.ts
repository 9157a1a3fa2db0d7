import type { Connection, Document } from '@hocuspocus/server';
import type { Actor } from '../../src/model/rights';
import type { HeldVotes, HeldWorkshop } from './heldWorkshop';
import { log, roomTag } from '../log';

/** The origin of the server's own writes to a room (rounds, the timer, a reveal's evidence). */
export const workshopOrigin = Symbol('workshop');

/** What the server holds of one room's workshop (WorkshopHost). */
export interface WorkshopRoom {
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

/** What the desks (rounds, votes, the timer) need of the host. */
export interface WorkshopDesk {
  readonly actorOf: (connection: Connection) => Actor;
  /** Stores the room's document now (the server's own writes). */
  readonly storeNow: (document: Document) => void;
  /** Stores the room's held placements and dots soon. */
  readonly saveSoon: (room: WorkshopRoom) => void;
  readonly sendProgress: (room: WorkshopRoom, to?: Connection) => void;
  /** Sets the room's one alarm again (the timer's end, a timed round's). */
  readonly arm: (room: WorkshopRoom) => void;
  readonly minuteMs: number;
  readonly now: () => number;
}

/**
 * A round or a vote just closed (its records written to the document, what was held for it
 * dropped): the document stored now, the rest of what is held saved soon, the log told
 * (`what`: "round 2 revealed (7 people)"), the room's alarm set again.
 */
export function afterClosing(desk: WorkshopDesk, room: WorkshopRoom, what: string): void {
  desk.storeNow(room.document);
  desk.saveSoon(room);
  log(`${roomTag(room.document.name)}: ${what}`);
  desk.arm(room);
}
