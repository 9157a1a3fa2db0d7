import type { Item } from '../model/types';
import { conceptTag } from '../model/concept';
import { markGuessed } from '../model/guessedPosition';
import type { Column } from './columns';

/**
 * An item with what `columns` hold taken from its row read again (`read`), everything else as
 * it is now (a move, an edit, its colour, its attractors). A position read again is a real one:
 * the "not placed by anyone" mark goes.
 */
export function readAgain(now: Item, read: Item, columns: ReadonlySet<Column>): Item {
  let next: Item = now;
  if (columns.has('label')) next = { ...next, label: read.label };
  if (columns.has('notes')) next = { ...next, notes: read.notes };
  if (columns.has('weight')) next = { ...next, weight: read.weight };
  if (columns.has('interactivity') || columns.has('need')) {
    next = { ...next, position: read.position, tags: markGuessed(next.tags, false) };
  }
  if (columns.has('kind')) {
    const concept = read.tags.includes(conceptTag);
    const tags = concept ? [...new Set([...next.tags, conceptTag])] : next.tags.filter((tag) => tag !== conceptTag);
    next = { ...next, kind: read.kind, reach: read.kind === 'persona' ? (next.reach ?? read.reach) : null, colour: read.kind === now.kind && !concept ? now.colour : read.colour, tags };
  }
  if (columns.has('reach') && next.kind === 'persona') next = { ...next, reach: read.reach };
  return next;
}
