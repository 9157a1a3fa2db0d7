import { createStore as createIdbStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import type { Envelope } from '../schema/format';

/** One saved board: the document and the revision that wrote it (1, 2, 3, …). */
export interface StoredBoard {
  readonly revision: number;
  readonly document: Envelope;
}

export type SaveOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly stale: StoredBoard };

/** What the board list shows, read without validating the whole document. */
export interface BoardSummary {
  readonly id: string;
  readonly title: string;
  readonly items: number;
  /** ISO 8601, '' when unknown. */
  readonly updatedAt: string;
}

const boardPrefix = 'board:';
const boardKey = (id: string) => `${boardPrefix}${id}`;
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

  /** Every stored board, most recently edited first. */
  async list(): Promise<BoardSummary[]> {
    const all = await entries<IDBValidKey, StoredBoard>(this.db);
    return all
      .flatMap(([key, stored]) => (typeof key === 'string' && key.startsWith(boardPrefix) ? [summarise(key.slice(boardPrefix.length), stored)] : []))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  remove(id: string): Promise<void> {
    return del(boardKey(id), this.db);
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

function summarise(id: string, stored: StoredBoard | undefined): BoardSummary {
  const board = (stored?.document as { board?: unknown } | undefined)?.board as Record<string, unknown> | undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id,
    title: text(board?.title) || 'Untitled board',
    items: Array.isArray(board?.items) ? board.items.length : 0,
    updatedAt: text(board?.updatedAt),
  };
}
