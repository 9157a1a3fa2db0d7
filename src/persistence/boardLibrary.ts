import type { Board } from '../model/types';
import { createBlankBoard } from '../model/board';
import { createSampleBoard } from '../model/sampleBoard';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { asDuplicate } from '../io/importedBoard';
import { summarise } from '../io/summarise';
import type { Actions } from '../store/actions';
import type { AppState } from '../store/appState';
import type { Store } from '../store/createStore';
import type { Autosave } from './startAutosave';
import type { BoardRepository, BoardSummary } from './boardRepository';

export interface BoardLibrary {
  list(): Promise<BoardSummary[]>;
  create(from: 'blank' | 'sample'): Promise<void>;
  duplicate(): Promise<void>;
  open(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Opens a board read from a file as a new board; the current one stays as it is. `changes`: what came in changed, to tell. */
  importBoard(board: Board, changes?: readonly string[]): Promise<void>;
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
      actions.notify(`${name} failed: storage is unavailable (${error instanceof Error ? error.message : String(error)}).`, 'error');
    }
  };

  /** Saves the board being left; false (and a message) when it could not be saved, so nothing is lost by leaving. */
  const leave = async (): Promise<boolean> => {
    await autosave.flush();
    if (autosave.isSaved()) return true;
    actions.notify('This board could not be saved, so it stays open (nothing is lost). Export it as JSON to keep a copy.', 'error');
    return false;
  };

  const show = async (board: Board, revision: number) => {
    autosave.switchTo(board, revision);
    actions.replaceBoard(board);
    await repo.rememberLastBoard(board.id);
  };

  /** Writes a board never saved before and shows it. */
  const showNew = async (board: Board) => {
    const outcome = await repo.save(board.id, toDocument(board), 0);
    await show(board, outcome.ok ? outcome.revision : 0);
  };

  const openNew = async (board: Board, message: string) => {
    if (!(await leave())) return;
    await showNew(board);
    actions.notify(message);
  };

  /** Reads a stored board; null (and a message) when it is gone or unreadable. */
  const load = async (id: string): Promise<{ board: Board; revision: number } | null> => {
    const stored = await repo.load(id);
    const parsed = stored ? parseDocument(stored.document) : null;
    if (!stored || !parsed?.ok) {
      actions.notify(`That board could not be opened${parsed && !parsed.ok ? `: ${parsed.errors[0]}` : ': it no longer exists'}.`, 'error');
      return null;
    }
    return { board: parsed.board, revision: stored.revision };
  };

  const open = async (id: string) => {
    if (id === current().id || !(await leave())) return;
    const found = await load(id);
    if (found) await show(found.board, found.revision);
  };

  return {
    list: () => repo.list(),
    create: (from) =>
      guarded('New board', () =>
        from === 'blank'
          ? openNew(createBlankBoard(now()), 'Started a new blank board. Your other boards are under Boards.')
          : openNew(createSampleBoard(now()), 'Started a new board from the sample.'),
      ),
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
          if (next) await show(next.board, next.revision);
          else await showNew(createBlankBoard(now()));
        }
        await repo.remove(id);
        actions.notify(`Deleted “${title}”.`);
      }),
    importBoard: (board, changes = []) =>
      guarded('Import', () =>
        openNew(
          board,
          `Imported “${board.title}” as a new board (${board.items.length} items). Your other boards are under Boards.${changes.length > 0 ? ` Changed on the way in: ${summarise(changes)}.` : ''}`,
        ),
      ),
  };
}
