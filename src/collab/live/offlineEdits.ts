import type { Board } from '../../model/types';
import { sameValue, type Change, type ItemField } from '../../model/changes';
import { crossableFields, fingerprint, fitNotes, smallValue, type OfflineNote } from './crossedEdits';

/** An item field this device changed while offline, and the value it gave it. */
export interface OfflineEdit {
  readonly id: string;
  readonly field: ItemField;
  readonly mine: unknown;
}

/** What this device changed offline, as the room is told of it when it is back: see crossedEdits. */
export const offlineNotes = (edits: readonly (OfflineEdit & { readonly base: string })[]): OfflineNote[] =>
  fitNotes(edits.map((edit) => {
    const value = smallValue(edit.mine);
    return { id: edit.id, field: edit.field, base: edit.base, mine: fingerprint(edit.mine), ...(value === undefined ? {} : { value }) };
  }));


/**
 * Edits made while offline, checked once the room is reached again: an edit whose value the
 * board no longer holds was overwritten by someone else's change (Yjs keeps one of two
 * concurrent writes). Those that stood are announced a while (crossedEdits): someone offline
 * too may come back later with a change that wins, and whoever's change mine replaced is told.
 */
export function offlineEdits() {
  const edits = new Map<string, OfflineEdit & { readonly base: string }>();
  return {
    /** A local change while offline: its item fields are remembered (the last value of each). */
    changed(changes: readonly Change[]): void {
      for (const change of changes) {
        if (change.op !== 'setItem' || !crossableFields.has(change.field)) continue;
        const key = `${change.id}\u0000${change.field}`;
        // The value it had before my first change offline: what I had seen of others' changes.
        const base = edits.get(key)?.base ?? fingerprint(change.from);
        edits.set(key, { id: change.id, field: change.field, mine: change.to, base });
      }
    },
    /** All of them, now (read before `lost`). */
    all(): (OfflineEdit & { readonly base: string })[] {
      return [...edits.values()];
    },
    /** Back in the room, caught up: the edits that did not stand. All are let go of: the next time offline starts afresh. */
    lost(board: Board): (OfflineEdit & { readonly held: unknown })[] {
      const items = new Map(board.items.map((item) => [item.id, item]));
      const lost: (OfflineEdit & { readonly held: unknown })[] = [];
      for (const edit of edits.values()) {
        const item = items.get(edit.id);
        if (item !== undefined && !sameValue(item[edit.field], edit.mine)) lost.push({ id: edit.id, field: edit.field, mine: edit.mine, held: item[edit.field] });
      }
      edits.clear();
      return lost;
    },
    get size() {
      return edits.size;
    },
  };
}
