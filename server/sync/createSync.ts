import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { Hocuspocus, OutgoingMessage, type Document, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { limits } from '../../src/collab/protocol';
import type { RoomStore } from '../store/RoomStore';
import { clientError, log } from '../log';
import { RedisRelay, redisOptions } from './RedisRelay';
import { WorkshopHost, workshopOrigin } from './WorkshopHost';
import { RoomGuard } from './RoomGuard';
import { messageText } from './serverMessage';
import { gateSocket, type Gate } from './gateSocket';
import { batchPresence } from './batchPresence';
import { encodePresenceOnce, storeDocumentNow, storeEveryDocumentNow } from './hocuspocusParts';
import { holdBackpressure } from './holdBackpressure';
import { throttleSocket } from './throttleSocket';
import { RateLimiter } from './RateLimiter';
import { RateTable } from './RateTable';
import { awarenessMessageType, readHeader } from './readClientMessage';
import type { SyncRates } from './syncRates';

export interface Sync {
  /** Takes a WebSocket upgraded on the sync path. */
  handleConnection(socket: WebSocket, request: IncomingMessage): void;
  /** Tells and disconnects everyone in a room just deleted. */
  roomDeleted(room: string): void;
  /** Makes view-only the connections that came with a replaced edit link (on this instance). */
  linksReplaced(room: string, oldEditHash: string): void;
  /** True while a room's store keeps failing. */
  storeFailing(): boolean;
  /** The edit link a join code shown now opens (`GET /j/{code}`), or null. */
  joinLink(code: string): { room: string; token: string } | null;
  /** Stores every room with unstored changes and waits for stores under way. */
  storeAll(): Promise<void>;
  /** Stores everything, disconnects everyone, stores again, stops the relay. */
  close(): Promise<void>;
}

/** Stores run about a second after the last change, at most a few seconds after the first. */
const debounceMs = 1000;
const maxDebounceMs = 3000;
/** What a connection may send for room names it has not authenticated for (Hocuspocus would queue it for ever). */
const preAuthBudget = { bytes: 64 * 1024, messages: 20 };
/** Unsent data a connection may fall behind by: past 1 MB its presence updates are held back; reading nothing for 5 s, or 16 MB behind, it is closed. */
const backpressure = { softBytes: 1024 * 1024, hardBytes: 16 * 1024 * 1024, closeAfterMs: 5000 };
/** Presence to a connection waits at most this long, merged with what follows (batchPresence): under a drag's 33 ms. */
const presenceWindowMs = 25;

export interface SyncOptions {
  readonly store: RoomStore;
  readonly redisUrl?: string | undefined;
  /** A connection must authenticate for each room name it sends for this soon (ms). */
  readonly authenticateWithinMs: number;
  readonly rates: SyncRates;
  /** A timer's minute in ms (60,000 but in tests). */
  readonly minuteMs?: number;
}

export function createSync({ store, redisUrl, authenticateWithinMs, rates, minuteMs = 60_000 }: SyncOptions): Sync {
  const byAddress = new RateTable(rates.address);
  const byRoom = new RateTable(rates.room);
  const guard = new RoomGuard(store);
  // Assigned once Hocuspocus exists (below): the workshop's own writes are stored at once.
  let storeNow: (document: Document) => void = () => undefined;
  const workshop = new WorkshopHost(store, (connection) => guard.actor(connection), (document) => storeNow(document), minuteMs);
  const relay = redisUrl ? new RedisRelay(redisOptions(redisUrl)) : null;
  /** Each connection's gate, by its upgrade request (what Hocuspocus's hooks are handed). */
  const gates = new WeakMap<IncomingMessage, Gate>();
  // After the guard: its onAuthenticate runs only when the guard accepted the token.
  const gateKeeper: Extension = {
    extensionName: 'GateKeeper',
    async onAuthenticate({ request, documentName }) {
      gates.get(request)?.authenticated(documentName);
    },
    async connected({ request, documentName, connection }) {
      connection.onClose(() => gates.get(request)?.left(documentName));
    },
  };
  const extensions: Extension[] = [guard, gateKeeper, workshop, new Database({ fetch: guard.fetch, store: guard.storeDocument })];
  if (relay) extensions.push(relay);
  // A presence change is encoded once for the whole room (before any document is made).
  encodePresenceOnce();
  const hocuspocus = new Hocuspocus({ name: 'pa-map', quiet: true, debounce: debounceMs, maxDebounce: maxDebounceMs, extensions });
  storeNow = (document) => void storeDocumentNow(hocuspocus, document, workshopOrigin);

  /** A room's presence as it is now, as one message (for a connection that missed updates). */
  const presenceOf = (room: string): Uint8Array | null => {
    const document = hocuspocus.documents.get(room);
    if (!document || document.awareness.getStates().size === 0) return null;
    return new OutgoingMessage(room).createAwarenessUpdateMessage(document.awareness).toUint8Array();
  };

  async function storeAll(): Promise<void> {
    await storeEveryDocumentNow(hocuspocus);
    await workshop.storeAll();
  }

  return {
    handleConnection(socket, request) {
      socket.on('error', (error) => clientError(`socket error: ${error.message}`));
      hocuspocus.handleConnection(socket, request);
      const own = new RateLimiter(rates.connection);
      const presence = new RateLimiter(rates.presence);
      const address = request.socket.remoteAddress ?? '';
      throttleSocket(socket, (data) => limitersOf(data, Date.now()), () => clientError('a connection stayed over its rate limits: closed'));
      /** Every limit a message counts against; one that does not read counts against the connection's and its address's (Hocuspocus refuses it). */
      function limitersOf(data: unknown, now: number): RateLimiter[] {
        const limiters = [own, byAddress.limiter(address, now)];
        if (!(data instanceof Uint8Array)) return limiters;
        try {
          const { room, type } = readHeader(data);
          limiters.push(byRoom.limiter(room, now));
          if (type === awarenessMessageType) limiters.push(presence);
        } catch {
          // Not a message: counted against the connection and its address only.
        }
        return limiters;
      }
      const gate = gateSocket(socket, { ...preAuthBudget, withinMs: authenticateWithinMs, messageBytes: limits.messageBytes }, (cause) => clientError(`a connection ${cause}: closed`));
      gates.set(request, gate);
      holdBackpressure(socket, backpressure, presenceOf, () => clientError('a connection did not read what it was sent: closed'));
      batchPresence(socket, presenceWindowMs);
    },
    roomDeleted(room) {
      const document = hocuspocus.documents.get(room);
      // Told here (and, through the relay, on every other instance that has the room open).
      if (document) guard.roomDeleted(document);
      else void relay?.announce(room, messageText({ type: 'deleted' })).catch((error: Error) => log(`could not relay a deletion: ${error.message}`));
    },
    linksReplaced(room, oldEditHash) {
      const document = hocuspocus.documents.get(room);
      if (document) guard.linksReplaced(document, oldEditHash);
      workshop.linksReplaced(room);
    },
    storeFailing: () => guard.storeFailing(),
    joinLink: (code) => workshop.joinLink(code),
    storeAll,
    async close() {
      await storeAll();
      hocuspocus.closeConnections();
      await storeAll();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
