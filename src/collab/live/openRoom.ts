import * as Y from 'yjs';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { RoomProvider } from './RoomProvider';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { deniedReasons, readServerMessage, syncPath, type Role, type RoomLink, type ServerMessage } from '../protocol';
import { decodeStored, watchStored } from './storedState';
import type { WorkshopMessage, WorkshopRequest } from '../workshopProtocol';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface RoomEvents {
  /** The connection changed, or the server stored more (`stored`: it holds all this device holds). */
  onStatus(connection: Connection, stored: boolean | 'failing'): void;
  onWelcome(role: Role, tokens: { readonly editToken?: string; readonly viewToken?: string }): void;
  /** The server changed this connection's role (the facilitator replaced the edit link it came with). */
  onRole(role: Role, reason: string): void;
  /** An update of this device was refused: its copy must be dropped and read again from the server. */
  onRefused(reasons: readonly string[]): void;
  /** The room was deleted, or the link refused (`reason` says which, in the server's words). */
  onEnded(kind: 'deleted' | 'denied', reason: string): void;
  /** The server said something about the room's workshop (the clock, a round's progress, my placements). */
  onWorkshop?(message: WorkshopMessage): void;
}

export interface OpenRoom {
  readonly ydoc: Y.Doc;
  readonly awareness: Awareness;
  /** The connection and whether the server has stored all this device holds, now (`onStatus` says each change). */
  status(): { connection: Connection; stored: boolean | 'failing' };
  /** Resolves once the copy kept on this device (IndexedDB) is loaded into `ydoc`. */
  readonly local: Promise<void>;
  /** The token later connections use (a replaced edit link: the view token from now on). */
  useToken(token: string): void;
  /** Asks the server about the room's workshop (a stateless message); dropped while disconnected. */
  send(request: WorkshopRequest): void;
  /** Drops this device's copy of the room (IndexedDB) and disconnects: after a refusal or a deletion. */
  dropLocalCopy(): Promise<void>;
  destroy(): void;
}

/** How long the connection waits for this device's copy to load before it goes without it. */
const localCopyWaitMs = 2000;

/** How long to wait before connecting again after a denial that is not final. */
const retryAfterDenialMs = 3000;

/** The IndexedDB database holding a room's copy on this device. */
export const localCopyName = (room: string) => `pa-map-room-${room}`;

/**
 * A shared board's room: its Y.Doc, kept on this device by y-indexeddb (so it opens at once
 * and offline edits survive a reload) and synced with the server by Hocuspocus. Reports the
 * connection and whether the server has stored everything this device holds ("Saved" only
 * then: Hocuspocus acknowledges in memory and stores later, so the server says `stored`).
 */
export function openRoom(link: RoomLink, events: RoomEvents, origin: string = location.origin): OpenRoom {
  const ydoc = new Y.Doc();
  // Before the local copy loads into it: every deletion is seen.
  const storedWatch = watchStored(ydoc);
  const idb = new IndexeddbPersistence(localCopyName(link.room), ydoc);
  const url = `${origin.replace(/^http/, 'ws')}${syncPath}`;
  let everLive = false;
  let socket: 'connecting' | 'connected' | 'disconnected' = 'connecting';
  let storedSnapshot: Y.Snapshot | null = null;
  /** The server said its store keeps failing; cleared by the next store. */
  let storeFailing = false;
  let ended = false;
  let token = link.token;

  const connection = (): Connection => {
    if (socket === 'connected' && provider.isSynced) return 'live';
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
    return everLive ? 'reconnecting' : 'connecting';
  };
  const stored = (): boolean | 'failing' => (storedSnapshot !== null && storedWatch.holds(storedSnapshot)) || (storeFailing ? 'failing' : false);
  const report = () => events.onStatus(connection(), stored());

  // The socket is ours: connected once the provider is attached, disconnected and connected
  // again as the browser goes offline and online.
  const socketProvider = new HocuspocusProviderWebsocket({ url, autoConnect: false });
  const provider = new RoomProvider({
    websocketProvider: socketProvider,
    name: link.room,
    document: ydoc,
    // Asked on every connection: a replaced edit link reconnects with the view token it was given.
    token: () => token,
    onStatus: ({ status }) => {
      socket = status;
      report();
    },
    onSynced: ({ state }) => {
      if (state) everLive = true;
      report();
    },
    onStateless: ({ payload }) => {
      const message: ServerMessage | null = readServerMessage(payload);
      if (!message) return;
      if (message.type === 'stored') {
        storedSnapshot = decodeStored(message.snapshot) ?? storedSnapshot;
        storeFailing = false;
        report();
      } else if (message.type === 'unstored') {
        storeFailing = true;
        report();
      } else if (message.type === 'welcome') events.onWelcome(message.role, message);
      else if (message.type === 'role') events.onRole(message.role, message.reason);
      else if (message.type === 'refused') events.onRefused(message.reasons);
      else if (message.type === 'deleted') end('deleted', deniedReasons.deleted);
      else events.onWorkshop?.(message);
    },
    onAuthenticationFailed: ({ reason }) => {
      // The protocol's reasons are final (a deleted room, an unknown one, a wrong token); any
      // other (the server could not read its store a moment) is tried again shortly.
      if ((Object.values(deniedReasons) as string[]).includes(reason)) return end('denied', reason);
      socketProvider.disconnect();
      setTimeout(() => void (!ended && socketProvider.connect()), retryAfterDenialMs);
    },
  });

  if (link.role === 'view') provider.quietOrigins.add(idb);
  provider.attach();
  // Connected once this device's copy is loaded: what it holds then goes in the sync's catch-up
  // (step 2), never as a change of its own after it (a view-only link may send no change, and
  // the server closes one that does). A copy that does not load in time is not waited for.
  let connectStarted = false;
  const connectOnce = () => {
    if (connectStarted || ended) return;
    connectStarted = true;
    void socketProvider.connect();
  };
  void idb.whenSynced.then(connectOnce, connectOnce);
  setTimeout(connectOnce, localCopyWaitMs);

  const disconnect = () => {
    provider.destroy();
    socketProvider.destroy();
  };

  function end(kind: 'deleted' | 'denied', reason: string) {
    if (ended) return;
    ended = true;
    disconnect();
    events.onEnded(kind, reason);
  }

  const onUpdate = () => report();
  ydoc.on('update', onUpdate);
  // The browser knows first when the network is gone: say so at once, and reconnect when it is back.
  const onOffline = () => {
    socketProvider.disconnect();
    report();
  };
  const onOnline = () => {
    if (!ended) void socketProvider.connect();
    report();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  const destroy = () => {
    ended = true;
    ydoc.off('update', onUpdate);
    storedWatch.destroy();
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    disconnect();
  };

  return {
    ydoc,
    awareness: provider.awareness!,
    status: () => ({ connection: connection(), stored: stored() }),
    useToken(next) {
      token = next;
    },
    send(request) {
      if (socket === 'connected' && !ended) provider.sendStateless(JSON.stringify(request));
    },
    local: idb.whenSynced.then(() => undefined),
    async dropLocalCopy() {
      destroy();
      await idb.clearData();
    },
    destroy() {
      destroy();
      void idb.destroy();
    },
  };
}
