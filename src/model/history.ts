import type { Board } from './types';
import { describeCommand, isUndoable, type Command } from './commands';
import { applyCommand } from './applyCommand';
import { applyChanges, changesOf, invertChanges, type Change, type Skipped } from './changes';

export interface HistoryEntry {
  readonly label: string;
  /** What the step did, by id (redo applies these). */
  readonly changes: readonly Change[];
  /** What undoes it, by id. */
  readonly inverse: readonly Change[];
}

/** A board with this tab's undo and redo stacks (newest last). */
export interface Document {
  readonly board: Board;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

/** How many steps undo remembers. */
export const historyLimit = 500;

export function openDocument(board: Board): Document {
  return { board, past: [], future: [] };
}

/**
 * Runs a command. Undoable commands that change something push one history entry and
 * clear redo; a command that changes nothing leaves the document as it is.
 * Throws `CommandError` for an invalid command, with the document untouched.
 */
export function execute(doc: Document, command: Command): Document {
  const { board, patches } = applyCommand(doc.board, command);
  if (patches.length === 0) return doc;
  if (!isUndoable(command)) return { ...doc, board };
  const changes = changesOf(doc.board, board, patches);
  const entry: HistoryEntry = { label: describeCommand(command, doc.board), changes, inverse: invertChanges(changes) };
  return { board, past: [...doc.past, entry].slice(-historyLimit), future: [] };
}

/**
 * Another tab's or person's board, adopted as it is. The undo and redo stacks stay: their
 * steps name items by id, and an undo leaves out what someone else has changed since.
 */
export function adoptRemote(doc: Document, board: Board): Document {
  return board === doc.board ? doc : { ...doc, board };
}

export function canUndo(doc: Document): boolean {
  return doc.past.length > 0;
}

export function canRedo(doc: Document): boolean {
  return doc.future.length > 0;
}

/** An undo or redo, and what it left out because someone else had changed it since. */
export interface Stepped {
  readonly doc: Document;
  readonly skipped: readonly Skipped[];
}

/** Undoes this tab's last step, leaving out whatever someone else has changed since. */
export function undoStep(doc: Document): Stepped {
  const entry = doc.past.at(-1);
  if (!entry) return { doc, skipped: [] };
  const { board, skipped } = applyChanges(doc.board, entry.inverse, true);
  return { doc: { board, past: doc.past.slice(0, -1), future: [...doc.future, entry] }, skipped };
}

/** Redoes this tab's last undone step, leaving out whatever someone else has changed since. */
export function redoStep(doc: Document): Stepped {
  const entry = doc.future.at(-1);
  if (!entry) return { doc, skipped: [] };
  const { board, skipped } = applyChanges(doc.board, entry.changes, true);
  return { doc: { board, past: [...doc.past, entry], future: doc.future.slice(0, -1) }, skipped };
}

export const undo = (doc: Document): Document => undoStep(doc).doc;
export const redo = (doc: Document): Document => redoStep(doc).doc;
