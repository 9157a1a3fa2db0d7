import type { Board } from '../model/types';
import { createSampleBoard } from '../model/sampleBoard';
import { parseDocument } from '../schema/parseDocument';
import type { BoardRepository } from './boardRepository';

export interface InitialBoard {
  readonly board: Board;
  /** The stored revision the board came from; 0 when it has never been saved. */
  readonly revision: number;
  /** Why the saved board could not be opened (it is left untouched in storage). */
  readonly problem: string | null;
}

/** Opens the last board, or the sample on a first visit. A corrupt save is reported, never overwritten. */
export async function loadInitialBoard(repo: BoardRepository, now: string): Promise<InitialBoard> {
  const sample = (problem: string | null): InitialBoard => ({ board: createSampleBoard(now), revision: 0, problem });
  let id: string | undefined;
  try {
    id = await repo.lastBoardId();
  } catch (error) {
    return sample(`Local storage is unavailable, so changes will not be kept (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!id) return sample(null);
  const stored = await repo.load(id);
  if (!stored) return sample(null);
  const parsed = parseDocument(stored.document);
  if (!parsed.ok) {
    return sample(`The last board could not be opened and was kept as it was: ${parsed.errors.slice(0, 3).join('; ')}. Showing the sample board instead.`);
  }
  return { board: parsed.board, revision: stored.revision, problem: null };
}
