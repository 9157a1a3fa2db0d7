import type { Envelope } from '../../schema/format';
import { joinBoard, type BoardWrite } from '../storedRecords';
import type { BoardCollection } from '../../model/records';
import type { SaveRepository } from './SaveRepository';
import type { BoardChannel, BoardMessage } from './boardChannel';

/** What one write did: the write as given, and the whole board storage held after it. */
export interface FakeWrite {
  readonly id: string;
  readonly write: BoardWrite;
  /** True when it wrote only what changed (on top of records it held), false when it wrote every record. */
  readonly onTop: boolean;
  readonly document: Envelope;
  readonly basedOn: number;
  readonly writer: string;
}

/**
 * Storage in memory, counting every write: one board kept as records (a head and each
 * collection's records and order, as the repository keeps them), its revision, a tombstone
 * switch. A test may put a whole `document` there, as an older version stored it.
 */
export function fakeRepository() {
  const writes: FakeWrite[] = [];
  const state = { revision: 0, document: null as Envelope | null, deleted: false };
  /** The records behind `state.document` when this fake wrote it; null when a test put a document there. */
  let records: Map<BoardCollection, { byId: Map<string, unknown>; order: readonly string[] }> | null = null;
  let writtenDocument: Envelope | null = null;
  const join = (head: Envelope): Envelope => ({ ...head, board: joinBoard(head.board, new Map([...records!].map(([name, { byId, order }]) => [name, { records: [...byId.values()], order }]))) });
  const repo: SaveRepository = {
    save: async (id, write, basedOn, writer = '') => {
      if (state.deleted) return { ok: false, deleted: true };
      if (basedOn !== state.revision) return { ok: false, stale: { revision: state.revision, document: state.document! } };
      const onTop = write.changed !== null && records !== null && state.document === writtenDocument;
      if (!onTop) records = new Map();
      for (const { collection, put, remove, order } of onTop ? write.changed! : write.all()) {
        const entry = records!.get(collection) ?? { byId: new Map<string, unknown>(), order: [] };
        for (const record of put) entry.byId.set(record.id, record);
        for (const gone of remove) entry.byId.delete(gone);
        records!.set(collection, { byId: entry.byId, order: order ?? entry.order });
      }
      state.revision = basedOn + 1;
      state.document = writtenDocument = join(write.head);
      writes.push({ id, write, onTop, document: state.document, basedOn, writer });
      return { ok: true, revision: state.revision };
    },
    load: async () => (state.document ? { revision: state.revision, document: state.document } : undefined),
    rememberLastBoard: async () => undefined,
    savePendingNow: () => true,
    discardPending: async () => undefined,
  };
  return { repo, writes, state };
}

/** A broadcast that keeps what was posted and lets a test deliver another tab's message. */
export function fakeChannel() {
  const posted: BoardMessage[] = [];
  let listener: ((message: BoardMessage) => void) | null = null;
  const channel: BoardChannel = {
    post: (message) => void posted.push(message),
    listen: (next) => void (listener = next),
    close: () => void (listener = null),
  };
  return { channel, posted, deliver: (message: BoardMessage) => listener?.(message) };
}
