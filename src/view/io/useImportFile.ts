import { useCallback } from 'react';
import { formatBytes, maxImportBytes } from '../../io/importedBoard';
import { readImportFile } from '../../io/readImportFile';
import { summarise } from '../../io/summarise';
import { isRatingScale } from '../../io/positionScale';
import { useActions } from '../../store/useStore';
import { useLibrary } from '../LibraryContext';
import { useOpenSurvey } from './useOpenSurvey';


/**
 * Imports a chosen or dropped file as a new board (on a shared board: into it, as one step). Too big: refused unread. Unreadable:
 * a message, nothing changes. Partly bad: the user is asked (rest or nothing).
 */
export function useImportFile(): (file: File) => Promise<void> {
  const actions = useActions();
  const library = useLibrary();
  const openSurvey = useOpenSurvey();
  return useCallback(
    async (file: File) => {
      if (/\.(csv|tsv|txt)$/i.test(file.name) && (await isSurvey(file))) return openSurvey(file);
      if (file.size > maxImportBytes) {
        actions.notify(`“${file.name}” is ${formatBytes(file.size)}; files over ${formatBytes(maxImportBytes)} are not imported. Nothing was read or changed.`, 'error');
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        actions.notify(`“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing changed.`, 'error');
        return;
      }
      const result = readImportFile(file.name, bytes, new Date().toISOString());
      if (!result.ok) actions.notify(`“${file.name}” was not imported: ${summarise(result.reasons, 5)}. Nothing changed.`, 'error');
      else if (result.problems.length > 0) actions.setPendingImport({ source: file.name, board: result.board, problems: result.problems, changes: result.changes });
      else {
        await library.importBoard(result.board, result.changes);
        const table = result.table;
        const rating = table?.positionScale != null && isRatingScale(table.positionScale);
        if (table && (rating || table.unused.length > 0)) {
          actions.setScaleReading({ boardId: result.board.id, text: table.text, ids: result.board.items.map((item) => item.id), rows: table.rows, scale: table.positionScale, rated: rating, assign: {}, unused: table.unused });
        }
      }
    },
    [actions, library, openSurvey],
  );
}

/** A table whose first lines look like survey ratings (the reader loads with the first table). */
async function isSurvey(file: File): Promise<boolean> {
  try {
    const [{ looksLikeSurvey }, head] = await Promise.all([import('../../survey/looksLikeSurvey'), file.slice(0, 256 * 1024).text()]);
    return looksLikeSurvey(head);
  } catch {
    return false;
  }
}
