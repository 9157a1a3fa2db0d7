import * as Y from 'yjs';
import type {
  Connection,
  Document,
  Extension,
  afterLoadDocumentPayload,
  beforeHandleMessagePayload,
  connectedPayload,
  fetchPayload,
  onAuthenticatePayload,
  onDisconnectPayload,
  storePayload,
} from '@hocuspocus/server';
import { deniedReasons, secretPattern, type ServerMessage } from '../../src/collab/protocol';
import { actorOf } from '../../src/model/rights';
import type { RoomStore } from '../store/RoomStore';
import { documentState, rowDigest } from '../store/documentState';
import { clientError, log, logActivity, roomTag } from '../log';
import { accessOf, type Access } from '../roomAccess';
import { leadSeq, MalformedMessage, presenceProblem, readClientMessage, type ClientMessage } from './readClientMessage';
import { RoomShadow } from './RoomShadow';
import type { HoldLimits } from './PendingHolds';
import { defaultHoldLimits, RoomPending } from './RoomPending';
import { loadedMessage, messageText, storedMessage } from './serverMessage';

type Context = Access;

/** What a connection that came with a replaced edit link is told. */
export const replacedLinkReason = 'The facilitator replaced the edit link: this screen is now view-only. Ask the facilitator for the new link to edit again.';

/** Close codes this server gives (Hocuspocus's own are 4205 reset, 4401, 4403, 4408). */
export const closeCodes = { refused: 4422, malformed: 4400, deleted: 4410 } as const;

/** A Hocuspocus close event: thrown from a hook, it closes the connection with this code. */
const closeEvent = (code: number, reason: string) => ({ code, reason });

/**
 * The server's rules for rooms, as one Hocuspocus extension: who may connect (tokens), what
 * a connection is told (welcome, stored), which updates are applied (the room's shadow), and
 * the store (fetch and merge, through @hocuspocus/extension-database's hooks).
 */
export class RoomGuard implements Extension {
  extensionName = 'RoomGuard';
  private readonly shadows = new WeakMap<Document, RoomShadow>();
  /** The generation of the shadow each connection's last update was checked in. */
  private readonly checkedIn = new WeakMap<object, number>();
  private readonly lastStored = new WeakMap<Document, ServerMessage>();
  /** Connections whose catch-up (sync step 2) the server has taken. */
  private readonly caughtUp = new WeakSet<object>();
  /** Each room's row as fetched (its size, its digest), until the room has loaded. */
  private readonly fetched = new Map<string, { bytes: number; digest: string }>();
  /** The digest of the row each room's store last read or wrote (`documentState`). */
  private readonly lastRow = new WeakMap<Document, string>();
  /** Rooms whose store is failing, tried again until stored. */
  private readonly failing = new Set<string>();
  /** The highest lead.seq each room has seen (`leadJump`). */
  private readonly highestLead = new WeakMap<Document, number>();
  /** The one client each connection announces presence for. */
  private readonly presenceOf = new WeakMap<object, number>();
  /** Each connection's access (role, and the edit hash it came with), changed when the facilitator replaces the edit link. */
  private readonly accessOf = new WeakMap<object, Access>();

  /** What the rooms cannot integrate yet, kept out of their documents. */
  private readonly pending: RoomPending;

