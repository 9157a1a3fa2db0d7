import type { Board } from '../model/types';
import { createBlankBoard } from '../model/board';
import { createSampleBoard, isSampleBoard } from '../model/sampleBoard';
import { boardWrite } from './storedRecords';
import { openStoredBoard, type Recovery } from './openStoredBoard';
import { asDuplicate, withSuffix } from '../io/importedBoard';
import { summarise } from '../io/summarise';
import type { Actions } from '../store/actions';
import type { AppState } from '../store/appState';
import type { Store } from '../store/createStore';
import type { Autosave } from './startAutosave';
import { describeStorageError } from './indexedDb';
import type { BoardRepository, BoardSummary } from './boardRepository';

export interface BoardLibrary {
  list(): Promise<BoardSummary[]>;
  create(from: 'blank' | 'sample'): Promise<void>;
  /** The open sample board, back as it was: a fresh copy opens and the changed one is deleted. */
  resetSample(): Promise<void>;
  duplicate(): Promise<void>;
  open(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Unsaved edits from an earlier visit (`session.recovery`): open them as a new board, or drop them. */
  restoreRecovery(): Promise<void>;
  discardRecovery(): Promise<void>;
  /** The open board was deleted in another tab: keep it as a new board, or close it unsaved. */
  keepDeletedAsCopy(): Promise<void>;
  closeDeleted(): Promise<void>;
  /** Opens a board read from a file as a new board; the current one stays as it is. `changes`: what came in changed, to tell. */
  importBoard(board: Board, changes?: readonly string[]): Promise<void>;
  /** Every board in this browser, the open one as it is now; boards that cannot be read are left out. */
  allBoards(): Promise<Board[]>;
  /** Saves boards from a file of all boards as new boards beside the others; the open board stays open. */
  addBoards(boards: readonly Board[]): Promise<void>;
  /**
   * The open board, saved first, was put in a room on the server: it leaves this browser's
   * boards (other tabs are told, as for a deletion) and is listed as shared from now on.
   */
  moveToRoom(): Promise<void>;
}

/**
 * Several boards, each saved on its own: creating, duplicating, importing, switching and
 * deleting. Every switch first saves the board being left, then points autosave at the next.
 */
export function createBoardLibrary(options: {
  store: Store<AppState>;
  actions: Actions;
  autosave: Autosave;
  repo: BoardRepository;
  now?: () => string;
}): BoardLibrary {
  const { store, actions, autosave, repo } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const current = () => store.getState().doc.board;

  /** Runs a board operation unless a conflict is pending; storage failures become a message. */
  const guarded = async (name: string, run: () => Promise<void>): Promise<void> => {
    if (store.getState().session.conflict) {
      actions.notify('First settle the conflict with the other tab (banner above); then switch boards.', 'error');
      return;
    }
    try {
      await run();
    } catch (error) {
      actions.notify(`${name} failed: ${describeStorageError(error)}.`, 'error');
    }
  };

  /** Saves the board being left; false (and a message) when it could not be saved, so nothing is lost by leaving. */
  const leave = async (): Promise<boolean> => {
    if (store.getState().session.deletedElsewhere) {
      actions.notify('This board was deleted in another tab: first keep a copy or close it (banner above).', 'error');
      return false;
    }
    await autosave.flush();
    if (autosave.isSaved()) return true;
    actions.notify('This board could not be saved, so it stays open (nothing is lost). Export it as JSON to keep a copy.', 'error');
    return false;
  };

  const show = async (board: Board, revision: number, opened?: { messages: readonly string[]; recovery: Recovery | null; exact: boolean }) => {
    autosave.switchTo(board, revision, opened?.exact ?? true);
    actions.replaceBoard(board);
    if (opened?.recovery) actions.setRecovery(opened.recovery);
    if (opened && opened.messages.length > 0) actions.notify(opened.messages.join(' '), 'error');
    await repo.rememberLastBoard(board.id);
  };

  /** Writes a board never saved before and shows it. */
  const showNew = async (board: Board) => {
    const outcome = await repo.save(board.id, boardWrite(board, null), 0);
    await show(board, outcome.ok ? outcome.revision : 0);
  };

  const openNew = async (board: Board, message: string) => {
    if (!(await leave())) return;
    await showNew(board);
    actions.notify(message);
  };

  /** Reads a stored board, settling edits left pending; null (and a message) when it is gone or unreadable. */
  const load = async (id: string) => {
    const opened = await openStoredBoard(repo, id);
    if (!opened.ok) {
      actions.notify(`That board could not be opened: ${opened.problem ?? 'it no longer exists'}.`, 'error');
      return null;
    }
    return opened;
  };

  const open = async (id: string) => {
    if (id === current().id || !(await leave())) return;
    const found = await load(id);
    if (found) await show(found.board, found.revision, found);
  };

  /** Shows the most recent other board, or a new blank one; the open board is not saved first. */
  const showAnother = async (except: string) => {
    const others = (await repo.list()).filter((b) => b.id !== except);
    const next = others[0] ? await load(others[0].id) : null;
    if (next) await show(next.board, next.revision, next);
    else await showNew(createBlankBoard(now()));
  };

  return {
    list: () => repo.list(),
    create: (from) =>
      guarded('New board', () =>
        from === 'blank'
          ? openNew(createBlankBoard(now()), 'Started a new blank board. Your other boards are under Boards.')
          : openNew(createSampleBoard(now()), 'Started a new board from the sample.'),
      ),
    resetSample: () =>
      guarded('Resetting the sample', async () => {
        const old = current();
        if (!isSampleBoard(old) || !(await leave())) return;
        await showNew(createSampleBoard(now()));
        await repo.remove(old.id, now());
        autosave.announceDeleted(old.id);
        actions.notify('The sample is back as it was. Your changes to it are gone.');
      }),
    duplicate: () =>
      guarded('Duplicate board', async () => {
        const copy = asDuplicate(current(), now());
        await openNew(copy, `Duplicated. You are now working on “${copy.title}”.`);
      }),
    open: (id) => guarded('Opening the board', () => open(id)),
    remove: (id) =>
      guarded('Deleting the board', async () => {
        const all = await repo.list();
        const others = all.filter((b) => b.id !== id);
        const title = id === current().id ? current().title : all.find((b) => b.id === id)?.title ?? 'the board';
        // The board being deleted may fail to save: it is left anyway (after any write in flight).
        if (id === current().id) {
          await autosave.flush();
          const next = others[0] ? await load(others[0].id) : null;
          if (next) await show(next.board, next.revision, next);
          else await showNew(createBlankBoard(now()));
        }
        await repo.remove(id, now());
        autosave.announceDeleted(id);
        actions.notify(`Deleted “${title}”.`);
      }),
    restoreRecovery: () =>
      guarded('Restoring the unsaved changes', async () => {
        const recovery = store.getState().session.recovery;
        if (!recovery) return;
        const copy = { ...asDuplicate(recovery.board, now()), title: withSuffix(recovery.board.title, ' (restored)') };
        if (!(await leave())) return;
        await showNew(copy);
        await repo.discardPending(recovery.boardId);
        actions.notify(`Restored the unsaved changes as a new board, “${copy.title}”. The board they were made on is under Boards, as it was stored.`);
      }),
    discardRecovery: () =>
      guarded('Discarding the unsaved changes', async () => {
        const recovery = store.getState().session.recovery;
        if (!recovery) return;
        await repo.discardPending(recovery.boardId);
        actions.setRecovery(null);
        actions.notify('Discarded the unsaved changes.');
      }),
    keepDeletedAsCopy: () =>
      guarded('Keeping a copy', async () => {
        const deleted = current().id;
        const copy = asDuplicate(current(), now());
        await showNew(copy);
        await repo.discardPending(deleted);
        actions.notify(`Kept a copy of the deleted board: you are now working on “${copy.title}”.`);
      }),
    closeDeleted: () =>
      guarded('Closing the deleted board', async () => {
        const deleted = current().id;
        await showAnother(deleted);
        await repo.discardPending(deleted);
        actions.notify('Closed the board deleted in another tab.');
      }),
    allBoards: async () => {
      await autosave.flush();
      const boards: Board[] = [];
      for (const summary of await repo.list()) {
        if (summary.id === current().id) boards.push(current());
        else {
          const opened = await openStoredBoard(repo, summary.id);
          if (opened.ok) boards.push(opened.board);
        }
      }
      return boards;
    },
    addBoards: (boards) =>
      guarded('Import', async () => {
        for (const board of boards) await repo.save(board.id, boardWrite(board, null), 0);
      }),
    moveToRoom: async () => {
      // Saved first, then no more saving here: the page goes to the room next.
      const { id } = current();
      await autosave.flush();
      autosave.announceDeleted(id);
      autosave.destroy();
      await repo.remove(id, now());
    },
    importBoard: (board, changes = []) =>
      guarded('Import', () =>
        openNew(
          board,
          `Imported “${board.title}” as a new board (${board.items.length} items). Your other boards are under Boards.${changes.length > 0 ? ` Changed on the way in: ${summarise(changes)}.` : ''}`,
        ),
      ),
  };
}
