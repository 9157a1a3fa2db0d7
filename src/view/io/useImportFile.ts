import { useCallback } from 'react';
import { formatBytes, maxImportBytes } from '../../io/importedBoard';
import { readImportFile } from '../../io/readImportFile';
import { useActions } from '../../store/useStore';
import { useLibrary } from '../LibraryContext';

/** Lists the first few reasons, then how many more. */
export function summarise(reasons: readonly string[], shown = 3): string {
  const more = reasons.length - shown;
  return reasons.slice(0, shown).join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * Imports a chosen or dropped file as a new board. Too big: refused unread. Unreadable:
 * a message, nothing changes. Partly bad: the user is asked (rest or nothing).
 */
export function useImportFile(): (file: File) => Promise<void> {
  const actions = useActions();
  const library = useLibrary();
  return useCallback(
    async (file: File) => {
      if (file.size > maxImportBytes) {
        actions.notify(`“${file.name}” is ${formatBytes(file.size)}; files over ${formatBytes(maxImportBytes)} are not imported. Nothing was read or changed.`, 'error');
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        actions.notify(`“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing changed.`, 'error');
        return;
      }
      const result = readImportFile(file.name, text, new Date().toISOString());
      if (!result.ok) actions.notify(`“${file.name}” was not imported: ${summarise(result.reasons)}. Nothing changed.`, 'error');
      else if (result.problems.length > 0) actions.setPendingImport({ source: file.name, board: result.board, problems: result.problems });
      else await library.importBoard(result.board);
    },
    [actions, library],
  );
}
