import { Document, OutgoingMessage, type Hocuspocus } from '@hocuspocus/server';

/**
 * The one place the server reaches into Hocuspocus 3's own parts, where it has no public API
 * for what is needed: storing a document now (the server's own writes, shutdown), and a
 * presence change encoded once for the room. `hocuspocusParts.test.ts` fails if an upgrade
 * changes what is relied on.
 */

/**
 * Stores `document` now with Hocuspocus's store hooks (the Database extension's store):
 * Hocuspocus stores only what came from a connection, and the server's own writes (a round,
 * a reveal) must be stored at once.
 */
export function storeDocumentNow(hocuspocus: Hocuspocus, document: Document, origin: unknown): Promise<unknown> {
  const payload = {
    instance: hocuspocus,
    clientsCount: document.getConnectionsCount(),
    context: {},
    document,
    documentName: document.name,
    requestHeaders: {},
    requestParameters: new URLSearchParams(),
    socketId: '',
    update: new Uint8Array(),
    transactionOrigin: origin,
  };
  return hocuspocus.storeDocumentHooks(document, payload as unknown as Parameters<Hocuspocus['storeDocumentHooks']>[1], true);
}

/** Runs every document's pending (debounced) store now and waits until each is written. */
export async function storeEveryDocumentNow(hocuspocus: Hocuspocus): Promise<void> {
  const documents = [...hocuspocus.documents.values()];
  await Promise.all(documents.map((document) => hocuspocus.debouncer.executeNow(`onStoreDocument-${document.name}`)));
  await Promise.all(documents.map((document) => document.saveMutex.waitForUnlock()));
}

interface AwarenessChange {
  readonly added: number[];
  readonly updated: number[];
  readonly removed: number[];
}

/**
 * Hocuspocus 3 encodes each presence change once per connection in the room
 * (`Document.handleAwarenessUpdate`): in a room of 60 where 50 drag at 30 Hz that is 90,000
 * encodings a second, half the server's time under the hostile bench. This replaces that
 * handler so a change is encoded once and the same bytes go to every connection (each then
 * batched by `batchPresence`). It keeps what the original does besides: the connection a
 * change came from remembers the clients it announced (removed when it closes).
 *
 * The one place the server replaces Hocuspocus's code; the test checks it against the
 * installed version (the handler is there, and is what a document calls). Call once, before
 * any document is made (the handler is bound in Document's constructor).
 */
export function encodePresenceOnce(): void {
  const prototype = Document.prototype as unknown as Record<string, unknown>;
  if (typeof prototype.handleAwarenessUpdate !== 'function') throw new Error('@hocuspocus/server changed: Document.handleAwarenessUpdate is gone (see server/sync/hocuspocusParts.ts)');
  prototype.handleAwarenessUpdate = function handleAwarenessUpdate(this: Document, { added, updated, removed }: AwarenessChange, origin: unknown): Document {
    const from = origin === null ? undefined : this.connections.get(origin as never);
    if (from) {
      for (const clientId of added) from.clients.add(clientId);
      for (const clientId of removed) from.clients.delete(clientId);
    }
    const connections = this.getConnections();
    if (connections.length === 0) return this;
    const message = new OutgoingMessage(this.name).createAwarenessUpdateMessage(this.awareness, [...added, ...updated, ...removed]).toUint8Array();
    for (const connection of connections) connection.send(message);
    return this;
  };
}
