import type { WebSocket } from 'ws';
import { RateLimiter, type RateLimits } from './RateLimiter';

/**
 * Holds a WebSocket to its limits: over them, the socket stops reading (TCP backpressure,
 * messages kept in order, other sockets untouched) until its debt is paid; a socket that
 * stays well over them is closed. Register before anything else listens to its messages.
 */
export function throttleSocket(socket: WebSocket, limits: RateLimits, onClose: () => void, now: () => number = Date.now): void {
  const limiter = new RateLimiter(limits);
  let timer: NodeJS.Timeout | null = null;
  socket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const verdict = limiter.take(now(), byteLength(data));
    if (verdict.action === 'pass') return;
    if (verdict.action === 'close') {
      onClose();
      socket.close(4429, 'Too many messages');
      return;
    }
    socket.pause();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      socket.resume();
    }, verdict.ms);
  });
  socket.once('close', () => timer && clearTimeout(timer));
}

function byteLength(data: Buffer | ArrayBuffer | Buffer[]): number {
  return Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;
}
