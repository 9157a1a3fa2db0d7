import { Redis } from '@hocuspocus/extension-redis';
import type { beforeBroadcastStatelessPayload } from '@hocuspocus/server';

/**
 * Hocuspocus's Redis relay between instances, without its store lock: the lock lets one
 * instance skip a store while another holds it, and our store merges in a transaction, so
 * every instance stores what it has and nothing is lost or doubled.
 */
export class RedisRelay extends Redis {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}

  /**
   * Tells a room's people on every other instance, though this one has no copy of the room
   * loaded (it was deleted through this instance's API by someone not connected here). The
   * relay publishes a broadcast by the room's name and payload alone.
   */
  announce(room: string, payload: string): Promise<number> {
    return this.beforeBroadcastStateless({ documentName: room, payload } as beforeBroadcastStatelessPayload);
  }
}

/** `redis://[user:password@]host[:port][/db]` as ioredis options. */
export function redisOptions(url: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1) || 0);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}
