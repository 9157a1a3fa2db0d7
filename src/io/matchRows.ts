import type { Item } from '../model/types';
import type { ItemsTable } from './parseItemsTable';

/**
 * A table read again, matched to the items it brought the first time by row number (never by
 * position in the list: a row refused the first time may be read the second, or the other
 * way round). Either every item's row is read again, or the rows that are not, with why.
 */
export function matchRows(table: Pick<ItemsTable, 'items' | 'rows' | 'problems'>, ids: readonly string[], rows: readonly number[]): { ok: true; byId: Map<string, Item> } | { ok: false; problems: string[] } {
  const read = new Map(table.rows.map((row, i) => [row, table.items[i]!]));
  const why = new Map(table.problems.map((p) => [p.row, p.reason]));
  const byId = new Map<string, Item>();
  const problems: string[] = [];
  ids.forEach((id, i) => {
    const row = rows[i]!;
    const item = read.get(row);
    if (item) byId.set(id, item);
    else problems.push(`row ${row}: ${why.get(row) ?? 'not read'}`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, byId };
}
