import type { WebSocket } from 'ws';
import { authMessageType, MalformedMessage, readHeader } from './readClientMessage';

export interface GateLimits {
  /** What a connection may send, in all, for room names it has not authenticated for (bytes, messages). */
  readonly bytes: number;
  readonly messages: number;
  /** Each room name a connection sends for, and the connection itself, must be authenticated this soon (ms). */
  readonly withinMs: number;
  /** The largest message an authenticated connection may send (bytes). */
  readonly messageBytes: number;
}

/** Why the gate closed a connection: each a cause the logs count. */
export type GateCause = 'sent a malformed header' | 'sent over its budget before authenticating' | 'did not authenticate in time';

export interface Gate {
  /** The connection may now send for `room` (its token was accepted). */
  authenticated(room: string): void;
  /** The connection's room `room` closed: its name is unauthenticated again. */
  left(room: string): void;
}

type Listener = (...args: unknown[]) => void;

interface RoomEntry {
  /** Authenticated: messages pass untouched. */
  open: boolean;
  /** An Auth message was sent for it: Hocuspocus holds its messages until the answer. */
  asked: boolean;
  bytes: number;
  messages: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Holds back what a connection sends for room names it has not authenticated for. Takes over
 * the socket's 'message' listeners (Hocuspocus's, throttled), which would otherwise queue
 * such messages without limit: an Auth message, and what follows it until the answer, pass
 * within a small budget (refunded when the token is accepted); anything for a name never
 * asked for is dropped. A name not authenticated within `withinMs` of its first message, or
 * a connection with no room authenticated by then, is closed — whatever else it has open.
 */
export function gateSocket(socket: WebSocket, limits: GateLimits, onClosed: (cause: GateCause) => void): Gate {
  const listeners = socket.listeners('message') as Listener[];
  socket.removeAllListeners('message');
  const rooms = new Map<string, RoomEntry>();
  let spentBytes = 0;
  let spentMessages = 0;
  let anyOpen = false;
  let closed = false;
  // ws buffers a whole message before handing it over: a stranger's may not exceed the budget.
  setMaxPayload(socket, limits.bytes);

  const close = (code: number, reason: string, cause: GateCause) => {
    if (closed) return;
    closed = true;
    stopTimers();
    onClosed(cause);
    socket.close(code, reason);
  };
  const tooSlow = () => close(4401, 'Authenticate first', 'did not authenticate in time');
  const first = setTimeout(() => anyOpen || tooSlow(), limits.withinMs);
  const stopTimers = () => {
    clearTimeout(first);
    for (const entry of rooms.values()) if (entry.timer) clearTimeout(entry.timer);
  };

  socket.on('message', (...args: unknown[]) => {
    if (closed) return;
    const data = bytesOf(args[0]);
    let room: string;
    let type: number;
    try {
      ({ room, type } = readHeader(data));
    } catch (error) {
      if (!(error instanceof MalformedMessage)) throw error;
      return close(4400, 'Malformed message', 'sent a malformed header');
    }
    let entry = rooms.get(room);
    if (!entry?.open) {
      spentBytes += data.length;
      spentMessages += 1;
      if (spentBytes > limits.bytes || spentMessages > limits.messages) return close(4429, 'Authenticate first', 'sent over its budget before authenticating');
      if (!entry) {
        entry = { open: false, asked: false, bytes: 0, messages: 0, timer: setTimeout(() => rooms.get(room)?.open || tooSlow(), limits.withinMs) };
        rooms.set(room, entry);
      }
      if (type === authMessageType) entry.asked = true;
      if (!entry.asked) return;
      entry.bytes += data.length;
      entry.messages += 1;
    }
    for (const listener of listeners) listener.apply(socket, args);
  });
  socket.once('close', () => {
    closed = true;
    stopTimers();
  });

  return {
    authenticated(room) {
      const entry = rooms.get(room);
      if (closed || !entry) return;
      if (entry.timer) clearTimeout(entry.timer);
      spentBytes -= entry.bytes;
      spentMessages -= entry.messages;
      rooms.set(room, { open: true, asked: true, bytes: 0, messages: 0, timer: null });
      if (!anyOpen) setMaxPayload(socket, limits.messageBytes);
      anyOpen = true;
    },
    left(room) {
      const entry = rooms.get(room);
      if (entry?.timer) clearTimeout(entry.timer);
      rooms.delete(room);
    },
  };
}

/**
 * Sets the largest message ws will buffer for this socket. ws keeps it on its receiver (a
 * private field, ws 8); without it, the budget still closes the connection, a message later.
 */
function setMaxPayload(socket: WebSocket, bytes: number): void {
  const receiver = (socket as unknown as { _receiver?: { _maxPayload?: unknown } })._receiver;
  if (receiver && typeof receiver._maxPayload === 'number') receiver._maxPayload = bytes;
}

function bytesOf(data: unknown): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array();
}
