import type { Board } from '../model/types';
import { parseDocument } from '../schema/parseDocument';
import { boardWrite } from './storedRecords';
import { summarise } from '../io/summarise';
import type { BoardRepository } from './boardRepository';

import type { Recovery } from '../store/appState';

export type { Recovery } from '../store/appState';

export type OpenedBoard =
  | {
      readonly ok: true;
      readonly board: Board;
      /** The stored revision the board now is. */
      readonly revision: number;
      /** What to tell the user: items left out, text over a limit, a bad revision, edits restored. */
      readonly messages: readonly string[];
      readonly recovery: Recovery | null;
      /** False when storage holds more than the board (items the reader left out): the next save writes every record. */
      readonly exact: boolean;
    }
  | { readonly ok: false; readonly problem: string | null };

/**
 * Opens a stored board and settles the edits a page wrote while going away: made on the
 * stored revision (or just after this tab's own last save), they become the next revision
 * silently; made on an older one, they are offered (`recovery`) and never written over
 * another tab's work. Bad items are left out and listed, the record as stored kept aside.
 * `problem` null: there is no such board.
 */
export async function openStoredBoard(repo: BoardRepository, id: string): Promise<OpenedBoard> {
  if (await repo.isDeleted(id)) return { ok: false, problem: null };
  const [stored, pending] = await Promise.all([repo.load(id), repo.loadPending(id)]);
  const messages: string[] = [];
  let board: Board | null = null;
  let revision = stored?.revision ?? 0;
  let exact = true;
  if (stored) {
    const parsed = parseDocument(stored.document);
    if (!parsed.ok) return { ok: false, problem: summarise(parsed.errors) };
    board = parsed.board;
    if (stored.badRevision) messages.push(`The stored board had an unreadable revision (${stored.badRevision}); it opened as it was, and saving starts again from revision 1.`);
    if (parsed.skipped.length > 0) {
      exact = false;
      await repo.keepBackup(id, stored);
      const count = parsed.skipped.length;
      messages.push(`${count} ${count === 1 ? 'item' : 'items'} could not be read and ${count === 1 ? 'was' : 'were'} left out (the board as stored is kept aside in this browser): ${summarise(parsed.skipped.flatMap((s) => s.errors))}.`);
    }
    if (parsed.flags.length > 0) messages.push(`Opened as saved: ${summarise(parsed.flags)}.`);
  }
  let recovery: Recovery | null = null;
  if (pending) {
    const edits = parseDocument(pending.document);
    const onTop = pending.base === revision || (stored?.writer === pending.writer && revision === pending.base + 1);
    if (!edits.ok) {
      await repo.discardPending(id);
      messages.push(`Unsaved changes from ${pending.savedAt} could not be read and were set aside: ${summarise(edits.errors)}.`);
    } else if (onTop) {
      const outcome = await repo.save(id, boardWrite(edits.board, null), revision, pending.writer);
      if (outcome.ok) {
        board = edits.board;
        revision = outcome.revision;
        exact = true;
      } else recovery = { boardId: id, savedAt: pending.savedAt, board: edits.board };
    } else recovery = { boardId: id, savedAt: pending.savedAt, board: edits.board };
  }
  if (!board) return recovery ? { ok: true, board: recovery.board, revision: 0, messages, recovery: null, exact: true } : { ok: false, problem: null };
  return { ok: true, board, revision, messages, recovery, exact };
}
