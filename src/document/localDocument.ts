import { adoptRemote, canRedo, canUndo, execute, redoStep, undoStep, type Document, type Stepped } from '../model/history';
import type { Board } from '../model/types';
import type { ChangeSource, LocalBoardDocument } from './BoardDocument';
import { diffBoards, type Change } from '../model/changes';

/** Where a local document keeps its state: the app's store, or a plain holder in tests. */
export interface DocumentHolder {
  get(): Document;
  set(doc: Document): void;
  /** Called after every change of the held document. */
  subscribe(listener: () => void): () => void;
}

/** A holder of its own, for tests and tools. */
export function ownHolder(initial: Document): DocumentHolder {
  let doc = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => doc,
    set: (next) => {
      doc = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The board document of one tab: history over id-keyed changes, kept in `holder`. */
export function createLocalDocument(holder: DocumentHolder): LocalBoardDocument {
  let source: ChangeSource = 'local';
  /** What the change being made changed, when its step says (a command's own changes); else the listeners diff the boards. */
  let made: readonly Change[] | null = null;
  const change = (next: Document, from: ChangeSource, changes: readonly Change[] | null = null) => {
    if (next === holder.get()) return;
    source = from;
    made = changes;
    holder.set(next);
    source = 'local';
    made = null;
  };
  const step = (run: (doc: Document) => Stepped) => {
    const { doc, skipped } = run(holder.get());
    change(doc, 'local');
    return skipped;
  };
  /** A command's step: its history entry holds the changes it made (an undoable one; others are diffed). */
  const executeCommand = (command: Parameters<LocalBoardDocument['execute']>[0]) => {
    const before = holder.get();
    const next = execute(before, command);
    const entry = next.past.at(-1);
    change(next, 'local', entry !== undefined && entry !== before.past.at(-1) ? entry.changes : null);
  };
  return {
    get board() {
      return holder.get().board;
    },
    get canUndo() {
      return canUndo(holder.get());
    },
    get canRedo() {
      return canRedo(holder.get());
    },
    execute: executeCommand,
    undo: () => step(undoStep),
    redo: () => step(redoStep),
    adoptRemote: (board: Board) => change(adoptRemote(holder.get(), board), 'remote'),
    subscribe: (listener) => {
      let last = holder.get().board;
      return holder.subscribe(() => {
        const board = holder.get().board;
        if (board === last) return;
        const changes = made ?? diffBoards(last, board);
        last = board;
        listener(board, source, changes);
      });
    },
  };
}
