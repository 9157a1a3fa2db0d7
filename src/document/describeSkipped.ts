import type { Skipped } from '../model/changes';
import type { Board } from '../model/types';

const fieldWords: Record<string, string> = { position: 'position', label: 'name', colour: 'colour', notes: 'notes', weight: 'size', reach: 'reach', tags: 'tags', kind: 'kind' };

/**
 * What an undo or redo left out, in a sentence: "Undo left out the name of “Alpha” (changed
 * elsewhere since) and “Beta” (deleted elsewhere)." Empty when nothing was left out.
 */
export function describeSkipped(what: 'Undo' | 'Redo', skipped: readonly Skipped[], board: Board, before: Board): string {
  if (skipped.length === 0) return '';
  const label = (id: string) => `“${(board.items.find((item) => item.id === id) ?? before.items.find((item) => item.id === id))?.label ?? 'an item'}”`;
  const parts = skipped.map(({ change, reason }) => {
    const why = reason === 'deleted' ? 'deleted elsewhere' : reason === 'exists' ? 'already back' : 'changed elsewhere since';
    switch (change.op) {
      case 'setItem':
        return `the ${fieldWords[change.field] ?? change.field} of ${label(change.id)} (${why})`;
      case 'insertItem':
      case 'removeItem':
        return `${label(change.item.id)} (${why})`;
      case 'insertZone':
      case 'removeZone':
        return `the pinned zone “${change.zone.label}” (${why})`;
      case 'setBoard':
        return `the board's ${change.path.join(' ')} (${why})`;
      case 'setRecord':
        return `${change.collection === 'notes' ? 'a note' : 'evidence'} (${why})`;
    }
  });
  return `${what} left out ${[...new Set(parts)].join(', ')}: someone else's change stands.`;
}
