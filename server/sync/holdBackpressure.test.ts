import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import * as Y from 'yjs';
import { OutgoingMessage } from '@hocuspocus/server';
import { Awareness } from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import { holdBackpressure } from './holdBackpressure';
import { readPresence } from './batchPresence';

/** A socket that reads nothing while `buffered` is high: what it was sent, in order. */
function slowSocket() {
  const sent: Uint8Array[] = [];
  const socket = Object.assign(new EventEmitter(), { OPEN: 1, readyState: 1, bufferedAmount: 0, send: (data: Uint8Array) => void sent.push(data), terminate: () => undefined });
  return { socket, sent };
}

const messageOf = (awareness: Awareness) => new OutgoingMessage('room-a').createAwarenessUpdateMessage(awareness, [awareness.clientID]).toUint8Array();

describe('holdBackpressure', () => {
  it('drops presence to a reader that fell behind, then sends the room’s presence and who left meanwhile', () => {
    vi.useFakeTimers();
    const { socket, sent } = slowSocket();
    const [ana, ben] = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())];
    ana.setLocalState({ name: 'Ana' });
    ben.setLocalState({ name: 'Ben' });
    const roomNow = () => new OutgoingMessage('room-a').createAwarenessUpdateMessage(ana, [ana.clientID]).toUint8Array();
    holdBackpressure(socket as unknown as WebSocket, { softBytes: 100, hardBytes: 10_000_000, closeAfterMs: 60_000 }, () => roomNow(), () => undefined);
    socket.bufferedAmount = 1000;
    (socket as unknown as WebSocket).send(messageOf(ana));
    (socket as unknown as WebSocket).send(messageOf(ben));
    ben.setLocalState(null);
    (socket as unknown as WebSocket).send(messageOf(ben));
    expect(sent).toHaveLength(0);
    // It reads its backlog: the leaving first, then the room as it is.
    socket.bufferedAmount = 0;
    vi.advanceTimersByTime(300);
    expect(sent).toHaveLength(2);
    const [left, room] = sent.map((message) => readPresence(message)!);
    expect(left!.clients.map((client) => [client.clientId, new TextDecoder().decode(client.state)])).toEqual([[ben.clientID, 'null']]);
    expect(left!.clients[0]!.clock).toBe(ben.meta.get(ben.clientID)!.clock);
    expect(room!.clients.map((client) => client.clientId)).toEqual([ana.clientID]);
    vi.useRealTimers();
  });
});
