import type { WebSocket } from 'ws';
import { awarenessMessageType, MalformedMessage, readHeader } from './readClientMessage';

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
  /** Rooms whose presence was dropped and is owed. */
  const owed = new Set<string>();
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
    for (const room of owed) {
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
      const room = presenceRoom(data);
      if (room !== null) {
        owed.add(room);
        // ws calls a send's callback with its outcome; a dropped message has none to report.
        (rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
        return;
      }
    }
    forward([data, ...rest]);
  }) as WebSocket['send'];
  socket.once('close', stop);
}

/** The room a server message carries presence for, or null for any other message. */
function presenceRoom(data: unknown): string | null {
  if (!(data instanceof Uint8Array)) return null;
  try {
    const { room, type } = readHeader(data);
    return type === awarenessMessageType ? room : null;
  } catch (error) {
    if (error instanceof MalformedMessage) return null;
    throw error;
  }
}

function byteLength(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data) ? data.byteLength : 0;
}
