import { useEffect } from 'react';
import { formatBytes, maxImportBytes } from '../../io/importedBoard';
import { parseItemsTable } from '../../io/parseItemsTable';
import { isRatingScale, scaleName, scaleStep } from '../../io/positionScale';
import { describeTableChanges, describeTableReading, problemLines } from '../../io/describeTable';
import { summarise } from '../../io/summarise';
import { limits } from '../../model/rules';
import type { Actions } from '../../store/actions';
import type { AppState } from '../../store/appState';
import type { Store } from '../../store/createStore';
import { keyBelongsElsewhere } from '../useShortcuts';

/**
 * Ctrl/Cmd+V outside a text field: rows from a spreadsheet (or one label per line) join the
 * current board as one undo step; rows without a position wait in the "to place" tray.
 * Whatever does not come in, or comes in changed, is said.
 */
export function usePasteItems(store: Store<AppState>, actions: Actions) {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (keyBelongsElsewhere(event.target) || store.getState().session.drag) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      // A survey's ratings go to the survey dialog (loaded with it); anything else is items.
      void import('../../survey/looksLikeSurvey').then(
        ({ looksLikeSurvey }) => (looksLikeSurvey(text) ? actions.openSurvey({ name: 'Pasted survey', bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }) : pasteItems(text)),
        () => pasteItems(text),
      );
    };
    const pasteItems = (text: string) => {
      if (text.length > maxImportBytes) {
        actions.notify(`The paste is ${formatBytes(text.length)}; pastes over ${formatBytes(maxImportBytes)} are not read. Nothing changed.`, 'error');
        return;
      }
      const room = limits.items - store.getState().doc.board.items.length;
      const table = parseItemsTable(text, room);
      const notAdded = [...describeTableChanges({ changes: [], leftOut: table.leftOut }), ...problemLines(table.problems, 'row')];
      const changed = describeTableChanges({ changes: table.changes, leftOut: 0 });
      if (table.items.length === 0) {
        actions.notify(`Nothing was added from the paste${notAdded.length ? `: ${summarise(notAdded)}` : ''}.`, 'error');
        return;
      }
      if (!actions.dispatch({ type: 'addItems', items: table.items })) return;
      const { positionScale, unused } = table;
      const rating = positionScale !== null && isRatingScale(positionScale);
      actions.setScaleReading(rating || unused.length > 0 ? { boardId: store.getState().doc.board.id, text, ids: table.items.map((item) => item.id), rows: table.rows, scale: positionScale, rated: rating, assign: {}, unused } : null);
      const added = `Added ${table.items.length} ${table.items.length === 1 ? 'item' : 'items'} from the paste.`;
      const step = rating ? scaleStep(positionScale) : null;
      const reading = [
        ...describeTableReading(table),
        ...(step && Math.abs(store.getState().doc.board.gapSettings.coverage - step) > 0.0005 ? [`One step of the ${scaleName(positionScale!)} scale is ${Math.round(step * 100)} % of the map's width; the bar above sets the coverage radius to it`] : []),
      ];
      const aside = reading.length > 0 ? ` ${reading.join('. ')}.` : '';
      const changes = changed.length > 0 ? ` Changed: ${changed.join('; ')}.` : '';
      if (notAdded.length === 0) actions.notify(`${added}${aside}${changes} Undo removes them.`, changed.length > 0 ? 'error' : 'info');
      else actions.notify(`${added}${aside}${changes} Not added: ${summarise(notAdded)}.`, 'error');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [store, actions]);
}
