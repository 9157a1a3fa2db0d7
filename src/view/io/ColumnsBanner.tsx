import { useId } from 'react';
import { parseItemsTable } from '../../io/parseItemsTable';
import { matchRows } from '../../io/matchRows';
import { readAgain } from '../../io/readAgain';
import { columns, type Column } from '../../io/columns';
import { describeTableReading } from '../../io/describeTable';
import type { Item } from '../../model/types';
import { useActions, useApp } from '../../store/useStore';
import './guides.css';

const columnNames: Readonly<Record<Column, string>> = { label: 'Label', kind: 'Kind', interactivity: 'Interactivity', need: 'Need', weight: 'Weight', reach: 'Reach', notes: 'Notes' };

/**
 * After a table came in with columns it did not read: names them ("Not used: Price, Notes 2")
 * and lets the user assign each to a column. The table is read again with that assignment and
 * its items are replaced in place as one undo step; an assignment that leaves a row unreadable
 * changes nothing and says why.
 */
export function ColumnsBanner() {
  const actions = useActions();
  const reading = useApp((s) => s.session.scaleReading);
  const board = useApp((s) => s.doc.board);
  const id = useId();
  if (!reading || reading.boardId !== board.id || reading.unused.length === 0) return null;
  const assign = (index: number, column: Column | null) => {
    const next = { ...reading.assign, [index]: column };
    const table = parseItemsTable(reading.text, undefined, { scale: reading.scale ?? undefined, assign: next });
    const matched = matchRows(table, reading.ids, reading.rows);
    if (!matched.ok) {
      actions.notify(`Read that way, some rows do not fit (${matched.problems.slice(0, 3).join('; ')}). Nothing changed.`, 'error');
      return;
    }
    // Only what the columns involved hold is read again (the one assigned now, and what it was
    // read as before); the rest of each item stays as it is now, edits and moves included.
    // The banner lists columns that came in unread: before, this one was read as the user last assigned it, or not at all.
    const before = reading.assign[index] ?? null;
    const involved = new Set([column, before].filter((c): c is Column => c !== null));
    const current = new Map(board.items.map((item) => [item.id, item]));
    const items = reading.ids.flatMap((itemId): Item[] => {
      const now = current.get(itemId);
      return now ? [readAgain(now, matched.byId.get(itemId)!, involved)] : [];
    });
    if (items.length === 0 || actions.dispatch({ type: 'replaceItems', items })) {
      actions.setScaleReading({ ...reading, assign: next, scale: table.positionScale ?? reading.scale });
      const still = describeTableReading(table);
      actions.notify(`Read the table again${still.length > 0 ? `. ${still.join('. ')}` : ''}. Undo takes it back.`);
    }
  };
  return (
    <div className="banner banner-columns" role="group" aria-label="Columns not used">
      <span>Not used: {reading.unused.map((column) => column.header).join(', ')}.</span>
      {reading.unused.map((column) => (
        <span key={column.index} className="column-pick">
          <label htmlFor={`${id}-${column.index}`}>Read “{column.header}” as</label>
          <select id={`${id}-${column.index}`} value={reading.assign[column.index] ?? ''} onChange={(event) => assign(column.index, (event.target.value || null) as Column | null)}>
            <option value="">not read</option>
            {columns.map((name) => (
              <option key={name} value={name}>{columnNames[name]}</option>
            ))}
          </select>
        </span>
      ))}
      <button type="button" onClick={() => actions.setScaleReading(null)}>Done</button>
    </div>
  );
}