  constructor(
    private readonly store: RoomStore,
    holdLimits: HoldLimits = defaultHoldLimits,
  ) {
    this.pending = new RoomPending(
      {
        shadowOf: (document) => this.shadows.get(document),
        caughtUp: (connection) => this.caughtUp.has(connection),
        checkedIn: (connection, generation) => this.checkedIn.set(connection, generation),
        refuse: (connection) => connection.close(closeEvent(closeCodes.refused, 'Change refused')),
      },
      holdLimits,
    );
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<Context> {
    const room = secretPattern.test(documentName) ? await this.store.room(documentName) : null;
    const deny = (reason: string) => {
      clientError(`connection refused (${reason})`);
      return closeEvent(4403, reason);
    };
    if (!room) throw deny(deniedReasons.unknownRoom);
    if (room.deleted) throw deny(deniedReasons.deleted);
    const access = accessOf(room, token);
    if (!access) throw deny(deniedReasons.badToken);
    if (access.role === 'view') connectionConfig.readOnly = true;
    return access;
  }

  /** The database extension's fetch: the stored state; never default content. */
  fetch = async ({ documentName }: fetchPayload): Promise<Uint8Array | null> => {
    const room = await this.store.room(documentName);
    if (!room || room.deleted) throw closeEvent(4403, room ? deniedReasons.deleted : deniedReasons.unknownRoom);
    const state = await this.store.fetchState(documentName);
    if (state) this.fetched.set(documentName, { bytes: state.length, digest: rowDigest(state) });
    return state;
  };

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    // A row stored before holds existed may carry changes that can never join (a poisoned room): cleaned, then stored clean.
    const poison = this.pending.loaded(document);
    const shadow = new RoomShadow(document);
    this.shadows.set(document, shadow);
    this.lastStored.set(document, loadedMessage(document));
    document.on('update', (update: Uint8Array, origin: unknown) => shadow.follow(update, typeof origin === 'object' && origin !== null ? this.checkedIn.get(origin) : undefined));
    logActivity(`${roomTag(documentName)}: loaded`);
    const fetched = this.fetched.get(documentName);
    this.fetched.delete(documentName);
    if (!fetched) return;
    this.lastRow.set(document, fetched.digest);
    if (poison) log(`${roomTag(documentName)}: ${poison.length} bytes of changes that cannot join the room removed on load`);
    if (poison || fetched.bytes > 2 * Y.encodeStateAsUpdate(document).length) this.compact(document, fetched.bytes);
  }

  /** Rewrites a bloated row (stored by an older server, or merged updates) as the document loaded from it. */
  private compact(document: Document, fetched: number): void {
    const room = roomTag(document.name);
    this.writeRow(document).then(
      (written) => written && log(`${room}: stored state compacted from ${fetched} to ${written.row.length} bytes`),
      (error: Error) => log(`${room}: could not compact the stored state (${error.message})`),
    );
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    logActivity(`${roomTag(documentName)}: unloaded`);
  }

  async connected({ connection, context }: connectedPayload): Promise<void> {
    const access = context as Context;
    const { role, editToken, viewToken } = access;
    const document = connection.document;
    this.accessOf.set(connection, access);
    connection.sendStateless(messageText({ type: 'welcome', role, ...(editToken && { editToken }), ...(viewToken && { viewToken }) }));
    const stored = this.lastStored.get(document);
    if (stored) connection.sendStateless(messageText(stored));
    connection.onClose((_document, event) => {
      this.pending.closed(document, connection);
      closeSocket(connection, event);
    });
    logActivity(`${roomTag(document.name)}: ${role} connection joined`);
  }

  async onDisconnect({ documentName, clientsCount, context }: onDisconnectPayload): Promise<void> {
    logActivity(`${roomTag(documentName)}: ${(context as Context).role ?? 'a'} connection left${clientsCount === 0 ? ' (nobody here)' : ''}`);
  }

