import { describe, expect, it } from 'vitest';
import { createBoardLibrary } from './boardLibrary';
import type { BoardRepository, StoredBoard } from './boardRepository';
import type { Autosave } from './startAutosave';
import { createActions, createAppStore } from '../store/actions';
import { testBoard } from '../model/testBoard';
import { toDocument } from '../schema/parseDocument';
import { wholeDocument, type BoardWrite } from './storedRecords';

/** The library over an in-memory repository and an autosave that saves or fails on demand. */
function setup({ saves = true } = {}) {
  const stored = new Map<string, StoredBoard>();
  const repo = {
    load: async (id: string) => stored.get(id),
    save: async (id: string, write: BoardWrite, basedOn: number) => {
      stored.set(id, { revision: basedOn + 1, document: wholeDocument(write) });
      return { ok: true as const, revision: basedOn + 1 };
    },
    list: async () =>
      [...stored.entries()].map(([id, s]) => {
        const board = s.document.board as { title: string; items: unknown[]; updatedAt: string };
        return { id, title: board.title, items: board.items.length, updatedAt: board.updatedAt };
      }),
    remove: async (id: string) => void stored.delete(id),
    rememberLastBoard: async () => undefined,
    isDeleted: async () => false,
    loadPending: async () => undefined,
    discardPending: async () => undefined,
  } as unknown as BoardRepository;
  const first = testBoard();
  stored.set(first.id, { revision: 1, document: toDocument(first) });
  const store = createAppStore(first);
  const actions = createActions(store);
  const autosave: Autosave = { flush: async () => undefined, isSaved: () => saves, switchTo: () => undefined, resolveConflict: () => undefined, announceDeleted: () => undefined, hold: () => undefined, destroy: () => undefined };
  const library = createBoardLibrary({ store, actions, autosave, repo, now: () => '2026-05-05T00:00:00.000Z' });
  return { store, library, stored, first };
}

describe('createBoardLibrary', () => {
  it('creates, duplicates and switches boards, each stored on its own', async () => {
    const { store, library, stored, first } = setup();
    await library.create('blank');
    const blank = store.getState().doc.board;
    expect(blank.items).toEqual([]);
    expect(stored.has(blank.id)).toBe(true);
    await library.open(first.id);
    expect(store.getState().doc.board.id).toBe(first.id);
    await library.duplicate();
    expect(store.getState().doc.board.title).toBe('Test board (copy)');
    expect(stored.size).toBe(3);
  });

  it('stays on a board that could not be saved, and says so', async () => {
    const { store, library, first } = setup({ saves: false });
    await library.create('sample');
    expect(store.getState().doc.board.id).toBe(first.id);
    expect(store.getState().session.notice?.text).toMatch(/could not be saved, so it stays open/);
  });

  it('deleting the open board opens another, or a new blank one when none is left', async () => {
    const { store, library, stored, first } = setup();
    await library.create('sample');
    const sample = store.getState().doc.board.id;
    await library.remove(sample);
    expect(store.getState().doc.board.id).toBe(first.id);
    expect(stored.has(sample)).toBe(false);
    await library.remove(first.id);
    expect(stored.has(first.id)).toBe(false);
    expect(store.getState().doc.board.title).toBe('Untitled board');
    expect([...stored.keys()]).toEqual([store.getState().doc.board.id]);
  });
});
