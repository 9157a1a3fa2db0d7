import { applyPatches, type Patch } from 'immer';
import type { Board } from './types';
import { describeCommand, isUndoable, type Command } from './commands';
import { applyCommand } from './applyCommand';

export interface HistoryEntry {
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

/** A board with its undo and redo stacks (newest last). */
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
  const { board, patches, inversePatches } = applyCommand(doc.board, command);
  if (patches.length === 0) return doc;
  if (!isUndoable(command)) return { ...doc, board };
  const entry: HistoryEntry = { label: describeCommand(command), patches, inversePatches };
  return { board, past: [...doc.past, entry].slice(-historyLimit), future: [] };
}

export function canUndo(doc: Document): boolean {
  return doc.past.length > 0;
}

export function canRedo(doc: Document): boolean {
  return doc.future.length > 0;
}

export function undo(doc: Document): Document {
  const entry = doc.past.at(-1);
  if (!entry) return doc;
  return {
    board: applyPatches(doc.board, entry.inversePatches as Patch[]),
    past: doc.past.slice(0, -1),
    future: [...doc.future, entry],
  };
}

export function redo(doc: Document): Document {
  const entry = doc.future.at(-1);
  if (!entry) return doc;
  return {
    board: applyPatches(doc.board, entry.patches as Patch[]),
    past: [...doc.past, entry],
    future: doc.future.slice(0, -1),
  };
}
