import type { Board } from '../model/types';
import { sameValue, type Change, type Skipped } from '../model/changes';
import { recordsOf } from '../model/records';

const at = (value: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key]), value);

/**
 * The changes an undo or redo wanted that `board` (read after it) does not hold: Yjs left
 * them out because someone else had changed or deleted what they touch since.
 */
export function skippedChanges(board: Board, wanted: readonly Change[]): Skipped[] {
  const items = new Map(board.items.map((item) => [item.id, item]));
  const zones = new Set(board.pinnedZones.map((zone) => zone.id));
  return wanted.flatMap((change): Skipped[] => {
    switch (change.op) {
      case 'insertItem':
        return items.has(change.item.id) ? [] : [{ change, reason: 'deleted' }];
      case 'removeItem':
        return items.has(change.item.id) ? [{ change, reason: 'changed' }] : [];
      case 'setItem': {
        const item = items.get(change.id);
        if (!item) return [{ change, reason: 'deleted' }];
        return sameValue(item[change.field], change.to) ? [] : [{ change, reason: 'changed' }];
      }
      case 'insertZone':
        return zones.has(change.zone.id) ? [] : [{ change, reason: 'deleted' }];
      case 'removeZone':
        return zones.has(change.zone.id) ? [{ change, reason: 'changed' }] : [];
      case 'setBoard':
        return sameValue(at(board, change.path), change.to) ? [] : [{ change, reason: 'changed' }];
      case 'setRecord': {
        const record = recordsOf(board, change.collection).find((candidate) => candidate.id === change.id) ?? null;
        if (sameValue(record, change.to)) return [];
        return [{ change, reason: record === null ? 'deleted' : 'changed' }];
      }
    }
  });
}
