import * as Y from 'yjs';
import type { Connection, Document } from '@hocuspocus/server';
import { clientError, log } from '../log';
import { PendingHolds, type HoldLimits } from './PendingHolds';
import type { RoomShadow } from './RoomShadow';
import { takePending } from './pendingChanges';

/**
 * What a connection may send before its catch-up that depends on changes the room lacks: a
 * reconnecting device's new edits, which follow its offline ones (an hour offline of ordinary
 * editing is tens of KB), not a poison of deletes for clients nobody saw.
 */
export const defaultHoldLimits: HoldLimits = { bytes: 1024 * 1024, ms: 30_000 };

/** The origin of a relayed change tried again: its own transaction schedules no further try. */
const retried = Symbol('retried');

/** What the rooms' guard tells `RoomPending` and lets it do. */
export interface PendingRoom {
  shadowOf(document: Document): RoomShadow | undefined;
  caughtUp(connection: Connection): boolean;
  /** An update `connection` sent was checked in this shadow generation (so the shadow does not apply it twice). */
  checkedIn(connection: Connection, generation: number): void;
  /** Closes a connection whose hold passed its limits. */
  refuse(connection: Connection): void;
}

/**
 * Keeps what the rooms cannot integrate (Yjs's pending structs and deletes) out of their
 * documents, so it is never stored, sent to joiners, relayed or re-read by every later update:
 * a connection's until its catch-up (then checked and applied), another instance's until a
 * later change lets it in; past a hold's limits, or from anyone else, it is dropped.
 */
export class RoomPending {
  private readonly holds: PendingHolds<Connection>;
  private readonly relayed: PendingHolds<Document>;

  constructor(
    private readonly room: PendingRoom,
    private readonly limits: HoldLimits = defaultHoldLimits,
  ) {
    this.holds = new PendingHolds<Connection>(limits, (connection, why) => {
      clientError(`a connection ${why}; disconnected`);
      room.shadowOf(connection.document)?.dropWaiting();
      room.refuse(connection);
    });
    this.relayed = new PendingHolds<Document>(limits, (_document, why) => log(`relayed changes dropped: ${why}`));
  }

  /** A room just loaded: what its row carried that can never join is removed (the row is to be stored clean), and every later transaction watched. */
  loaded(document: Document): Uint8Array | null {
    const poison = takePending(document);
    document.on('afterTransaction', (transaction: Y.Transaction) => this.afterTransaction(document, transaction));
    return poison;
  }

  /** Bytes `connection` may still hold (none after its catch-up). */
  allowance(connection: Connection): number {
    return this.room.caughtUp(connection) ? 0 : this.limits.bytes - this.holds.bytes(connection);
  }

  /** `connection`'s catch-up was accepted: Hocuspocus applies it after the hook, and what the connection held joins after it. */
  caughtUp(document: Document, connection: Connection): void {
    if (this.holds.bytes(connection) > 0) setImmediate(() => this.release(document, connection));
  }

  closed(document: Document, connection: Connection): void {
    // What waits in the shadow for this connection would slow every check and could never join.
    if (this.holds.bytes(connection) > 0) this.room.shadowOf(document)?.dropWaiting();
    this.holds.drop(connection);
  }

  /**
   * Moves what the transaction left pending out of the room's document: into its sender's
   * hold until that sender's catch-up; from another instance (the relay can deliver two
   * instances' updates out of order), into the room's hold, tried again after each later
   * change that joined. After a catch-up it is dropped: nobody will send what it waits for.
   */
  private afterTransaction(document: Document, transaction: Y.Transaction): void {
    const origin: unknown = transaction.origin;
    // A retry takes what still waits itself.
    if (origin === retried) return;
    const pending = takePending(document);
    const sender = document.getConnections().find((connection) => connection === origin);
    if (pending && sender && !this.room.caughtUp(sender)) this.holds.add(sender, pending);
    else if (pending && !sender) this.relayed.add(document, pending);
    else if (pending) clientError('changes that cannot join the room dropped');
    const joined = transaction.afterState.size !== transaction.beforeState.size || [...transaction.afterState].some(([client, clock]) => transaction.beforeState.get(client) !== clock);
    if (joined && this.relayed.bytes(document) > 0) setImmediate(() => this.retryRelayed(document));
  }

  /** The room's relayed changes that waited, tried again; what still cannot join waits on. */
  private retryRelayed(document: Document): void {
    for (const held of this.relayed.take(document)) {
      Y.applyUpdateV2(document, held, retried);
      const still = takePending(document);
      if (still && !this.relayed.add(document, still)) return;
    }
  }

  /** What `connection` held joins the room, checked like any update (what the check refuses is dropped). */
  private release(document: Document, connection: Connection): void {
    const shadow = this.room.shadowOf(document);
    for (const held of this.holds.take(connection)) {
      const update = Y.convertUpdateFormatV2ToV1(held);
      const verdict = shadow?.check(update, 0);
      if (!verdict?.ok) {
        clientError(`held changes refused at catch-up (${verdict?.ok === false ? verdict.reasons[0] : 'no room'})`);
        continue;
      }
      this.room.checkedIn(connection, verdict.generation);
      Y.applyUpdate(document, update, connection);
    }
  }
}
