import type { WebSocket } from 'ws';
import type { RateLimiter, RateVerdict } from './RateLimiter';

type Listener = (...args: unknown[]) => void;

/**
 * Holds a WebSocket to its limits: every limiter `limitersFor` names for a message (the
 * connection's own, its address's and its room's shared ones, presence's own) takes its
 * share. Takes over the socket's current 'message' listeners (Hocuspocus's) and hands them
 * each message in order: at once while within every limit; over one, later (queued, the
 * socket paused so TCP holds back the rest); a socket that stays well over a limit that
 * closes (its own) is closed (4429).
 */
export function throttleSocket(socket: WebSocket, limitersFor: (data: unknown) => readonly RateLimiter[], onClosed: () => void, now: () => number = Date.now): void {
  const listeners = socket.listeners('message') as Listener[];
  socket.removeAllListeners('message');
  const queue: { args: unknown[]; size: number; taken: boolean }[] = [];
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const deliver = (args: unknown[]) => listeners.forEach((listener) => listener.apply(socket, args));
  /** Takes the message's share of the limits; false when it must wait (a drain is scheduled) or the socket was closed. */
  const admit = (entry: { args: unknown[]; size: number; taken: boolean }): boolean => {
    if (entry.taken) return true;
    entry.taken = true;
    const at = now();
    const verdict = strictest(limitersFor(entry.args[0]).map((limiter) => limiter.take(at, entry.size)));
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

/** Close over wait over pass; the longest wait. */
function strictest(verdicts: readonly RateVerdict[]): RateVerdict {
  let wait = 0;
  for (const verdict of verdicts) {
    if (verdict.action === 'close') return verdict;
    if (verdict.action === 'wait') wait = Math.max(wait, verdict.ms);
  }
  return wait > 0 ? { action: 'wait', ms: wait } : { action: 'pass' };
}

function byteLength(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, part: Buffer) => sum + part.length, 0);
  return data instanceof ArrayBuffer || ArrayBuffer.isView(data) ? data.byteLength : 0;
}
