import type { Board } from './types';
import { applyChanges, diffBoards, type Change } from './changes';

/** A field both sides changed, named for the people who lose it: "“Moka pot”'s name". */
export interface Replaced {
  readonly itemLabel: string | null;
  readonly field: string;
}

/**
 * "Keep mine" after a conflict: their board with my changes laid on top, change by change
 * (item by item, field by field). A field both of us changed takes mine; each such field is
 * listed, so the other side can be told its change was replaced. Items they added stay;
 * items I deleted go, unless they changed them since (then theirs stays).
 */
export function mergeMine(base: Board, mine: Board, theirs: Board): { board: Board; replaced: Replaced[] } {
  const myChanges = diffBoards(base, mine);
  const theirChanges = diffBoards(base, theirs);
  const touched = new Set(theirChanges.flatMap(keyOf));
  const replaced: Replaced[] = [];
  for (const change of myChanges) {
    // The most precise key: the same field of the same item, or the same leaf of the board.
    const key = keyOf(change)[0];
    if (key === undefined || !touched.has(key)) continue;
    if (change.op === 'setItem') replaced.push({ itemLabel: theirs.items.find((item) => item.id === change.id)?.label ?? null, field: change.field });
    else if (change.op === 'setBoard') replaced.push({ itemLabel: null, field: change.path.join(' ') });
  }
  // Mine over theirs: a field is set whatever they made of it; a removal of an item they edited is left out.
  const { board } = applyChanges(theirs, myChanges.filter((change) => !(change.op === 'removeItem' && touched.has(`item:${change.item.id}`))));
  return { board, replaced };
}

/** What a change touches, as keys two changes share when they touch the same thing. */
function keyOf(change: Change): string[] {
  switch (change.op) {
    case 'setItem':
      return [`${change.id}.${change.field}`, `item:${change.id}`];
    case 'removeItem':
    case 'insertItem':
      return [`item:${change.item.id}`];
    case 'setBoard':
      return [`board.${change.path.join('.')}`];
    default:
      return [];
  }
}

/** "Your change to “Moka pot”'s name was replaced by another tab's." */
export function describeReplaced(replaced: readonly Replaced[]): string {
  if (replaced.length === 0) return '';
  const words: Record<string, string> = { label: 'name', position: 'position', colour: 'colour', notes: 'notes', weight: 'size', reach: 'reach', tags: 'tags', kind: 'kind' };
  const parts = replaced.map((r) => (r.itemLabel !== null ? `“${r.itemLabel}”'s ${words[r.field] ?? r.field}` : `the board's ${r.field}`));
  return `Your change to ${[...new Set(parts)].join(', ')} was replaced by another tab's ("Keep mine" there).`;
}
