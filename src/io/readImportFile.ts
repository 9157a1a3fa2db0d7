import type { Board } from '../model/types';
import { parseBoardFile } from '../schema/parseBoardFile';
import { asImportedBoard, boardFromTable } from './importedBoard';
import { parseItemsTable } from './parseItemsTable';
import { describeTableChanges, describeTableReading, problemLines } from './describeTable';
import { decodeText } from './decodeText';
import { scaleName, scaleStep, type PositionScale } from './positionScale';

export type ImportFile =
  /** Nothing can come in; `reasons` say why (field paths for boards, row numbers for tables). */
  | { readonly ok: false; readonly reasons: readonly string[] }
  /**
   * A new board to open. `problems`: what was left out (the user chooses: the rest, or
   * nothing). `changes`: what came in changed (text over a limit kept, characters removed).
   */
  | {
      readonly ok: true;
      readonly board: Board;
      readonly problems: readonly string[];
      readonly changes: readonly string[];
      /** A table's text and the scale its positions were read on, so they can be read again on another. */
      readonly table?: {
        readonly text: string;
        readonly positionScale: PositionScale | null;
        readonly unused: readonly { readonly index: number; readonly header: string }[];
        /** The row each item came from, in the board's order. */
        readonly rows: readonly number[];
      };
    };

const isBoardFile = (name: string, text: string) => /\.json$/i.test(name) || (!/\.(csv|tsv|txt)$/i.test(name) && text.trimStart().startsWith('{'));

/** Reads a dropped or chosen file: a P/A Map board (JSON), or items in a CSV/TSV table. Text files only. */
export function readImportFile(name: string, bytes: Uint8Array | string, now: string): ImportFile {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reasons: [decoded.reason] };
  const text = decoded.text;
  if (isBoardFile(name, text)) {
    const result = parseBoardFile(text);
    if (!result.ok) return { ok: false, reasons: result.errors };
    const problems = result.skipped.map((s) => s.errors.join('; '));
    return { ok: true, board: asImportedBoard(result.board, now), problems, changes: result.flags };
  }
  const table = parseItemsTable(text);
  const problems = problemLines(table.problems);
  if (table.items.length === 0) return { ok: false, reasons: problems.length > 0 ? problems : ['the file has no items'] };
  const board = boardFromTable(name, table.items, now);
  // On a rating scale, a product serves about one step of it: the coverage radius starts there.
  const step = table.positionScale && scaleStep(table.positionScale);
  const coverage = step ? Math.round(step * 1000) / 1000 : null;
  const said = [...describeTableReading(table), ...(coverage ? [`coverage radius set to one step of the ${scaleName(table.positionScale!)} scale (${Math.round(coverage * 100)} % of the map's width)`] : [])];
  return {
    ok: true,
    board: coverage ? { ...board, gapSettings: { ...board.gapSettings, coverage } } : board,
    problems,
    changes: [...describeTableChanges(table), ...said],
    table: { text, positionScale: table.positionScale, unused: table.unused, rows: table.rows },
  };
}
