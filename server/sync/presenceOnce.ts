import { Document, OutgoingMessage } from '@hocuspocus/server';

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
 * The one place the server replaces Hocuspocus's code; `presenceOnce.test.ts` checks it
 * against the installed version (the handler is there, and is what a document calls).
 * Call once, before any document is made (the handler is bound in Document's constructor).
 */
export function encodePresenceOnce(): void {
  const prototype = Document.prototype as unknown as Record<string, unknown>;
  if (typeof prototype.handleAwarenessUpdate !== 'function') throw new Error('@hocuspocus/server changed: Document.handleAwarenessUpdate is gone (see server/sync/presenceOnce.ts)');
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
