import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Document, Hocuspocus, type Connection, type onStoreDocumentPayload } from '@hocuspocus/server';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { encodePresenceOnce, storeDocumentNow, storeEveryDocumentNow } from './hocuspocusParts';
import { readPresence } from './batchPresence';

/** A connection as the document sees it: what it was sent. */
const fakeConnection = () => {
  const sent: Uint8Array[] = [];
  return { sent, connection: { send: (message: Uint8Array) => void sent.push(message) } as unknown as Connection };
};

describe('encodePresenceOnce', () => {
  it('sends every connection the same bytes for a change, and keeps who announced which client', () => {
    encodePresenceOnce();
    const document = new Document('room-a');
    const people = [fakeConnection(), fakeConnection(), fakeConnection()];
    const sockets = people.map(() => ({}));
    people.forEach((person, i) => document.connections.set(sockets[i] as never, { clients: new Set(), connection: person.connection }));
    const ana = new Awareness(new Y.Doc());
    ana.setLocalState({ user: { name: 'Ana' }, drag: { x: 0.5 } });
    applyAwarenessUpdate(document.awareness, encodeAwarenessUpdate(ana, [ana.clientID]), sockets[0]);
    const first = people[0]!.sent[0]!;
    for (const person of people) expect(person.sent).toEqual([first]);
    for (const person of people) expect(person.sent[0]).toBe(first);
    const read = readPresence(first)!;
    expect(read.room).toBe('room-a');
    expect(JSON.parse(new TextDecoder().decode(read.clients[0]!.state))).toEqual({ user: { name: 'Ana' }, drag: { x: 0.5 } });
    // The connection it came from knows the client as its own (Hocuspocus removes it when that connection closes).
    expect([...document.connections.get(sockets[0] as never)!.clients]).toEqual([ana.clientID]);
    expect(document.connections.get(sockets[1] as never)!.clients.size).toBe(0);
    document.destroy();
  });

  it('stores a document now, with the origin given, and runs every debounced store at once', async () => {
    const stored: { name: string; origin: unknown }[] = [];
    const hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 60_000,
      maxDebounce: 120_000,
      extensions: [{ onStoreDocument: async ({ documentName, transactionOrigin }: onStoreDocumentPayload) => void stored.push({ name: documentName, origin: transactionOrigin }) }],
    });
    const connection = await hocuspocus.openDirectConnection('room-b');
    const document = hocuspocus.documents.get('room-b')!;
    const origin = Symbol('ours');
    await storeDocumentNow(hocuspocus, document, origin);
    expect(stored).toEqual([{ name: 'room-b', origin }]);
    // A store Hocuspocus has debounced (a minute away) runs now, under the key the adapter names.
    void hocuspocus.storeDocumentHooks(document, { instance: hocuspocus, clientsCount: 0, context: {}, document, documentName: 'room-b', requestHeaders: {}, requestParameters: new URLSearchParams(), socketId: 's' } as never, false);
    expect(stored).toHaveLength(1);
    await storeEveryDocumentNow(hocuspocus);
    expect(stored).toHaveLength(2);
    await connection.disconnect();
  });
});
