import type { Board } from '../../model/types';
import { diffBoards, sameValue, type ItemField } from '../../model/changes';

/** An item field this device changed while offline, and the value it gave it. */
export interface OfflineEdit {
  readonly id: string;
  readonly field: ItemField;
  readonly mine: unknown;
}

/** After reconnecting, edits that stood are watched this long: another device back later may still overwrite them. */
export const watchAfterMs = 2 * 60_000;

/**
 * Edits made while offline, checked once the room is reached again: an edit whose value the
 * board no longer holds was overwritten by someone else's change (Yjs keeps one of two
 * concurrent writes). Those that stood are watched a while longer: someone who was offline
 * too may come back later with a change that wins.
 */
export function offlineEdits(now: () => number = Date.now) {
  const edits = new Map<string, OfflineEdit>();
  let watchUntil = 0;
  const overwritten = (board: Board): OfflineEdit[] => {
    const items = new Map(board.items.map((item) => [item.id, item]));
    const lost: OfflineEdit[] = [];
    for (const [key, edit] of edits) {
      const item = items.get(edit.id);
      if (item === undefined || sameValue(item[edit.field], edit.mine)) continue;
      lost.push(edit);
      edits.delete(key);
    }
    return lost;
  };
  return {
    /** A local change while offline: its item fields are remembered (the last value of each). */
    changed(before: Board, after: Board): void {
      for (const change of diffBoards(before, after)) {
        if (change.op === 'setItem') edits.set(`${change.id}\u0000${change.field}`, { id: change.id, field: change.field, mine: change.to });
      }
    },
    /** Back in the room, caught up: the edits that did not stand; those that did are watched (`remote`). */
    lost(board: Board): OfflineEdit[] {
      watchUntil = now() + watchAfterMs;
      return overwritten(board);
    },
    /** A remote change while edits are watched: those it overwrote. After the watch, nothing is kept. */
    remote(board: Board): OfflineEdit[] {
      if (edits.size === 0 || watchUntil === 0) return [];
      if (now() > watchUntil) {
        edits.clear();
        return [];
      }
      return overwritten(board);
    },
    /** A change of my own to a watched field: mine again, nothing to tell. */
    forget(before: Board, after: Board): void {
      for (const change of diffBoards(before, after)) if (change.op === 'setItem') edits.delete(`${change.id}\u0000${change.field}`);
    },
    get size() {
      return edits.size;
    },
  };
}
