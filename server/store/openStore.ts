import type { RoomStore } from './RoomStore';
import { postgresStore } from './postgresStore';
import { sqliteStore } from './sqliteStore';

/** PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`. */
export function openStore({ databaseUrl, dataDir }: { databaseUrl?: string | undefined; dataDir: string }): Promise<RoomStore> {
  return databaseUrl ? postgresStore(databaseUrl) : Promise.resolve(sqliteStore(dataDir));
}
