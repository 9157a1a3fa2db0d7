import type { Board } from '../../model/types';
import { diffBoards, sameValue, type ItemField } from '../../model/changes';

/** An item field this device changed while offline, and the value it gave it. */
export interface OfflineEdit {
  readonly id: string;
  readonly field: ItemField;
  readonly mine: unknown;
}

/**
 * Edits made while offline, checked once the room is reached again: an edit whose value the
 * board no longer holds was overwritten by someone else's change (Yjs keeps one of two
 * concurrent writes); the person is told and may put theirs back.
 */
export function offlineEdits() {
  const edits = new Map<string, OfflineEdit>();
  return {
    /** A local change while offline: its item fields are remembered (the last value of each). */
    changed(before: Board, after: Board): void {
      for (const change of diffBoards(before, after)) {
        if (change.op === 'setItem') edits.set(`${change.id}\u0000${change.field}`, { id: change.id, field: change.field, mine: change.to });
      }
    },
    /** Back in the room, caught up: the edits that did not stand (then forgotten, as those that did). */
    lost(board: Board): OfflineEdit[] {
      const items = new Map(board.items.map((item) => [item.id, item]));
      const lost = [...edits.values()].filter((edit) => {
        const item = items.get(edit.id);
        return item !== undefined && !sameValue(item[edit.field], edit.mine);
      });
      edits.clear();
      return lost;
    },
    get size() {
      return edits.size;
    },
  };
}
