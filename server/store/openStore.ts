import { join } from 'node:path';
import type { RoomStore } from './RoomStore';
import { postgresStore } from './postgresStore';
import { sqliteStore } from './sqliteStore';

interface StoreSettings {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
}

/**
 * PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`. Two servers starting at once
 * on one folder may find it busy while the other sets it up (WAL, the table): tried again a
 * few times before giving up.
 */
export async function openStore({ databaseUrl, dataDir }: StoreSettings): Promise<RoomStore> {
  if (databaseUrl) return postgresStore(databaseUrl);
  for (let attempt = 1; ; attempt++) {
    try {
      return sqliteStore(dataDir);
    } catch (error) {
      if (attempt >= busyTries || !/database is locked|SQLITE_BUSY/i.test(String((error as Error).message ?? error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** Opens of a busy SQLite file before the error is the store's. */
const busyTries = 8;

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
