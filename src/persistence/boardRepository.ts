import { laterPending, pendingMirror } from './pendingMirror';
import { currentVersion, type Envelope } from '../schema/format';
import { openDatabase, requestResult, transactionDone } from './indexedDb';
import { joinBoard, type BoardWrite } from './storedRecords';
import { boardCollections } from '../model/records';

/** One saved board: the document and the revision that wrote it (1, 2, 3, …). */
export interface StoredBoard {
  readonly revision: number;
  readonly document: Envelope;
  /** The tab that wrote it (see `PendingEdit`). */
  readonly writer?: string;
  /** Set when the stored revision was unreadable: what it was (it now counts as 0). */
  readonly badRevision?: string;
}

/**
 * Edits written while the page was going away, in the same task (no read first: a read's
 * callback never runs during unload). The next load settles them.
 */
export interface PendingEdit {
  readonly boardId: string;
  /** The stored revision the edits were made on. */
  readonly base: number;
  readonly document: Envelope;
  /** ISO 8601. */
  readonly savedAt: string;
  /** The tab that wrote it, to recognise its own save that landed after it. */
  readonly writer: string;
}

export type SaveOutcome =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly stale: StoredBoard }
  | { readonly ok: false; readonly deleted: true };

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
/** A string key's range: every key that starts with `prefix`. */
const prefixed = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
/** One record of a board: array keys sort after every string key, so listings by prefix never meet them. */
const recordKey = (id: string, collection: string, recordId: string) => ['rec', id, collection, recordId];
/** Every record of a board, or of one of its collections. */
const recordRange = (...prefix: string[]) => IDBKeyRange.bound(['rec', ...prefix], ['rec', ...prefix, []]);
const orderKey = (id: string, collection: string) => ['order', id, collection];
const orderRange = (id: string) => IDBKeyRange.bound(['order', id], ['order', id, []]);

/** A head written as records (`layout: 'records'`), else a whole document as older versions wrote it. */
const isRecords = (raw: unknown): raw is { head: Envelope } => typeof raw === 'object' && raw !== null && (raw as { layout?: unknown }).layout === 'records';

const pendingKey = (id: string) => `pending:${id}`;
const deletedKey = (id: string) => `deleted:${id}`;
const backupKey = (id: string) => `backup:${id}`;
const lastBoardKey = 'meta:lastBoardId';

/**
 * The stored revision, checked at the boundary: a whole number ≥ 1. Anything else (missing,
 * "7", 2.5) counts as 0, so the next save starts again at 1, and is reported.
 */
export function readStored(raw: unknown): StoredBoard | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { revision, writer } = raw as Record<string, unknown>;
  const document = isRecords(raw) ? raw.head : (raw as Record<string, unknown>).document;
  const good = typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 1;
  return {
    revision: good ? revision : 0,
    document: document as Envelope,
    ...(typeof writer === 'string' ? { writer } : {}),
    ...(good ? {} : { badRevision: revision === undefined ? 'missing' : JSON.stringify(revision) ?? String(revision) }),
  };
}

/**
 * IndexedDB access for boards. Every write says which revision it was based on. A connection
 * that failed to open, or that the browser closed (a full disk, storage cleared) or that
 * refuses transactions, is opened again on the next read or write: autosave's retries then
 * reach storage again by themselves.
 */
export class BoardRepository {
  private opened: Promise<IDBDatabase> | null = null;
  /** The connection once open, for writes that cannot wait a task (`savePendingNow`). */
  private db: IDBDatabase | null = null;

  constructor(private readonly dbName = 'pa-map') {
    this.database().catch(() => undefined);
  }

  /** The open connection, opening one when there is none (or the last attempt failed). */
  private database(): Promise<IDBDatabase> {
    if (!this.opened) {
      const opening = openDatabase(this.dbName, 'boards').then((db) => {
        // Closed by the browser, not by us: the next call opens a new connection.
        db.onclose = () => {
          if (this.opened === opening) this.opened = null;
          if (this.db === db) this.db = null;
        };
        this.db = db;
        return db;
      });
      opening.catch(() => {
        if (this.opened === opening) this.opened = null;
      });
      this.opened = opening;
    }
    return this.opened;
  }

