import type { Board } from '../model/types';
import { createBlankBoard } from '../model/board';
import { createSampleBoard } from '../model/sampleBoard';
import { parseDocument, toDocument } from '../schema/parseDocument';
import { asDuplicate } from '../io/importedBoard';
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
  /** Opens a board read from a file as a new board; the current one stays as it is. */
  importBoard(board: Board): Promise<void>;
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

  const show = async (board: Board, revision: number) => {
    autosave.switchTo(board, revision);
    actions.replaceBoard(board);
    await repo.rememberLastBoard(board.id);
  };

  const openNew = async (board: Board, message: string) => {
    await autosave.flush();
    const outcome = await repo.save(board.id, toDocument(board), 0);
    await show(board, outcome.ok ? outcome.revision : 0);
    actions.notify(message);
  };

  const open = async (id: string): Promise<boolean> => {
    if (id === current().id) return true;
    await autosave.flush();
    const stored = await repo.load(id);
    const parsed = stored ? parseDocument(stored.document) : null;
    if (!stored || !parsed?.ok) {
      actions.notify(`That board could not be opened${parsed && !parsed.ok ? `: ${parsed.errors[0]}` : ': it no longer exists'}.`, 'error');
      return false;
    }
    await show(parsed.board, stored.revision);
    return true;
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
    open: (id) => guarded('Opening the board', async () => void (await open(id))),
    remove: (id) =>
      guarded('Deleting the board', async () => {
        const all = await repo.list();
        const others = all.filter((b) => b.id !== id);
        const title = id === current().id ? current().title : all.find((b) => b.id === id)?.title ?? 'the board';
        if (id === current().id) {
          const next = others[0];
          if (!next || !(await open(next.id))) await openNew(createBlankBoard(now()), 'Started a new blank board.');
        }
        await repo.remove(id);
        actions.notify(`Deleted “${title}”.`);
      }),
    importBoard: (board) =>
      guarded('Import', () => openNew(board, `Imported “${board.title}” as a new board (${board.items.length} items). Your other boards are under Boards.`)),
  };
}
