import type { Board, Item } from '../model/types';
import { newId } from '../model/ids';
import { createBlankBoard } from '../model/board';
import { createSampleBoard } from '../model/sampleBoard';
import { boardWrite } from './storedRecords';
import { asDuplicate } from '../io/importedBoard';
import { openStoredBoard } from './openStoredBoard';
import { describeStorageError } from './indexedDb';
import type { BoardRepository } from './boardRepository';
import type { BoardLibrary } from './boardLibrary';
import { carryNotice } from './carriedNotice';

/**
 * The boards of this browser, seen from a shared board's page. The shared board is not one
 * of them (it lives in its room): opening, creating or duplicating a board saves it here if it
 * is new and goes to it (the page of this browser's boards). A file imported on a shared board
 * comes into that board, for everyone, as one step (`addItems`: one undo).
 */
export function roomLibrary(options: {
  repo: BoardRepository;
  current: () => Board;
  notify: (text: string, tone?: 'info' | 'error') => void;
  /** Adds items to the shared board as one command; false (and a message) when refused. */
  addItems: (items: readonly Item[]) => boolean;
  go?: (url: string) => void;
}): BoardLibrary {
  const { repo, current, notify, addItems } = options;
  const go = options.go ?? ((url: string) => location.assign(url));
  const now = () => new Date().toISOString();

  const guarded = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      notify(`${name} failed: ${describeStorageError(error)}.`, 'error');
    }
  };
  const openHere = async (id: string, message?: string) => {
    await repo.rememberLastBoard(id);
    if (message) carryNotice(message);
    go('/');
  };
  const saveNew = async (board: Board, message: string) => {
    await repo.save(board.id, boardWrite(board, null), 0);
    await openHere(board.id, message);
  };
  /** Nothing to settle here: a shared board keeps no unsaved edits of its own on the page. */
  const settled = () => Promise.resolve();

  return {
    list: () => repo.list(),
    create: (from) => guarded('New board', () => saveNew(from === 'blank' ? createBlankBoard(now()) : createSampleBoard(now()), 'Started a new board in this browser. The shared board is under Boards.')),
    resetSample: async () => notify('A shared board is everyone’s, so it is not reset. Boards ▾ → New board from sample opens a fresh sample of your own.'),
    duplicate: () =>
      guarded('Duplicate board', async () => {
        const copy = asDuplicate(current(), now());
        await saveNew(copy, `Duplicated the shared board as “${copy.title}”, a board of this browser only.`);
      }),
    open: (id) => guarded('Opening the board', () => openHere(id)),
    remove: (id) =>
      guarded('Deleting the board', async () => {
        const title = (await repo.list()).find((board) => board.id === id)?.title ?? 'the board';
        await repo.remove(id, now());
        notify(`Deleted “${title}”.`);
      }),
    restoreRecovery: settled,
    discardRecovery: settled,
    keepDeletedAsCopy: settled,
    closeDeleted: settled,
    importBoard: async (board, changes = []) => {
      // New ids: the file's may already be on this board (imported twice, or exported from it).
      const items = board.items.map((item) => ({ ...item, id: newId('item') }));
      if (items.length === 0) return notify(`“${board.title}” holds no items: nothing was added.`);
      if (!addItems(items)) return;
      notify(`Added ${items.length} ${items.length === 1 ? 'item' : 'items'} from “${board.title}” to this shared board, for everyone: one step (Undo takes it back).${changes.length > 0 ? ` Changed on the way in: ${changes.join('; ')}.` : ''}`);
    },
    allBoards: async () => {
      const boards: Board[] = [current()];
      for (const summary of await repo.list()) {
        const opened = await openStoredBoard(repo, summary.id);
        if (opened.ok) boards.push(opened.board);
      }
      return boards;
    },
    // A shared board is in its room already.
    moveToRoom: settled,
    addBoards: (boards) =>
      guarded('Import', async () => {
        for (const board of boards) await repo.save(board.id, boardWrite(board, null), 0);
      }),
  };
}
