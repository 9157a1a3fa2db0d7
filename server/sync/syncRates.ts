import { limits } from '../../src/collab/protocol';
import type { RateLimits } from './RateLimiter';

/** The rates a sync server holds its clients to (messages and bytes a second; see `readSyncRates`). */
export interface SyncRates {
  /** Each connection, everything it sends. */
  readonly connection: RateLimits;
  /** Each connection's presence (awareness) messages, on top of `connection`: a drag sends 30 a second. */
  readonly presence: RateLimits;
  /** All connections from one address together (a venue's NAT is one address: sized for a room of 60). */
  readonly address: RateLimits;
  /** All connections to one room together. */
  readonly room: RateLimits;
}

/** A connection over its own limits this long is closed; shared limits only slow (they never close a connection that is within its own). */
const closeAfterMs = 10_000;

/**
 * The rates from the environment (RATE_MESSAGES_PER_SECOND, RATE_BYTES_PER_SECOND,
 * RATE_PRESENCE_PER_SECOND, RATE_PRESENCE_BYTES_PER_SECOND, RATE_ADDRESS_MESSAGES_PER_SECOND, RATE_ADDRESS_BYTES_PER_SECOND,
 * RATE_ROOM_MESSAGES_PER_SECOND, RATE_ROOM_BYTES_PER_SECOND), each a positive whole number.
 * The defaults let 60 people in one room behind one address drag at 30 Hz and drop twice a
 * second (about 2,000 messages a second; 2,500 allowed), and one 8 MB import through.
 */
export function readSyncRates(env: NodeJS.ProcessEnv): SyncRates {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] || fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not ${env[name]}`);
    return value;
  };
  const rate = (messages: number, bytes: number, close = true): RateLimits => ({
    messagesPerSecond: messages,
    bytesPerSecond: bytes,
    burstMessages: messages,
    burstBytes: Math.max(bytes, limits.messageBytes),
    closeAfterMs: close ? closeAfterMs : Infinity,
  });
  const presence = read('RATE_PRESENCE_PER_SECOND', 40);
  const presenceBytes = read('RATE_PRESENCE_BYTES_PER_SECOND', 32 * 1024);
  return {
    connection: rate(read('RATE_MESSAGES_PER_SECOND', limits.messagesPerSecond), read('RATE_BYTES_PER_SECOND', limits.bytesPerSecond)),
    // A drag's presence is about 300 bytes at 30 Hz (9 KB a second); every presence goes to
    // everyone in the room, so a sender of 4 KB states at 40 Hz would cost each of them 160 KB a second.
    presence: { ...rate(presence, presenceBytes), burstBytes: presenceBytes },
    address: rate(read('RATE_ADDRESS_MESSAGES_PER_SECOND', 2500), read('RATE_ADDRESS_BYTES_PER_SECOND', 8 * limits.bytesPerSecond), false),
    room: rate(read('RATE_ROOM_MESSAGES_PER_SECOND', 2500), read('RATE_ROOM_BYTES_PER_SECOND', 8 * limits.bytesPerSecond), false),
  };
}
