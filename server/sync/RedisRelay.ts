import { Redis } from '@hocuspocus/extension-redis';

/**
 * Hocuspocus's Redis relay between instances, without its store lock: the lock lets one
 * instance skip a store while another holds it, and our store merges in a transaction, so
 * every instance stores what it has and nothing is lost or doubled.
 */
export class RedisRelay extends Redis {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}
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
