import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import * as Y from 'yjs';
import { OutgoingMessage } from '@hocuspocus/server';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import { Reader } from './readClientMessage';
import type { WebSocket } from 'ws';
import { batchPresence, presenceMessage, readPresence } from './batchPresence';

/** A socket as batchPresence sees it: what it was sent, in order. */
function fakeSocket() {
  const sent: Uint8Array[] = [];
  const socket = Object.assign(new EventEmitter(), { OPEN: 1, readyState: 1, send: (data: Uint8Array) => void sent.push(data) });
  return { socket: socket as unknown as WebSocket, sent };
}

/** Presence as a client reads it (y-protocols' own applyAwarenessUpdate): the states after `messages`. */
function statesAfter(messages: readonly Uint8Array[]): Map<number, unknown> {
  const seen = new Awareness(new Y.Doc());
  seen.setLocalState(null);
  for (const message of messages) {
    const reader = new Reader(message);
    reader.string();
    reader.uint();
    applyAwarenessUpdate(seen, reader.bytes(), 'server');
  }
  return new Map(seen.getStates());
}

const peer = () => new Awareness(new Y.Doc());
const messageOf = (room: string, awareness: Awareness) => new OutgoingMessage(room).createAwarenessUpdateMessage(awareness, [awareness.clientID]).toUint8Array();

describe('batchPresence', () => {
  it('sends one message per window holding each client’s latest state', () => {
    vi.useFakeTimers();
    const { socket, sent } = fakeSocket();
    batchPresence(socket, 25);
    const [ana, ben] = [peer(), peer()];
    for (let i = 0; i < 10; i++) {
      ana.setLocalState({ x: i });
      socket.send(messageOf('room-a', ana));
      ben.setLocalState({ y: i });
      socket.send(messageOf('room-a', ben));
    }
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(25);
    expect(sent).toHaveLength(1);
    expect(statesAfter(sent)).toEqual(new Map([[ana.clientID, { x: 9 }], [ben.clientID, { y: 9 }]]));
    const read = readPresence(sent[0])!;
    expect(read.room).toBe('room-a');
    expect(read.clients.find((c) => c.clientId === ana.clientID)!.clock).toBe(ana.meta.get(ana.clientID)!.clock);
    vi.useRealTimers();
  });

  it('sends what waits before anything else, so the order stays the room’s', () => {
    vi.useFakeTimers();
    const { socket, sent } = fakeSocket();
    batchPresence(socket, 25);
    const ana = peer();
    ana.setLocalState({ drag: { x: 0.5 } });
    socket.send(messageOf('room-a', ana));
    const update = new OutgoingMessage('room-a').createSyncMessage().writeUpdate(new Uint8Array([0, 0])).toUint8Array();
    socket.send(update);
    expect(sent).toHaveLength(2);
    expect(readPresence(sent[0])).not.toBeNull();
    expect(sent[1]).toBe(update);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(2);
    vi.useRealTimers();
  });

  it('keeps rooms apart and a client’s leaving (null) as its latest word', () => {
    vi.useFakeTimers();
    const { socket, sent } = fakeSocket();
    batchPresence(socket, 25);
    const ana = peer();
    ana.setLocalState({ a: 1 });
    socket.send(messageOf('room-a', ana));
    socket.send(messageOf('room-b', ana));
    ana.setLocalState(null);
    socket.send(messageOf('room-a', ana));
    vi.advanceTimersByTime(25);
    expect(sent.map((message) => readPresence(message)!.room).sort()).toEqual(['room-a', 'room-b']);
    const roomA = readPresence(sent.find((message) => readPresence(message)!.room === 'room-a'))!;
    expect(new TextDecoder().decode(roomA.clients[0]!.state)).toBe('null');
    vi.useRealTimers();
  });

  it('writes what it reads (property: any clients, clocks and states)', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.record({ clientId: fc.nat(2 ** 32), clock: fc.nat(2 ** 40), state: fc.json() }), { selector: (c) => c.clientId, maxLength: 20 }), (room, clients) => {
        const map = new Map(clients.map((c) => [c.clientId, { clock: c.clock, state: new TextEncoder().encode(c.state) }]));
        const read = readPresence(presenceMessage(room, map))!;
        expect(read.room).toBe(room);
        expect(read.clients.map((c) => ({ clientId: c.clientId, clock: c.clock, state: new TextDecoder().decode(c.state) }))).toEqual(clients);
      }),
    );
  });
});
