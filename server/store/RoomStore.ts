/** A room as stored: who may open it (token hashes) and whether it was deleted. */
export interface RoomRecord {
  readonly id: string;
  /** SHA-256 of the edit token, hex. */
  readonly editHash: string;
  /** SHA-256 of the view token, hex. */
  readonly viewHash: string;
  /** Deleted rooms keep their record (a tombstone) and drop their state. */
  readonly deleted: boolean;
}

export interface NewRoom {
  readonly id: string;
  readonly editHash: string;
  readonly viewHash: string;
  /** The room's first state: one Yjs update. */
  readonly state: Uint8Array;
}

export type DeleteOutcome = 'deleted' | 'alreadyDeleted' | 'unknown';

/**
 * What to write for a room, given what its row holds (null: nothing yet). Runs inside the
 * store's transaction, synchronously: another instance's write cannot come between the read
 * and the write.
 */
export type StateWriter = (stored: Uint8Array | null) => Uint8Array;

/**
 * Where rooms live: SQLite on one machine, PostgreSQL for instances on several. Several
 * processes may share one store: `storeState` reads and writes a row in one transaction, so
 * two instances storing one room keep each other's changes (`documentState`).
 */
export interface RoomStore {
  readonly kind: string;
  /** Throws when the id is taken. */
  createRoom(room: NewRoom): Promise<void>;
  room(id: string): Promise<RoomRecord | null>;
  /** The stored state; null for an unknown or deleted room. */
  fetchState(id: string): Promise<Uint8Array | null>;
  /**
   * Writes what `write` makes of the stored state and returns it, or null for an unknown or
   * deleted room (nothing is written, `write` is not called: a room is never recreated).
   */
  storeState(id: string, write: StateWriter): Promise<Uint8Array | null>;
  /** Drops the state and keeps a tombstone: later connections are refused. */
  deleteRoom(id: string): Promise<DeleteOutcome>;
  close(): Promise<void>;
}
