import { createStore as createIdbStore, get, set, update, type UseStore } from 'idb-keyval';
import type { Envelope } from '../schema/format';

/** One saved board: the document and the revision that wrote it (1, 2, 3, …). */
export interface StoredBoard {
  readonly revision: number;
  readonly document: Envelope;
}

export type SaveOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly stale: StoredBoard };

const boardKey = (id: string) => `board:${id}`;
const lastBoardKey = 'meta:lastBoardId';

/** IndexedDB access for boards. Every write says which revision it was based on. */
export class BoardRepository {
  private readonly db: UseStore;

  constructor(dbName = 'pa-map') {
    this.db = createIdbStore(dbName, 'boards');
  }

  load(id: string): Promise<StoredBoard | undefined> {
    return get<StoredBoard>(boardKey(id), this.db);
  }

  lastBoardId(): Promise<string | undefined> {
    return get<string>(lastBoardKey, this.db);
  }

  rememberLastBoard(id: string): Promise<void> {
    return set(lastBoardKey, id, this.db);
  }

  /**
   * Writes `document` as revision `basedOn + 1`, in one transaction, only if the stored
   * revision is still `basedOn` (0 for a board never saved). Otherwise writes nothing and
   * returns what is stored.
   */
  async save(id: string, document: Envelope, basedOn: number): Promise<SaveOutcome> {
    let outcome: SaveOutcome = { ok: true, revision: basedOn + 1 };
    await update<StoredBoard>(
      boardKey(id),
      (stored) => {
        const current = stored?.revision ?? 0;
        if (current !== basedOn && stored) {
          outcome = { ok: false, stale: stored };
          return stored;
        }
        return { revision: basedOn + 1, document };
      },
      this.db,
    );
    return outcome;
  }
}
