import { csvFormatRows } from 'd3-dsv';
import type { Board } from '../model/types';
import { columns } from './columns';
import { guardFormula } from './readCell';
import { isConcept } from '../model/concept';

/**
 * The board's items as CSV with the headers the import reads. Positions and reach are
 * written as 0–1 (all ≤ 1, so the import reads them back as 0–1); an unplaced item has
 * empty positions and goes back to the tray.
 */
export function itemsToCsv(board: Board): string {
  const rows = board.items.map((item) => [
    guardFormula(item.label),
    isConcept(item) ? 'concept' : item.kind,
    item.position ? String(item.position.x) : '',
    item.position ? String(item.position.y) : '',
    String(item.weight),
    item.reach === null ? '' : String(item.reach),
    guardFormula(item.notes),
  ]);
  return `${csvFormatRows([[...columns], ...rows])}\n`;
}
