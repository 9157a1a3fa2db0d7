import * as Y from 'yjs';
import { readBoard } from '../../src/collab/readBoard';

export type NewBoard = { readonly ok: true; readonly state: Uint8Array } | { readonly ok: false; readonly error: string };

/**
 * A new room's first state, from the board's Y.Doc as one update: it must be complete (no
 * pending structs or deletes) and a board the rule book reads whole (nothing left out).
 * The stored state is the document re-encoded, not the bytes as sent.
 */
export function readNewBoard(update: Uint8Array): NewBoard {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return { ok: false, error: 'The body is not a Yjs update.' };
  }
  try {
    if (doc.store.pendingStructs || doc.store.pendingDs) return { ok: false, error: 'The update is incomplete (it depends on changes it does not hold).' };
    const read = readBoard(doc);
    if (!read.ok) return { ok: false, error: `Not a board the rule book reads: ${read.errors.slice(0, 5).join('; ')}` };
    if (read.leftOut.length > 0) {
      return { ok: false, error: `The board holds what the rule book refuses: ${read.leftOut.slice(0, 5).flatMap((entry) => entry.errors).join('; ')}` };
    }
    return { ok: true, state: Y.encodeStateAsUpdate(doc) };
  } finally {
    doc.destroy();
  }
}
