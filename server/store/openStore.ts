import { join } from 'node:path';
import type { RoomStore } from './RoomStore';
import { postgresStore } from './postgresStore';
import { sqliteStore } from './sqliteStore';

interface StoreSettings {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
}

/** PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`. */
export async function openStore({ databaseUrl, dataDir }: StoreSettings): Promise<RoomStore> {
  return databaseUrl ? postgresStore(databaseUrl) : sqliteStore(dataDir);
}

/** Where the store is, as a log may name it: the SQLite file, or the database's host and name (never its password). */
export function storeLocation({ databaseUrl, dataDir }: StoreSettings): string {
  if (!databaseUrl) return join(dataDir, 'rooms.sqlite');
  try {
    const url = new URL(databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL does not read as an address)';
  }
}
