import * as Y from 'yjs';
import { Document } from '@hocuspocus/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readServerMessage, type ServerMessage } from '../../src/collab/protocol';
import type { RoomStore, StateWriter } from '../store/RoomStore';
import { boardDoc } from '../test/boards';
import { RoomGuard } from './RoomGuard';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A store whose writes fail (a full disk) until `healed`. */
function failingStore() {
  let row: Uint8Array | null = null;
  const state = { healed: false, tries: 0 };
  const store: RoomStore = {
    kind: 'failing',
    createRoom: async () => undefined,
    room: async (id) => ({ id, editHash: '', viewHash: '', keys: null, deleted: false }),
    fetchState: async () => row,
    async storeState(_id, write: StateWriter) {
      state.tries += 1;
      if (!state.healed) throw new Error('SQLITE_FULL: database or disk is full');
      row = write(row);
      return row;
    },
    deleteRoom: async () => 'deleted',
    replaceLinks: async () => true,
    fetchWorkshop: async () => null,
    storeWorkshop: async () => true,
    close: async () => undefined,
  };
  return { store, state, row: () => row };
}

describe('RoomGuard.storeDocument', () => {
  it('keeps trying a store that fails, tells the room it is unstored, and says stored once it succeeds, with no edit', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { store, state, row } = failingStore();
    const guard = new RoomGuard(store);
    const document = new Document('room-a');
    Y.applyUpdate(document, Y.encodeStateAsUpdate(boardDoc()));
    const told: ServerMessage[] = [];
    vi.spyOn(document, 'broadcastStateless').mockImplementation((payload: string) => void told.push(readServerMessage(payload)!));

    const storing = guard.storeDocument({ documentName: 'room-a', document } as unknown as Parameters<RoomGuard['storeDocument']>[0]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(told.map((message) => message.type)).toEqual(['unstored']);
    expect(guard.storeFailing()).toBe(true);
    const triesBefore = state.tries;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(state.tries).toBeGreaterThan(triesBefore);
    expect(told.map((message) => message.type)).toEqual(['unstored']);

    state.healed = true;
    await vi.advanceTimersByTimeAsync(30_000);
    await storing;
    expect(told.map((message) => message.type)).toEqual(['unstored', 'stored']);
    expect(row()).toEqual(Y.encodeStateAsUpdate(document));
    expect(guard.storeFailing()).toBe(false);
  });
});
