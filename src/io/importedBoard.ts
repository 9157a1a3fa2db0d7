import type { Board, Item } from '../model/types';
import { createBlankBoard } from '../model/board';
import { newId } from '../model/ids';
import { limits } from '../model/rules';

/** Files over this size are refused before they are read (and pastes over it are ignored). */
export const maxImportBytes = 5 * 1024 * 1024;

/** A title with a suffix, cut so the whole stays within the label limit. */
export const withSuffix = (title: string, suffix: string) => `${title.slice(0, limits.label - suffix.length)}${suffix}`;

/** An imported board opens as a new board: its own id, a title that says so, new timestamps. */
export function asImportedBoard(board: Board, now: string): Board {
  return { ...board, id: newId('board'), title: withSuffix(board.title, ' (imported)'), createdAt: now, updatedAt: now };
}

/** A copy to work on beside the original. */
export function asDuplicate(board: Board, now: string): Board {
  return { ...board, id: newId('board'), title: withSuffix(board.title, ' (copy)'), createdAt: now, updatedAt: now };
}

/** A board for the rows of a CSV or TSV file, titled after the file. */
export function boardFromTable(fileName: string, items: readonly Item[], now: string): Board {
  const title = fileName.replace(/\.(csv|tsv|txt)$/i, '').trim() || 'Imported items';
  return { ...createBlankBoard(now, title.slice(0, limits.label)), items };
}

/** "Coffee at home" → "coffee-at-home": a file name that every system accepts. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${stem || 'board'}.${extension}`;
}

/** "6.2 MB" */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
