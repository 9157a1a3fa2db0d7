import * as Y from 'yjs';
import { boardTypes } from '../../src/collab/boardYDoc';
import { readBoard } from '../../src/collab/readBoard';
import { pendingBytes } from '../sync/pendingChanges';

export type NewBoard = { readonly ok: true; readonly state: Uint8Array } | { readonly ok: false; readonly error: string };

/**
 * A new room's first state, from the board's Y.Doc as one update: it must be complete (no
 * pending structs or deletes) and a board the rule book reads whole, as a write (strict:
 * nothing left out, no field no P/A Map writes, no text over an edit's limit, no order entry
 * that names no item). The stored state is the document re-encoded, not the bytes as sent.
 */
export function readNewBoard(update: Uint8Array): NewBoard {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return { ok: false, error: 'The body is not a Yjs update.' };
  }
  try {
    if (pendingBytes(doc) > 0) return { ok: false, error: 'The update is incomplete (it depends on changes it does not hold).' };
    const read = readBoard(doc, undefined, 'strict');
    if (!read.ok) return { ok: false, error: `Not a board the rule book reads: ${read.errors.slice(0, 5).join('; ')}` };
    if (read.leftOut.length > 0) {
      return { ok: false, error: `The board holds what the rule book refuses: ${read.leftOut.slice(0, 5).flatMap((entry) => entry.errors).join('; ')}` };
    }
    const { items, order } = boardTypes(doc);
    const ghost = order.toArray().find((id) => typeof id !== 'string' || !items.has(id));
    if (ghost !== undefined) return { ok: false, error: `The board's item order names what is no item (${String(ghost).slice(0, 40)}).` };
    return { ok: true, state: Y.encodeStateAsUpdate(doc) };
  } finally {
    doc.destroy();
  }
}