  async beforeHandleMessage({ connection, document, update: data }: beforeHandleMessagePayload): Promise<void> {
    let message;
    try {
      message = readClientMessage(data);
    } catch (error) {
      if (!(error instanceof MalformedMessage)) throw error;
      clientError(`malformed message (${error.message}); disconnected`);
      throw closeEvent(closeCodes.malformed, 'Malformed message');
    }
    if (message.kind === 'forbidden') {
      clientError(`${message.why}; disconnected`);
      throw closeEvent(closeCodes.malformed, 'Forbidden message');
    }
    const viewerProblem = connection.readOnly ? viewerMayNot(message) : null;
    if (viewerProblem) {
      clientError(`a view-only connection sent ${viewerProblem}; disconnected`);
      throw closeEvent(closeCodes.malformed, 'Not for a view-only connection');
    }
    if (message.kind === 'awareness') {
      const claimed = this.presenceOf.get(connection);
      const own = claimed ?? message.states[0]?.clientId;
      const highestLead = Math.max(this.highestLead.get(document) ?? 0, ...[...document.awareness.getStates().values()].map(leadSeq));
      const announcedLead = Math.max(0, ...message.states.map(({ state }) => leadSeq(state)));
      const problem =
        presenceProblem(message.states, own, this.actor(connection)) ??
        (claimed === undefined && own !== undefined ? claimProblem(document, own) : null) ??
        (announcedLead > highestLead + leadJump ? 'a lead seq far ahead of the room’s' : null);
      if (problem) {
        clientError(`${problem}; disconnected`);
        throw closeEvent(closeCodes.malformed, 'Forbidden presence');
      }
      if (own !== undefined) this.presenceOf.set(connection, own);
      this.highestLead.set(document, Math.max(highestLead, announcedLead));
      return;
    }
    if (message.kind !== 'update' || connection.readOnly) return;
    const shadow = this.shadows.get(document);
    if (!shadow) throw closeEvent(closeCodes.refused, 'Room not ready');
    // Before its catch-up a reconnecting device may send edits that build on ones the catch-up
    // brings; after it, an update that depends on what the server lacks is refused.
    const verdict = shadow.check(message.update, this.pending.allowance(connection), this.actor(connection));
    if (verdict.ok) {
      this.checkedIn.set(connection, verdict.generation);
      if (message.catchUp) {
        this.caughtUp.add(connection);
        this.pending.caughtUp(document, connection);
      }
      return;
    }
    clientError(`update refused (${verdict.reasons[0] ?? ''}); disconnected`);
    connection.sendStateless(messageText({ type: 'refused', reasons: verdict.reasons }));
    throw closeEvent(closeCodes.refused, 'Change refused');
  }

  /**
   * The database extension's store: takes in what another instance stored that this one
   * lacks, writes the document's own state (compact: what garbage collection left), and
   * tells the room what is stored.
   */
  storeDocument = async ({ documentName, document }: storePayload): Promise<void> => {
    const written = await untilStored(() => this.writeRow(document), documentName, (failures) => {
      this.failing.add(documentName);
      if (failures === failuresBeforeUnstored) document.broadcastStateless(messageText({ type: 'unstored' }));
    });
    this.failing.delete(documentName);
    if (written === null) {
      // No room to store into: deleted, through another server sharing this store. Its people here are told now.
      log(`${roomTag(documentName)}: deleted elsewhere; telling the people here`);
      return this.roomDeleted(document);
    }
    const message = storedMessage(written.snapshot, written.row);
    this.lastStored.set(document, message);
    document.broadcastStateless(messageText(message));
  };

  /** Stores the document's state (`documentState`) and remembers the row written; `snapshot` is the document as written. */
  private async writeRow(document: Document): Promise<{ row: Uint8Array; snapshot: Y.Snapshot } | null> {
    const written: { snapshot?: Y.Snapshot } = {};
    const row = await this.store.storeState(document.name, (stored) => {
      const state = documentState(document, stored, this.lastRow.get(document));
      written.snapshot = Y.snapshot(document);
      return state;
    });
    if (!row || !written.snapshot) return null;
    this.lastRow.set(document, rowDigest(row));
    return { row, snapshot: written.snapshot };
  }

  /** The rights a connection acts with: its token's role, as the facilitator last left it. */
  actor(connection: Connection) {
    return connection.readOnly ? 'viewer' : actorOf(this.accessOf.get(connection)?.role ?? 'view');
  }

  /**
   * The room's edit link was replaced: every connection that came with the old one becomes
   * view-only (Hocuspocus applies nothing more from it) and is told so.
   */
  linksReplaced(document: Document, oldEditHash: string): void {
    for (const connection of document.getConnections()) {
      const access = this.accessOf.get(connection);
      if (!access || access.editHash !== oldEditHash) continue;
      connection.readOnly = true;
      this.accessOf.set(connection, { role: 'view' });
      connection.sendStateless(messageText({ type: 'role', role: 'view', reason: replacedLinkReason }));
    }
  }