  /** A transaction, on a new connection when the current one is closed or closing. */
  private async transaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
    const db = await this.database();
    try {
      return db.transaction('boards', mode);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      this.opened = null;
      this.db = null;
      return (await this.database()).transaction('boards', mode);
    }
  }

  private async run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T> | T): Promise<T> {
    const tx = await this.transaction(mode);
    const done = transactionDone(tx);
    done.catch(() => undefined);
    let result: T;
    try {
      result = await body(tx.objectStore('boards'));
    } catch (error) {
      // A write that failed halfway (a key or a value storage refuses) leaves nothing behind: the
      // deletes and puts made before it are undone with the transaction.
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser.
      }
      throw error;
    }
    await done;
    return result;
  }

  private get<T>(key: string): Promise<T | undefined> {
    return this.run('readonly', (store) => requestResult<T | undefined>(store.get(key)));
  }

  /** The stored board, whole (its records joined to its head), as the reader takes it. */
  load(id: string): Promise<StoredBoard | undefined> {
    return this.run('readonly', async (store) => whole(store, id, await requestResult(store.get(boardKey(id)))));
  }

  /** Every stored board, most recently edited first: the heads alone are read. */
  async list(): Promise<BoardSummary[]> {
    const range = prefixed(boardPrefix);
    const [keys, values] = await this.run('readonly', (store) => Promise.all([requestResult(store.getAllKeys(range)), requestResult(store.getAll(range))]));
    return keys
      .flatMap((key, i) => (typeof key === 'string' ? [summarise(key.slice(boardPrefix.length), values[i])] : []))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Deletes a board and remembers it was deleted, so no later save (from any tab) brings it back. */
  remove(id: string, now: string): Promise<void> {
    pendingMirror.remove(id);
    return this.run('readwrite', (store) => {
      store.delete(boardKey(id));
      store.delete(recordRange(id));
      store.delete(orderRange(id));
      store.delete(pendingKey(id));
      store.put({ deletedAt: now }, deletedKey(id));
    });
  }

  async isDeleted(id: string): Promise<boolean> {
    return (await this.get(deletedKey(id))) !== undefined;
  }

  async lastBoardId(): Promise<string | undefined> {
    const id = await this.get<unknown>(lastBoardKey);
    return typeof id === 'string' ? id : undefined;
  }

  rememberLastBoard(id: string): Promise<void> {
    return this.run('readwrite', (store) => void store.put(id, lastBoardKey));
  }

  /**
   * Writes revision `basedOn + 1`, in one transaction, only if the stored revision is still
   * `basedOn` (0 for a board never saved) and the board was not deleted: the head and the
   * records that changed, or every record when storage holds `basedOn` in an older layout or
   * schema. Otherwise writes nothing and says why. Settles any pending edits of this board.
   */
  async save(id: string, write: BoardWrite, basedOn: number, writer = ''): Promise<SaveOutcome> {
    const startedAt = new Date().toISOString();
    const outcome = await this.run('readwrite', async (store): Promise<SaveOutcome> => {
      const [raw, tombstone] = await Promise.all([requestResult(store.get(boardKey(id))), requestResult(store.get(deletedKey(id)))]);
      if (tombstone !== undefined) return { ok: false, deleted: true };
      const stored = readStored(raw);
      if (stored && stored.revision !== basedOn) return { ok: false, stale: (await whole(store, id, raw))! };
      const onTop = write.changed !== null && isRecords(raw) && raw.head?.version === currentVersion;
      if (!onTop) {
        store.delete(recordRange(id));
        store.delete(orderRange(id));
      }
      for (const { collection, put, remove, order } of onTop ? write.changed! : write.all()) {
        for (const record of put) store.put(record, recordKey(id, collection, record.id));
        for (const recordId of remove) store.delete(recordKey(id, collection, recordId));
        if (order) store.put(order, orderKey(id, collection));
      }
      store.put({ revision: basedOn + 1, writer, layout: 'records', head: write.head, items: write.items }, boardKey(id));
      store.delete(pendingKey(id));
      return { ok: true, revision: basedOn + 1 };
    });
    // The board now holds the edits kept before this save began: their mirror goes too (IndexedDB's
    // copy went with the save). Edits kept while it ran may be newer than what it wrote: they stay.
    const mirrored = outcome.ok ? pendingMirror.read(id) : undefined;
    if (mirrored && mirrored.savedAt < startedAt) pendingMirror.remove(id);
    return outcome;
  }

  /**
   * Writes pending edits now, in this task: a plain put and a commit, for `pagehide` and
   * `visibilitychange`. False when storage is not open yet or refuses.
   */
  savePendingNow(pending: PendingEdit): boolean {
    pendingMirror.write(pending);
    if (!this.db) return false;
    try {
      const tx = this.db.transaction('boards', 'readwrite');
      tx.objectStore('boards').put(pending, pendingKey(pending.boardId));
      tx.commit?.();
      return true;
    } catch {
      // A closed connection: the synchronous mirror holds the edits; the next write reopens.
      this.db = null;
      this.opened = null;
      return false;
    }
  }

  async loadPending(id: string): Promise<PendingEdit | undefined> {
    const raw = await this.get<PendingEdit>(pendingKey(id));
    const stored = raw && typeof raw === 'object' && typeof raw.base === 'number' && typeof raw.savedAt === 'string' ? raw : undefined;
    return laterPending(stored, pendingMirror.read(id));
  }

  /** Pending edits of boards deleted since (a tab that never heard of the delete, closed): never dropped unseen. */
  async pendingOfDeleted(): Promise<PendingEdit | undefined> {
    const keys = await this.run('readonly', (store) => requestResult(store.getAllKeys(prefixed('pending:'))));
    const ids = [...new Set([...keys.flatMap((key) => (typeof key === 'string' ? [key.slice('pending:'.length)] : [])), ...pendingMirror.boardIds()])];
    for (const id of ids) {
      if (await this.isDeleted(id)) return this.loadPending(id);
    }
    return undefined;
  }

  discardPending(id: string): Promise<void> {
    pendingMirror.remove(id);
    return this.run('readwrite', (store) => void store.delete(pendingKey(id)));
  }

  /** Keeps the record as it was stored, once, before a reader leaves bad items out of it. */
  keepBackup(id: string, raw: StoredBoard): Promise<void> {
    return this.run('readwrite', async (store) => {
      if ((await requestResult(store.getKey(backupKey(id)))) === undefined) store.put(raw, backupKey(id));
    });
  }
}

