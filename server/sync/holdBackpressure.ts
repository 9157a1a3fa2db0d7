import type { WebSocket } from 'ws';
import { presenceMessage, readPresence } from './batchPresence';

export interface BackpressureLimits {
  /** Unsent bytes past which presence to this connection is held back. */
  readonly softBytes: number;
  /** Unsent bytes past which the connection is closed, however it reads (a room's traffic outruns it). */
  readonly hardBytes: number;
  /** A connection over `softBytes` that reads nothing for this long is closed (ms). */
  readonly closeAfterMs: number;
}

/** How often a held-back connection is looked at (ms). */
const checkMs = 250;

/**
 * Keeps what the server holds for a connection that does not read (a paused or stalled
 * device) bounded. Past `softBytes` unsent, presence updates to it are dropped, and once it
 * has read its backlog it gets each room's presence as it is then (`presenceOf`): only the
 * latest state per client. Document updates are never dropped: a connection that reads
 * nothing for `closeAfterMs`, or falls `hardBytes` behind, is closed, and catches up when it
 * reconnects. A slow reader (a big room over poor Wi-Fi) reads something, and stays.
 */
export function holdBackpressure(socket: WebSocket, limits: BackpressureLimits, presenceOf: (room: string) => Uint8Array | null, onClosed: () => void): void {
  const send = socket.send.bind(socket) as (...args: unknown[]) => void;
  /** Rooms whose presence was dropped and is owed, with the leavings (null states) dropped: the room's presence now no longer lists those clients. */
  const owed = new Map<string, Map<number, { clock: number; state: Uint8Array }>>();
  let sentBytes = 0;
  let timer: NodeJS.Timeout | null = null;
  let last = { sent: 0, buffered: 0 };
  let stalledSince: number | null = null;

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    stalledSince = null;
  };
  const close = () => {
    stop();
    onClosed();
    // It does not read: a close handshake would wait behind its backlog.
    socket.terminate();
  };
  const check = () => {
    if (socket.readyState !== socket.OPEN) return stop();
    const buffered = socket.bufferedAmount;
    const flushed = sentBytes - last.sent - (buffered - last.buffered);
    last = { sent: sentBytes, buffered };
    if (buffered > limits.hardBytes) return close();
    if (buffered > limits.softBytes) {
      stalledSince = flushed > 0 ? null : (stalledSince ?? Date.now());
      if (stalledSince !== null && Date.now() - stalledSince >= limits.closeAfterMs) close();
      return;
    }
    stop();
    for (const [room, leavings] of owed) {
      // The leavings first: a client back since has a later clock, and the room's presence after them wins.
      if (leavings.size > 0) forward([presenceMessage(room, leavings)]);
      const presence = presenceOf(room);
      if (presence) forward([presence]);
    }
    owed.clear();
  };
  const forward = (args: unknown[]) => {
    sentBytes += byteLength(args[0]);
    send(...args);
  };

  socket.send = ((data: unknown, ...rest: unknown[]) => {
    if (socket.bufferedAmount > limits.softBytes) {
      if (!timer) {
        last = { sent: sentBytes, buffered: socket.bufferedAmount };
        timer = setInterval(check, checkMs);
      }
      const presence = readPresence(data);
      if (presence !== null) {
        const leavings = owed.get(presence.room) ?? new Map<number, { clock: number; state: Uint8Array }>();
        owed.set(presence.room, leavings);
        for (const client of presence.clients) {
          if (isNull(client.state)) leavings.set(client.clientId, client);
          else leavings.delete(client.clientId);
        }
        // ws calls a send's callback with its outcome; a dropped message has none to report.
        (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
        return;
      }
    }
    forward([data, ...rest]);
  }) as WebSocket['send'];
  socket.once('close', stop);
}

/** A presence state that says the client left (JSON `null`). */
const isNull = (state: Uint8Array) => state.length === 4 && state[0] === 0x6e && state[1] === 0x75 && state[2] === 0x6c && state[3] === 0x6c;

function byteLength(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data) ? data.byteLength : 0;
}
