import type { Board } from '../model/types';
import { createSampleBoard } from '../model/sampleBoard';
import type { BoardRepository } from './boardRepository';
import { openStoredBoard, type Recovery } from './openStoredBoard';
import { describeStorageError } from './indexedDb';
import { parseDocument } from '../schema/parseDocument';

export interface InitialBoard {
  readonly board: Board;
  /** The stored revision the board came from; 0 when it has never been saved. */
  readonly revision: number;
  /** Why the saved board could not be opened (it is left untouched in storage). */
  readonly problem: string | null;
  /** What to tell the user about the board that opened. */
  readonly messages: readonly string[];
  readonly recovery: Recovery | null;
  /** False when storage holds more than the board (items the reader left out): the first save writes every record. */
  readonly exact: boolean;
}

/** The start of the boot message when storage cannot be opened (the app opens on the sample board). */
export const storageUnavailable = 'This browser’s storage could not be opened, so changes will not be kept';

const whatToDo = 'To keep your work, use Export → JSON board before you leave. To save again, allow this site to store data (not a private window), close other tabs of P/A Map and reload.';

/** Opens the last board (else the most recent other one), or the sample on a first visit. A corrupt save is reported, never overwritten. */
export async function loadInitialBoard(repo: BoardRepository, now: string): Promise<InitialBoard> {
  const sample = (problem: string | null): InitialBoard => ({ board: createSampleBoard(now), revision: 0, problem, messages: [], recovery: null, exact: true });
  try {
    const id = await repo.lastBoardId();
    let opened = id ? await openStoredBoard(repo, id) : null;
    // The last board is gone (deleted, or moved into a shared board's room): the most recent other one opens.
    if (id && opened && !opened.ok && opened.problem === null) {
      const next = (await repo.list()).find((summary) => summary.id !== id);
      if (next) opened = await openStoredBoard(repo, next.id);
    }
    const initial: InitialBoard = opened?.ok
      ? { board: opened.board, revision: opened.revision, problem: null, messages: opened.messages, recovery: opened.recovery, exact: opened.exact }
      : sample(opened?.problem ? `The last board could not be opened and was kept as it was: ${opened.problem}. Showing the sample board instead.` : null);
    if (initial.recovery) return initial;
    const orphan = await orphanedEdits(repo);
    return orphan ? { ...initial, recovery: orphan } : initial;
  } catch (error) {
    return sample(`${storageUnavailable}: ${describeStorageError(error)}. ${whatToDo}`);
  }
}

/** Edits a tab kept as it closed, on a board another tab had deleted: offered, never dropped unseen. */
async function orphanedEdits(repo: BoardRepository): Promise<Recovery | null> {
  const pending = await repo.pendingOfDeleted();
  const parsed = pending ? parseDocument(pending.document) : null;
  if (!pending || !parsed) return null;
  if (!parsed.ok) {
    await repo.discardPending(pending.boardId);
    return null;
  }
  return { boardId: pending.boardId, savedAt: pending.savedAt, board: parsed.board };
}
