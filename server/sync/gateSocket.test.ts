import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wire } from '../test/wire';
import { gateSocket, type GateCause } from './gateSocket';

const limits = { bytes: 1024, messages: 5, withinMs: 1000, messageBytes: 8 * 1024 * 1024 };

/** A socket as gateSocket sees it: its 'message' listeners (Hocuspocus's) and close. */
function fakeSocket() {
  const socket = Object.assign(new EventEmitter(), { closed: null as number | null, close: (code: number) => (socket.closed ??= code) });
  const delivered: string[] = [];
  socket.on('message', (data: Uint8Array) => delivered.push(new TextDecoder().decode(data.subarray(1, 1 + data[0]!))));
  const causes: GateCause[] = [];
  const gate = gateSocket(socket as unknown as WebSocket, limits, (cause) => causes.push(cause));
  const send = (data: Uint8Array) => socket.emit('message', Buffer.from(data), true);
  return { socket, delivered, causes, gate, send };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('gateSocket', () => {
  it('passes an Auth message and what follows it; drops messages for a name never asked for', () => {
    const { delivered, send, socket } = fakeSocket();
    send(wire.syncStep1('other', new Uint8Array([0])));
    send(wire.auth('room', 'token'));
    send(wire.syncStep1('room', new Uint8Array([0])));
    expect(delivered).toEqual(['room', 'room']);
    expect(socket.closed).toBeNull();
  });

  it('closes a socket past its budget before authenticating, and refunds a room’s messages once it is authenticated', () => {
    const first = fakeSocket();
    first.send(wire.auth('room', 'token'));
    for (let i = 0; i < 4; i++) first.send(wire.syncStep1('room', new Uint8Array([0])));
    first.gate.authenticated('room');
    for (let i = 0; i < 50; i++) first.send(wire.syncStep1('room', new Uint8Array([0])));
    expect(first.socket.closed).toBeNull();
    first.send(wire.auth('next', 'token'));
    for (let i = 0; i < 5; i++) first.send(wire.syncStep1('next', new Uint8Array([0])));
    expect(first.socket.closed).toBe(4429);
    expect(first.causes).toEqual(['sent over its budget before authenticating']);

    const second = fakeSocket();
    second.send(wire.auth('room', 'x'.repeat(2000)));
    expect(second.socket.closed).toBe(4429);
  });

  it('closes a socket that sent for a name not authenticated in time, though another room is open', () => {
    const { gate, send, socket, causes } = fakeSocket();
    send(wire.auth('room', 'token'));
    gate.authenticated('room');
    vi.advanceTimersByTime(500);
    send(wire.syncStep1('stranger', new Uint8Array([0])));
    vi.advanceTimersByTime(999);
    expect(socket.closed).toBeNull();
    vi.advanceTimersByTime(1);
    expect(socket.closed).toBe(4401);
    expect(causes).toEqual(['did not authenticate in time']);
  });

  it('closes a socket that authenticates nothing in time, and one whose header does not read', () => {
    const silent = fakeSocket();
    vi.advanceTimersByTime(1000);
    expect(silent.socket.closed).toBe(4401);
    const garbage = fakeSocket();
    garbage.send(new Uint8Array([0xff, 0xff, 0xff]));
    expect(garbage.socket.closed).toBe(4400);
  });

  it('treats a room the connection left as unauthenticated again', () => {
    const { gate, send, delivered } = fakeSocket();
    send(wire.auth('room', 'token'));
    gate.authenticated('room');
    send(wire.syncStep1('room', new Uint8Array([0])));
    gate.left('room');
    send(wire.syncStep1('room', new Uint8Array([0])));
    expect(delivered).toEqual(['room', 'room']);
  });
});
