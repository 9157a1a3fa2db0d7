import { describe, expect, it } from 'vitest';
import { openStoredBoard } from './openStoredBoard';
import { readStored, type BoardRepository, type PendingEdit, type StoredBoard } from './boardRepository';
import { testBoard } from '../model/testBoard';
import { toDocument } from '../schema/parseDocument';

const board = testBoard();
const edited = { ...board, title: 'Edited while leaving' };

/** An in-memory repository with one stored board (or none) and one pending edit (or none). */
function repoWith(stored: StoredBoard | undefined, pending: PendingEdit | undefined, deleted = false) {
  const state = { stored, pending, backup: undefined as StoredBoard | undefined };
  const repo = {
    isDeleted: async () => deleted,
    load: async () => state.stored,
    loadPending: async () => state.pending,
    discardPending: async () => void (state.pending = undefined),
    keepBackup: async (_id: string, raw: StoredBoard) => void (state.backup = raw),
    save: async (_id: string, document: StoredBoard['document'], basedOn: number, writer: string) => {
      if ((state.stored?.revision ?? 0) !== basedOn) return { ok: false as const, stale: state.stored! };
      state.stored = { revision: basedOn + 1, document, writer };
      state.pending = undefined;
      return { ok: true as const, revision: basedOn + 1 };
    },
  } as unknown as BoardRepository;
  return { repo, state };
}

const pendingOn = (base: number, writer = 'tab:a'): PendingEdit => ({ boardId: board.id, base, document: toDocument(edited), savedAt: '2026-05-05T10:00:00.000Z', writer });

describe('openStoredBoard', () => {
  it('saves edits made on the stored revision as the next revision, silently', async () => {
    const { repo, state } = repoWith({ revision: 3, document: toDocument(board) }, pendingOn(3));
    const opened = await openStoredBoard(repo, board.id);
    expect(opened.ok && [opened.board.title, opened.revision, opened.recovery, opened.messages]).toEqual(['Edited while leaving', 4, null, []]);
    expect(state.pending).toBeUndefined();
  });

  it('takes edits written just before this tab’s own save landed as the next revision too', async () => {
    const { repo } = repoWith({ revision: 4, document: toDocument(board), writer: 'tab:a' }, pendingOn(3, 'tab:a'));
    const opened = await openStoredBoard(repo, board.id);
    expect(opened.ok && [opened.board.title, opened.revision]).toEqual(['Edited while leaving', 5]);
  });

  it('offers edits made on an older revision by another writer, and writes nothing', async () => {
    const { repo, state } = repoWith({ revision: 4, document: toDocument(board), writer: 'tab:b' }, pendingOn(3, 'tab:a'));
    const opened = await openStoredBoard(repo, board.id);
    expect(opened.ok && [opened.board.title, opened.revision, opened.recovery?.board.title]).toEqual(['Test board', 4, 'Edited while leaving']);
    expect(state.stored?.revision).toBe(4);
    expect(state.pending).toBeDefined();
  });

  it('opens a board never saved from its pending edits', async () => {
    const { repo } = repoWith(undefined, pendingOn(0));
    const opened = await openStoredBoard(repo, board.id);
    expect(opened.ok && [opened.board.title, opened.revision]).toEqual(['Edited while leaving', 1]);
  });

  it('opens nothing of a deleted board', async () => {
    const { repo } = repoWith({ revision: 1, document: toDocument(board) }, undefined, true);
    expect(await openStoredBoard(repo, board.id)).toEqual({ ok: false, problem: null });
  });

  it('reports a stored revision that is not a whole number', async () => {
    const { repo } = repoWith(readStored({ revision: '7', document: toDocument(board) }), undefined);
    const opened = await openStoredBoard(repo, board.id);
    expect(opened.ok && [opened.revision, opened.messages[0]]).toEqual([0, expect.stringContaining('unreadable revision ("7")')]);
  });

  it('opens a board with a bad item without it, says which, and keeps the record as stored', async () => {
    const document = JSON.parse(JSON.stringify(toDocument(board)));
    document.board.items[1].weight = 'heavy';
    const { repo, state } = repoWith({ revision: 2, document }, undefined);
    const opened = await openStoredBoard(repo, board.id);
    expect(opened.ok && opened.board.items.map((item) => item.label)).toEqual(['Alpha', 'Gamma']);
    expect(opened.ok && opened.messages[0]).toMatch(/1 item could not be read .*board\.items\[1\]\.weight/);
    expect(state.backup?.document).toBe(document);
  });
});

describe('readStored', () => {
  it('takes a whole revision ≥ 1 and counts anything else as 0, saying what it was', () => {
    expect(readStored({ revision: 3, document: {} })).toEqual({ revision: 3, document: {} });
    expect(readStored({ revision: '7', document: {} })).toEqual({ revision: 0, document: {}, badRevision: '"7"' });
    expect(readStored({ revision: 2.5, document: {} })?.badRevision).toBe('2.5');
    expect(readStored({ document: {} })?.badRevision).toBe('missing');
    expect(readStored(undefined)).toBeUndefined();
  });
});
