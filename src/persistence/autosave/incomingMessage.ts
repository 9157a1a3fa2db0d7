import type { BoardMessage } from './boardChannel';

/** What this tab knows when another tab's message arrives. */
export interface TabState {
  readonly boardId: string;
  /** The stored revision this tab's board is based on. */
  readonly baseRevision: number;
  /** This tab has changes not yet written. */
  readonly dirty: boolean;
  /** An item is being dragged here. */
  readonly dragging: boolean;
}

export type Incoming = 'ignore' | 'deleted' | 'adopt' | 'conflict';

/**
 * The conflict rule: another board's news, an old or malformed revision are ignored; a newer
 * save is adopted when this tab has nothing unsaved and nothing in hand, else it is a conflict
 * the user settles.
 */
export function incomingMessage(message: BoardMessage | null | undefined, tab: TabState): Incoming {
  if (message?.boardId !== tab.boardId) return 'ignore';
  if (message.type === 'deleted') return 'deleted';
  if (message.type !== 'saved' || !Number.isSafeInteger(message.revision) || message.revision <= tab.baseRevision) return 'ignore';
  return !tab.dirty && !tab.dragging ? 'adopt' : 'conflict';
}
