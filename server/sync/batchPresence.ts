import type { WebSocket } from 'ws';
import { awarenessMessageType, MalformedMessage, Reader } from './readClientMessage';

/**
 * Presence to one connection goes out in batches: each presence message Hocuspocus sends it
 * (one per change of anyone's presence in the room) waits up to `windowMs`, merged with those
 * after it into one message holding each client's latest state. In a room of 60 where 50
 * drag at 30 Hz, a connection gets ~35 presence messages a second instead of 1,500, and the
 * server makes one write for each instead of one per change (what saturated it). Anything
 * else sent to the connection (a document update, a stateless message) first sends the
 * presence waiting before it, so the order the client sees is the order the room had.
 */
export function batchPresence(socket: WebSocket, windowMs: number): void {
  const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
  /** Per room, per client: its latest clock and state (JSON bytes). */
  const waiting = new Map<string, Map<number, { clock: number; state: Uint8Array }>>();
  let timer: NodeJS.Timeout | null = null;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const rooms = [...waiting];
    waiting.clear();
    if (socket.readyState !== socket.OPEN) return;
    for (const [room, clients] of rooms) send(presenceMessage(room, clients));
  };

  socket.send = ((data: unknown, ...rest: unknown[]) => {
    const presence = readPresence(data);
    if (presence === null) {
      if (waiting.size > 0) flush();
      send(data, ...rest);
      return;
    }
    let clients = waiting.get(presence.room);
    if (!clients) waiting.set(presence.room, (clients = new Map()));
    for (const entry of presence.clients) clients.set(entry.clientId, entry);
    timer ??= setTimeout(flush, windowMs);
    // ws calls a send's callback with its outcome: a batched message has been taken.
    (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
  }) as WebSocket['send'];
  socket.once('close', () => {
    if (timer) clearTimeout(timer);
    timer = null;
    waiting.clear();
  });
}

/** A presence message's room and clients (ids, clocks, states as JSON bytes), or null for any other message. */
export function readPresence(data: unknown): { room: string; clients: { clientId: number; clock: number; state: Uint8Array }[] } | null {
  if (!(data instanceof Uint8Array)) return null;
  try {
    const reader = new Reader(data);
    const room = reader.string();
    if (reader.uint() !== awarenessMessageType) return null;
    const inner = new Reader(reader.bytes());
    const count = inner.uint();
    const clients: { clientId: number; clock: number; state: Uint8Array }[] = [];
    for (let i = 0; i < count; i++) clients.push({ clientId: inner.uint(), clock: inner.uint(), state: inner.bytes() });
    return { room, clients };
  } catch (error) {
    if (error instanceof MalformedMessage) return null;
    throw error;
  }
}

/** Hocuspocus's presence message: the room, the type, and y-protocols' awareness update (count, then id, clock, state per client). */
export function presenceMessage(room: string, clients: ReadonlyMap<number, { clock: number; state: Uint8Array }>): Uint8Array {
  const body: Uint8Array[] = [varUint(clients.size)];
  for (const [clientId, { clock, state }] of clients) body.push(varUint(clientId), varUint(clock), varUint(state.length), state);
  const update = concat(body);
  const roomBytes = new TextEncoder().encode(room);
  return concat([varUint(roomBytes.length), roomBytes, varUint(awarenessMessageType), varUint(update.length), update]);
}

/** lib0's varUint. */
function varUint(value: number): Uint8Array {
  const out: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest % 0x80));
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
