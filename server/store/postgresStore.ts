import pg from 'pg';
import { keysOf, type DeleteOutcome, type NewRoom, type RoomRecord, type RoomStore, type StateWriter } from './RoomStore';

interface Row {
  id: string;
  edit_hash: string;
  view_hash: string;
  facilitator_hash: string | null;
  sealed_edit: string | null;
  sealed_view: string | null;
  deleted: boolean;
}

/**
 * Rooms in PostgreSQL (`DATABASE_URL`), for instances on several machines. A store locks the
 * room's row (SELECT … FOR UPDATE), writes what `write` makes of it in one transaction.
 */
export async function postgresStore(connectionString: string): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString, max: 5 });
  pool.on('error', (error) => console.error(`postgres: ${error.message}`));
  await createTable(pool);

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    kind: 'postgres',
    async createRoom({ id, editHash, viewHash, keys, state }: NewRoom) {
      await pool.query('INSERT INTO rooms (id, edit_hash, view_hash, facilitator_hash, sealed_edit, sealed_view, state) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        id,
        editHash,
        viewHash,
        keys.facilitatorHash,
        keys.sealedEdit,
        keys.sealedView,
        Buffer.from(state),
      ]);
    },
    async replaceLinks(id, oldEditHash, { editHash, keys }) {
      const { rowCount } = await pool.query(
        'UPDATE rooms SET edit_hash = $1, facilitator_hash = $2, sealed_edit = $3, sealed_view = $4, updated_at = now() WHERE id = $5 AND edit_hash = $6 AND NOT deleted',
        [editHash, keys.facilitatorHash, keys.sealedEdit, keys.sealedView, id, oldEditHash],
      );
      return rowCount === 1;
    },
    async room(id) {
      const { rows } = await pool.query<Row>('SELECT id, edit_hash, view_hash, facilitator_hash, sealed_edit, sealed_view, deleted FROM rooms WHERE id = $1', [id]);
      return rows[0] ? record(rows[0]) : null;
    },
    async fetchState(id) {
      const { rows } = await pool.query<{ state: Buffer | null; deleted: boolean }>('SELECT state, deleted FROM rooms WHERE id = $1', [id]);
      const row = rows[0];
      return row && !row.deleted && row.state ? new Uint8Array(row.state) : null;
    },
    storeState(id, write) {
      return transaction(async (client) => {
        const { rows } = await client.query<{ state: Buffer | null; deleted: boolean }>('SELECT state, deleted FROM rooms WHERE id = $1 FOR UPDATE', [id]);
        const row = rows[0];
        if (!row || row.deleted) return null;
        const written = write(row.state ? new Uint8Array(row.state) : null);
        await client.query('UPDATE rooms SET state = $1, updated_at = now() WHERE id = $2', [Buffer.from(written), id]);
        return written;
      });
    },
    deleteRoom(id) {
      return transaction(async (client): Promise<DeleteOutcome> => {
        const { rows } = await client.query<{ deleted: boolean }>('SELECT deleted FROM rooms WHERE id = $1 FOR UPDATE', [id]);
        if (!rows[0]) return 'unknown';
        if (rows[0].deleted) return 'alreadyDeleted';
        await client.query('UPDATE rooms SET state = NULL, workshop = NULL, deleted = TRUE, updated_at = now() WHERE id = $1', [id]);
        return 'deleted';
      });
    },
    async fetchWorkshop(id) {
      const { rows } = await pool.query<{ workshop: string | null; deleted: boolean }>('SELECT workshop, deleted FROM rooms WHERE id = $1', [id]);
      return rows[0] && !rows[0].deleted ? rows[0].workshop : null;
    },
    async storeWorkshop(id, json) {
      const { rowCount } = await pool.query('UPDATE rooms SET workshop = $1, updated_at = now() WHERE id = $2 AND deleted = FALSE', [json, id]);
      return rowCount === 1;
    },
    async close() {
      await pool.end();
    },
  };
}

function record(row: Row): RoomRecord {
  return { id: row.id, editHash: row.edit_hash, viewHash: row.view_hash, keys: keysOf(row), deleted: row.deleted };
}

/** Two instances starting at once may both create the table: the loser's unique violation is harmless. */
async function createTable(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(`CREATE TABLE IF NOT EXISTS rooms (
      id TEXT PRIMARY KEY,
      edit_hash TEXT NOT NULL,
      view_hash TEXT NOT NULL,
      state BYTEA,
      deleted BOOLEAN NOT NULL DEFAULT FALSE,
      created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      facilitator_hash TEXT,
      sealed_edit TEXT,
      sealed_view TEXT,
      workshop TEXT
    )`);
    // Rooms stored before facilitators existed keep null keys: their edit token is their facilitator's.
    const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'rooms' AND column_name IN ('facilitator_hash', 'sealed_edit', 'sealed_view', 'workshop')");
    if (Number(rows[0]?.n ?? 0) < 4) {
      await pool.query('ALTER TABLE rooms ADD COLUMN IF NOT EXISTS facilitator_hash TEXT, ADD COLUMN IF NOT EXISTS sealed_edit TEXT, ADD COLUMN IF NOT EXISTS sealed_view TEXT, ADD COLUMN IF NOT EXISTS workshop TEXT');
    }
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}