  /** True while some room's store keeps failing (the store cannot be written). */
  storeFailing(): boolean {
    return this.failing.size > 0;
  }

  /** After a room is deleted: everyone connected is told and disconnected. */
  roomDeleted(document: Document): void {
    document.broadcastStateless(messageText({ type: 'deleted' }));
    for (const connection of document.getConnections()) connection.close(closeEvent(closeCodes.deleted, 'Room deleted'));
  }
}

/**
 * How far ahead of the highest lead.seq a room has seen a client may announce. A client takes
 * the lead with one more than the highest it sees, and anyone can overtake a seq by one, except
 * at 2⁵³ − 1 (one more is not a safe integer, which readers ignore): the bound keeps seqs far
 * from it. It is not 1, so a leader whose seq outlived the server's memory (a restart) is
 * taken back when it reconnects.
 */
const leadJump = 1000;

/**
 * A presence a client publishes is renewed at least every 15 s (y-protocols' awareness):
 * one not renewed for this long belongs to a connection that is gone but not yet noticed
 * (a device that lost the network and reconnects with the same client id may take it back).
 */
const stalePresenceMs = 20_000;

/**
 * Why a connection may not claim `clientId` as its own, or null: the id is another
 * connection's, here or (through the relay) on another server, while that one renews it.
 */
function claimProblem(document: Document, clientId: number): string | null {
  const { awareness } = document;
  if (!awareness.getStates().has(clientId)) return null;
  const lastUpdated = awareness.meta.get(clientId)?.lastUpdated ?? 0;
  return Date.now() - lastUpdated < stalePresenceMs ? 'a claim on presence another connection holds' : null;
}

/**
 * What a view-only connection sent that a viewer never needs, or null. A viewer sends its
 * sync step 1, its catch-up (the provider answers the server's step 1; Hocuspocus applies
 * none of it for a viewer), its own presence (checked like anyone's), auth, query awareness,
 * close, and stateless workshop requests (the projector sets its clock by the server's; the
 * workshop host grants a viewer nothing else); never an update.
 */
function viewerMayNot(message: ClientMessage): string | null {
  if (message.kind === 'update' && !message.catchUp) return 'a change';
  return null;
}

/**
 * A Hocuspocus connection closed by the server (a refused update, garbage, a deleted room,
 * shutdown) closes its WebSocket too, so the provider reconnects from scratch; one the
 * provider closed itself keeps the socket for its other documents.
 */
function closeSocket(connection: Connection, event?: { code?: number; reason?: string }): void {
  const socket = connection.webSocket;
  if (event?.reason === 'provider_initiated' || socket.readyState !== socket.OPEN) return;
  const code = event?.code !== undefined && (event.code === 1000 || (event.code >= 3000 && event.code <= 4999)) ? event.code : 4000;
  socket.close(code, (event?.reason ?? '').slice(0, 100));
}

/** Pauses between tries of a failing store (ms): quick ones for a busy database, then every 30 s until it succeeds. */
const retryMs = [200, 1000, 3000, 10_000, 30_000];
/** Failed tries after which the room is told its changes are not stored (the tries go on). */
const failuresBeforeUnstored = 5;

/**
 * `work`'s answer, tried until it succeeds (a full disk, a lost database): nobody needs to
 * edit again for what the room holds to be stored, and the room learns when it is.
 */
async function untilStored<T>(work: () => Promise<T>, room: string, onFailed: (failures: number) => void): Promise<T> {
  for (let failures = 1; ; failures++) {
    try {
      return await work();
    } catch (error) {
      logActivity(`${roomTag(room)}: store failed (${(error as Error).message}); trying again until it succeeds`);
      onFailed(failures);
      await new Promise((resolve) => setTimeout(resolve, retryMs[Math.min(failures, retryMs.length) - 1]));
    }
  }
}
