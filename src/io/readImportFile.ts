import type { Board } from '../model/types';
import { parseBoardFile } from '../schema/parseBoardFile';
import { asImportedBoard, boardFromTable } from './importedBoard';
import { parseItemsTable } from './parseItemsTable';

export type ImportFile =
  /** Nothing can come in; `reasons` say why (field paths for boards, row numbers for tables). */
  | { readonly ok: false; readonly reasons: readonly string[] }
  /** A new board to open; `problems` lists what was left out (the user chooses: the rest, or nothing). */
  | { readonly ok: true; readonly board: Board; readonly problems: readonly string[] };

const isBoardFile = (name: string, text: string) => /\.json$/i.test(name) || (!/\.(csv|tsv|txt)$/i.test(name) && text.trimStart().startsWith('{'));

/** Reads a dropped or chosen file's text: a P/A Map board (JSON), or items in a CSV/TSV table. */
export function readImportFile(name: string, text: string, now: string): ImportFile {
  if (isBoardFile(name, text)) {
    const result = parseBoardFile(text);
    if (!result.ok) return { ok: false, reasons: result.errors };
    const problems = result.skipped.map((s) => s.errors.join('; '));
    return { ok: true, board: asImportedBoard(result.board, now), problems };
  }
  const table = parseItemsTable(text);
  const problems = table.problems.map((p) => `Row ${p.row}: ${p.reason}`);
  if (table.items.length === 0) return { ok: false, reasons: problems.length > 0 ? problems : ['the file has no items'] };
  return { ok: true, board: boardFromTable(name, table.items, now), problems };
}
