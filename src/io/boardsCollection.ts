import type { Board } from '../model/types';
import { newId } from '../model/ids';
import { parseDocument, toDocument } from '../schema/parseDocument';
import type { Envelope } from '../schema/format';
import { decodeText } from './decodeText';

/** Every board of this browser in one file: its own envelope, with its own version. */
export const collectionFormat = 'pa-map/boards';
export const collectionVersion = 1;
/** A file of all boards may be this large (a single board file: `maxImportBytes`). */
export const maxCollectionBytes = 50 * 1024 * 1024;

export interface BoardsCollection {
  readonly format: typeof collectionFormat;
  readonly version: number;
  readonly exportedAt: string;
  /** Each board in the envelope a single board file has, so each migrates on its own. */
  readonly boards: readonly Envelope[];
}

export function toCollection(boards: readonly Board[], exportedAt: string): BoardsCollection {
  return { format: collectionFormat, version: collectionVersion, exportedAt, boards: boards.map(toDocument) };
}

export type ReadCollection =
  | { readonly ok: false; readonly reasons: readonly string[] }
  /** `boards`: new boards with new ids (board, items, pinned zones); `problems`: boards or items left out, and why. */
  | { readonly ok: true; readonly boards: readonly Board[]; readonly problems: readonly string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A board as a new board beside the others: every id new, so nothing collides with a board already here. */
function withNewIds(board: Board): Board {
  return {
    ...board,
    id: newId('board'),
    items: board.items.map((item) => ({ ...item, id: newId('item') })),
    pinnedZones: board.pinnedZones.map((zone) => ({ ...zone, id: newId('zone') })),
  };
}

/**
 * Reads a file of all boards: each board is read as a board file is (migrated, checked by
 * the rule book); a bad board is left out and named, the good ones come in as new boards.
 * A file from a newer collection version, or not a collection, is refused. Never throws.
 */
export function readBoardsCollection(bytes: Uint8Array | string): ReadCollection {
  if (typeof bytes !== 'string' && bytes.length > maxCollectionBytes) return { ok: false, reasons: ['the file is over 50 MB'] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reasons: [decoded.reason] };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return { ok: false, reasons: ['not valid JSON'] };
  }
  if (!isRecord(value) || value.format !== collectionFormat) return { ok: false, reasons: [`not a file of boards (format "${collectionFormat}")`] };
  if (typeof value.version !== 'number' || value.version > collectionVersion) {
    return { ok: false, reasons: [`made by a newer version of P/A Map (file version ${String(value.version)}, this app reads up to ${collectionVersion})`] };
  }
  if (!Array.isArray(value.boards)) return { ok: false, reasons: ['boards: expected a list'] };
  const boards: Board[] = [];
  const problems: string[] = [];
  value.boards.forEach((entry: unknown, i: number) => {
    const result = parseDocument(entry);
    if (!result.ok) problems.push(`board ${i + 1}: ${result.errors.slice(0, 3).join('; ')}`);
    else {
      boards.push(withNewIds(result.board));
      if (result.skipped.length > 0) problems.push(`board ${i + 1} (“${result.board.title}”): ${result.skipped.length} items left out`);
    }
  });
  if (boards.length === 0) return { ok: false, reasons: problems.length > 0 ? problems : ['the file holds no board'] };
  return { ok: true, boards, problems };
}
