import type { WebSocket } from 'ws';
import { RateLimiter, type RateLimits } from './RateLimiter';

type Listener = (...args: unknown[]) => void;

/**
 * Holds a WebSocket to its limits. Takes over the socket's current 'message' listeners
 * (Hocuspocus's) and hands them each message in order: at once while within the limits;
 * over them, later (queued, the socket paused so TCP holds back the rest, other sockets
 * untouched); a socket that stays well over them is closed (4429).
 */
export function throttleSocket(socket: WebSocket, limits: RateLimits, onClosed: () => void, now: () => number = Date.now): void {
  const listeners = socket.listeners('message') as Listener[];
  socket.removeAllListeners('message');
  const limiter = new RateLimiter(limits);
  const queue: { args: unknown[]; size: number; taken: boolean }[] = [];
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const deliver = (args: unknown[]) => listeners.forEach((listener) => listener.apply(socket, args));
  /** Takes the message's share of the limits; false when it must wait (a drain is scheduled) or the socket was closed. */
  const admit = (entry: { size: number; taken: boolean }): boolean => {
    if (entry.taken) return true;
    entry.taken = true;
    const verdict = limiter.take(now(), entry.size);
    if (verdict.action === 'pass') return true;
    if (verdict.action === 'close') {
      closed = true;
      queue.length = 0;
      onClosed();
      socket.close(4429, 'Too many messages');
      // Read on, so the close handshake completes; what still comes is dropped.
      socket.resume();
      return false;
    }
    socket.pause();
    timer = setTimeout(drain, verdict.ms);
    return false;
  };
  const drain = () => {
    timer = null;
    while (queue.length > 0 && !closed) {
      if (!admit(queue[0]!)) return;
      deliver(queue.shift()!.args);
    }
    if (!closed) socket.resume();
  };

  socket.on('message', (...args: unknown[]) => {
    if (closed) return;
    const entry = { args, size: byteLength(args[0]), taken: false };
    if (queue.length > 0 || timer) {
      queue.push(entry);
      return;
    }
    if (admit(entry)) deliver(args);
    else if (!closed) queue.push(entry);
  });
  socket.once('close', () => {
    closed = true;
    if (timer) clearTimeout(timer);
  });
}

function byteLength(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, part: Buffer) => sum + part.length, 0);
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data) ? data.byteLength : 0;
}
