import type { Envelope } from '../../schema/format';
import type { SaveRepository } from './SaveRepository';
import type { BoardChannel, BoardMessage } from './boardChannel';

/** Storage in memory, counting every write: one board, its revision, a tombstone switch. */
export function fakeRepository() {
  const writes: { id: string; document: Envelope; basedOn: number; writer: string }[] = [];
  const state = { revision: 0, document: null as Envelope | null, deleted: false };
  const repo: SaveRepository = {
    save: async (id, document, basedOn, writer = '') => {
      if (state.deleted) return { ok: false, deleted: true };
      if (basedOn !== state.revision) return { ok: false, stale: { revision: state.revision, document: state.document! } };
      writes.push({ id, document, basedOn, writer });
      state.revision = basedOn + 1;
      state.document = document;
      return { ok: true, revision: state.revision };
    },
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
