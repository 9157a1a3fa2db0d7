import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { RoomProvider } from './RoomProvider';

describe('RoomProvider', () => {
  it('sends my own presence, never what it heard from others', () => {
    const socket = new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1:9', autoConnect: false, WebSocketPolyfill: WebSocket });
    const provider = new RoomProvider({ websocketProvider: socket, name: 'room', document: new Y.Doc() });
    const sent: number[][] = [];
    provider.send = ((_type: unknown, args: { clients: number[] }) => void sent.push(args.clients)) as never;

    const other = new Awareness(new Y.Doc());
    other.setLocalState({ user: { name: 'Ana' } });
    applyAwarenessUpdate(provider.awareness!, encodeAwarenessUpdate(other, [other.clientID]), provider);
    expect(sent).toEqual([]);

    provider.awareness!.setLocalState({ user: { name: 'Ben' } });
    expect(sent).toEqual([[provider.document.clientID]]);
    // Nobody here listens to the provider's list-building presence events: they are not wired.
    let listed = 0;
    provider.on('awarenessChange', () => listed++);
    provider.on('awarenessUpdate', () => listed++);
    provider.awareness!.setLocalStateField('drag', { id: 'item:a', x: 0.5, y: 0.5 });
    expect(listed).toBe(0);
    expect(sent).toHaveLength(2);
    provider.destroy();
    socket.destroy();
  });
});

describe('RoomProvider, quiet origins', () => {
  it('does not send the changes of a quiet origin (a view-only copy loaded from this device); sends the others', () => {
    const socket = new HocuspocusProviderWebsocket({ url: 'ws://127.0.0.1:9', autoConnect: false, WebSocketPolyfill: WebSocket });
    const doc = new Y.Doc();
    const provider = new RoomProvider({ websocketProvider: socket, name: 'room', document: doc });
    const sent: unknown[] = [];
    provider.send = ((type: unknown) => void sent.push(type)) as never;
    const localCopy = { name: 'idb' };
    provider.quietOrigins.add(localCopy);
    doc.transact(() => doc.getMap('m').set('a', 1), localCopy);
    expect(sent).toEqual([]);
    doc.transact(() => doc.getMap('m').set('b', 2), 'someone');
    expect(sent).toHaveLength(1);
    provider.destroy();
    socket.destroy();
  });
});
