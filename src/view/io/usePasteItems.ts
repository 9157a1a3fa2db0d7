import { useEffect } from 'react';
import { formatBytes, maxImportBytes } from '../../io/importedBoard';
import { parseItemsTable } from '../../io/parseItemsTable';
import { maxItems } from '../../model/checks';
import type { Actions } from '../../store/actions';
import type { AppState } from '../../store/appState';
import type { Store } from '../../store/createStore';
import { keyBelongsElsewhere } from '../useShortcuts';
import { summarise } from './useImportFile';

/**
 * Ctrl/Cmd+V outside a text field: rows from a spreadsheet (or one label per line) join the
 * current board as one undo step; rows without a position wait in the "to place" tray.
 */
export function usePasteItems(store: Store<AppState>, actions: Actions) {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (keyBelongsElsewhere(event.target) || store.getState().session.drag) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      if (text.length > maxImportBytes) {
        actions.notify(`The paste is ${formatBytes(text.length)}; pastes over ${formatBytes(maxImportBytes)} are not read. Nothing changed.`, 'error');
        return;
      }
      const room = maxItems - store.getState().doc.board.items.length;
      const table = parseItemsTable(text, room);
      const problems = table.problems.map((p) => `row ${p.row}: ${p.reason}`);
      if (table.items.length === 0) {
        actions.notify(`Nothing was added from the paste${problems.length ? `: ${summarise(problems)}` : ''}.`, 'error');
        return;
      }
      if (!actions.dispatch({ type: 'addItems', items: table.items })) return;
      const waiting = table.items.filter((item) => item.position === null).length;
      const added = `Added ${table.items.length} ${table.items.length === 1 ? 'item' : 'items'} from the paste${waiting ? ` (${waiting} to place: drag them from the tray onto the map)` : ''}.`;
      if (problems.length === 0) actions.notify(`${added} Undo removes them.`);
      else actions.notify(`${added} Not added: ${summarise(problems)}.`, 'error');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [store, actions]);
}
