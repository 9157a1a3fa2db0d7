import { limits } from '../model/rules';
import type { ItemsTable, RowProblem } from './parseItemsTable';

/** "rows 2, 5 and 9" */
function rowList(rows: readonly number[], shown = 8): string {
  const listed = rows.slice(0, shown);
  const more = rows.length - listed.length;
  const words = more > 0 ? [...listed.map(String), `${more} more`] : listed.map(String);
  const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0] ?? '';
  return `${rows.length === 1 ? 'row' : 'rows'} ${text}`;
}

/**
 * What a table brought in changed or could not bring in, as sentences for the user: rows
 * left out past the board's room, labels cut, control characters removed (how many, in
 * which rows). Bad rows are listed by the caller.
 */
export function describeTableChanges(table: Pick<ItemsTable, 'changes' | 'leftOut'>): string[] {
  const said: string[] = [];
  if (table.leftOut > 0) {
    said.push(`${table.leftOut} ${table.leftOut === 1 ? 'row was' : 'rows were'} left out: a board holds at most ${limits.items.toLocaleString('en')} items`);
  }
  const cut = table.changes.filter((c) => c.cutFrom !== null);
  if (cut.length > 0) said.push(`${cut.length === 1 ? 'a label was' : `${cut.length} labels were`} cut to the limit of ${limits.label} characters (${rowList(cut.map((c) => c.row))})`);
  const cleaned = table.changes.filter((c) => c.removed > 0);
  if (cleaned.length > 0) {
    const total = cleaned.reduce((sum, c) => sum + c.removed, 0);
    said.push(`${total} control ${total === 1 ? 'character was' : 'characters were'} removed (${rowList(cleaned.map((c) => c.row))})`);
  }
  return said;
}

/**
 * What a table's reader left aside that the user should know, as sentences: the columns it
 * did not read ("Not used: Price, Notes 2") and the rows that wait in the tray, with what
 * they lack.
 */
export function describeTableReading(table: Pick<ItemsTable, 'unused' | 'waiting' | 'unreadColumns'>): string[] {
  const said: string[] = [];
  if (table.unreadColumns > 0) {
    said.push(`No header row: only the first column was read, as names; ${table.unreadColumns} more ${table.unreadColumns === 1 ? 'column was' : 'columns were'} not (a first row such as "label, interactivity, need" reads them)`);
  }
  if (table.unused.length > 0) said.push(`Not used: ${table.unused.map((column) => column.header).join(', ')}`);
  if (table.waiting.length > 0) {
    const byReason = new Map<string, number[]>();
    for (const { row, missing } of table.waiting) byReason.set(missing, [...(byReason.get(missing) ?? []), row]);
    for (const [missing, rows] of byReason) {
      const why = missing === 'no interactivity or need column' ? 'as the table has no interactivity or need column' : `with ${missing} (${rowList(rows)})`;
      said.push(`${rows.length} ${rows.length === 1 ? 'item waits' : 'items wait'} in the tray to be placed (drag ${rows.length === 1 ? 'it' : 'them'} onto the map), ${why}`);
    }
  }
  return said;
}

export const problemLines = (problems: readonly RowProblem[], word = 'Row') => problems.map((p) => `${word} ${p.row}: ${p.reason}`);
