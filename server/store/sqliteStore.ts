import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { keysOf, type DeleteOutcome, type NewRoom, type RoomRecord, type RoomStore, type StateWriter } from './RoomStore';

interface Row {
  id: string;
  edit_hash: string;
  view_hash: string;
  facilitator_hash: string | null;
  sealed_edit: string | null;
  sealed_view: string | null;
  deleted: number;
}

/**
 * Rooms in one SQLite file, `{dataDir}/rooms.sqlite`. WAL mode and a busy timeout let two
 * processes share one data folder; a store is one IMMEDIATE transaction (read, `write`, write).
 */
export function sqliteStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'rooms.sqlite'));
  try {
    return storeOn(db);
  } catch (error) {
    // Busy (another server setting the folder up) or unreadable: this handle goes; the caller may try again.
    db.close();
    throw error;
  }
}

function storeOn(db: Database.Database): RoomStore {
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  // FULL: a commit the status shows as saved survives a power cut too, not only a killed process.
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    edit_hash TEXT NOT NULL,
    view_hash TEXT NOT NULL,
    state BLOB,
    deleted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    facilitator_hash TEXT,
    sealed_edit TEXT,
    sealed_view TEXT,
    workshop TEXT
  )`);
  // Rooms stored before facilitators existed have no keys (null): their edit token is their facilitator's.
  // A table from before: the columns are added once, in a write transaction (another server on the same folder may be doing it too).
  const missing = () => {
    const columns = new Set(db.prepare<[], { name: string }>('PRAGMA table_info(rooms)').all().map((column) => column.name));
    return ['facilitator_hash', 'sealed_edit', 'sealed_view', 'workshop'].filter((column) => !columns.has(column));
  };
  if (missing().length > 0) db.transaction(() => missing().forEach((column) => db.exec(`ALTER TABLE rooms ADD COLUMN ${column} TEXT`))).immediate();
  const insert = db.prepare(
    'INSERT INTO rooms (id, edit_hash, view_hash, facilitator_hash, sealed_edit, sealed_view, state, deleted, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)',
  );
  const selectRoom = db.prepare<[string], Row>('SELECT id, edit_hash, view_hash, facilitator_hash, sealed_edit, sealed_view, deleted FROM rooms WHERE id = ?');
  const replace = db.prepare(
    'UPDATE rooms SET edit_hash = ?, facilitator_hash = ?, sealed_edit = ?, sealed_view = ?, updated_at = ? WHERE id = ? AND edit_hash = ? AND deleted = 0',
  );
  const selectState = db.prepare<[string], { state: Buffer | null; deleted: number }>('SELECT state, deleted FROM rooms WHERE id = ?');
  const updateState = db.prepare('UPDATE rooms SET state = ?, updated_at = ? WHERE id = ?');
  const tombstone = db.prepare('UPDATE rooms SET state = NULL, workshop = NULL, deleted = 1, updated_at = ? WHERE id = ?');
  const selectWorkshop = db.prepare<[string], { workshop: string | null; deleted: number }>('SELECT workshop, deleted FROM rooms WHERE id = ?');
  const updateWorkshop = db.prepare('UPDATE rooms SET workshop = ?, updated_at = ? WHERE id = ? AND deleted = 0');

  const store = db.transaction((id: string, write: StateWriter): Uint8Array | null => {
    const row = selectState.get(id);
    if (!row || row.deleted) return null;
    const written = write(row.state ? new Uint8Array(row.state) : null);
    updateState.run(written, new Date().toISOString(), id);
    return written;
  });
  const remove = db.transaction((id: string): DeleteOutcome => {
    const row = selectRoom.get(id);
    if (!row) return 'unknown';
    if (row.deleted) return 'alreadyDeleted';
    tombstone.run(new Date().toISOString(), id);
    return 'deleted';
  });

  return {
    kind: 'sqlite',
    async createRoom({ id, editHash, viewHash, keys, state }: NewRoom) {
      const now = new Date().toISOString();
      insert.run(id, editHash, viewHash, keys.facilitatorHash, keys.sealedEdit, keys.sealedView, state, now, now);
    },
    async replaceLinks(id, oldEditHash, { editHash, keys }) {
      return replace.run(editHash, keys.facilitatorHash, keys.sealedEdit, keys.sealedView, new Date().toISOString(), id, oldEditHash).changes === 1;
    },
    async room(id) {
      const row = selectRoom.get(id);
      return row ? record(row) : null;
    },
    async fetchState(id) {
      const row = selectState.get(id);
      return row && !row.deleted && row.state ? new Uint8Array(row.state) : null;
    },
    async storeState(id, write) {
      return store.immediate(id, write);
    },
    async deleteRoom(id) {
      return remove.immediate(id);
    },
    async fetchWorkshop(id) {
      const row = selectWorkshop.get(id);
      return row && !row.deleted ? row.workshop : null;
    },
    async storeWorkshop(id, json) {
      return updateWorkshop.run(json, new Date().toISOString(), id).changes === 1;
    },
    async close() {
      db.close();
    },
  };
}

function record(row: Row): RoomRecord {
  return { id: row.id, editHash: row.edit_hash, viewHash: row.view_hash, keys: keysOf(row), deleted: row.deleted !== 0 };
}
