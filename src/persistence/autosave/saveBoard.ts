import type { Board } from '../../model/types';
import type { Change } from '../../model/changes';
import { boardWrite } from '../storedRecords';
import type { SaveRepository } from './SaveRepository';

export type SaveResult =
  /** Written as `revision`; `board` carries the one `updatedAt` used everywhere. */
  | { readonly kind: 'saved'; readonly revision: number; readonly board: Board }
  /** Storage moved on to `revision` (another tab saved): nothing written. */
  | { readonly kind: 'stale'; readonly revision: number; readonly document: unknown }
  /** Another tab deleted the board: nothing written. */
  | { readonly kind: 'deleted' };

/**
 * The revision check: one write of `board`, stamped once with `updatedAt`, only if storage is
 * still at `base`: the records `changes` touched since `base` (null: all of them). Throws what
 * storage throws (the caller retries).
 */
export async function saveBoard(repo: SaveRepository, board: Board, base: number, writer: string, updatedAt: string, changes: readonly Change[] | null = null): Promise<SaveResult> {
  const stamped: Board = { ...board, updatedAt };
  const outcome = await repo.save(board.id, boardWrite(stamped, changes), base, writer);
  if (outcome.ok) return { kind: 'saved', revision: outcome.revision, board: stamped };
  if ('deleted' in outcome) return { kind: 'deleted' };
  return { kind: 'stale', revision: outcome.stale.revision, document: outcome.stale.document };
}
