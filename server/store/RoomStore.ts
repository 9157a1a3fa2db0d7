/**
 * A room's facilitator token and what it unlocks: its hash, the edit token sealed with it, the
 * view token sealed with the edit token (`tokens.seal`). Absent in rooms shared before
 * facilitators existed.
 */
export interface FacilitatorKeys {
  /** SHA-256 of the facilitator token, hex. */
  readonly facilitatorHash: string;
  readonly sealedEdit: string;
  readonly sealedView: string;
}

/** A room as stored: who may open it (token hashes) and whether it was deleted. */
export interface RoomRecord {
  readonly id: string;
  /** SHA-256 of the edit token, hex. */
  readonly editHash: string;
  /** SHA-256 of the view token, hex. */
  readonly viewHash: string;
  /** Null for a room shared before facilitators existed: its edit token is its facilitator's. */
  readonly keys: FacilitatorKeys | null;
  /** Deleted rooms keep their record (a tombstone) and drop their state. */
  readonly deleted: boolean;
}

export interface NewRoom {
  readonly id: string;
  readonly editHash: string;
  readonly viewHash: string;
  readonly keys: FacilitatorKeys;
  /** The room's first state: one Yjs update. */
  readonly state: Uint8Array;
}

/** A room's new edit link (its facilitator replaced it): the old edit hash stops opening it. */
export interface ReplacedLinks {
  readonly editHash: string;
  readonly keys: FacilitatorKeys;
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
  /** Writes a new edit hash and keys while the room still has `oldEditHash`; false when it has not (replaced meanwhile, deleted, unknown). */
  replaceLinks(id: string, oldEditHash: string, links: ReplacedLinks): Promise<boolean>;
  /**
   * The room's workshop as the server keeps it (placements and votes not yet revealed, as
   * JSON): never in the shared document, never sent to anyone but their owner. Null: none.
   */
  fetchWorkshop(id: string): Promise<string | null>;
  /** Writes it; false for an unknown or deleted room. */
  storeWorkshop(id: string, json: string): Promise<boolean>;
  /** Drops the state and keeps a tombstone: later connections are refused. */
  deleteRoom(id: string): Promise<DeleteOutcome>;
  close(): Promise<void>;
}

/** A row's facilitator keys, or null for a room stored before facilitators existed. */
export function keysOf(row: { facilitator_hash: string | null; sealed_edit: string | null; sealed_view: string | null }): FacilitatorKeys | null {
  const { facilitator_hash: facilitatorHash, sealed_edit: sealedEdit, sealed_view: sealedView } = row;
  return facilitatorHash && sealedEdit && sealedView ? { facilitatorHash, sealedEdit, sealedView } : null;
}