/**
 * A stored board with its records joined to its head (in each collection's stored order), so
 * the reader takes it as the whole document older versions wrote; that layout is read as is.
 */
async function whole(store: IDBObjectStore, id: string, raw: unknown): Promise<StoredBoard | undefined> {
  const stored = readStored(raw);
  if (!stored || !isRecords(raw)) return stored;
  const [records, orders] = await Promise.all([
    Promise.all(boardCollections.map((collection) => requestResult(store.getAll(recordRange(id, collection))))),
    Promise.all(boardCollections.map((collection) => requestResult(store.get(orderKey(id, collection))))),
  ]);
  const collections = new Map(boardCollections.map((collection, i) => [collection, { records: records[i]!, order: orders[i] }]));
  const head: unknown = raw.head;
  const board = typeof head === 'object' && head !== null ? joinBoard((head as { board?: unknown }).board, collections) : undefined;
  return { ...stored, document: { ...(head as Envelope), board } };
}

function summarise(id: string, stored: unknown): BoardSummary {
  const records = isRecords(stored);
  const document = records ? stored.head : (stored as { document?: unknown } | undefined)?.document;
  const board = (document as { board?: unknown } | undefined)?.board as Record<string, unknown> | undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const count = records ? (stored as { items?: unknown }).items : Array.isArray(board?.items) ? board.items.length : 0;
  return {
    id,
    title: text(board?.title) || 'Untitled board',
    items: typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : 0,
    updatedAt: text(board?.updatedAt),
  };
}
