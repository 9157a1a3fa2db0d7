import type { Board } from '../../model/types';
import type { Envelope } from '../../schema/format';
import { toDocument } from '../../schema/parseDocument';
import type { SaveRepository } from './SaveRepository';

export type SaveResult =
  /** Written as `revision`; `board` and `document` carry the one `updatedAt` used everywhere. */
  | { readonly kind: 'saved'; readonly revision: number; readonly board: Board; readonly document: Envelope }
  /** Storage moved on to `revision` (another tab saved): nothing written. */
  | { readonly kind: 'stale'; readonly revision: number; readonly document: unknown }
  /** Another tab deleted the board: nothing written. */
  | { readonly kind: 'deleted' };

/**
 * The revision check: one write of `board`, stamped once with `updatedAt`, only if storage is
 * still at `base`. Throws what storage throws (the caller retries).
 */
export async function saveBoard(repo: SaveRepository, board: Board, base: number, writer: string, updatedAt: string): Promise<SaveResult> {
  const stamped: Board = { ...board, updatedAt };
  const document = toDocument(stamped);
  const outcome = await repo.save(board.id, document, base, writer);
  if (outcome.ok) return { kind: 'saved', revision: outcome.revision, board: stamped, document };
  if ('deleted' in outcome) return { kind: 'deleted' };
  return { kind: 'stale', revision: outcome.stale.revision, document: outcome.stale.document };
}
