import { adoptRemote, canRedo, canUndo, execute, redoStep, undoStep, type Document, type Stepped } from '../model/history';
import type { Board } from '../model/types';
import type { ChangeSource, LocalBoardDocument } from './BoardDocument';

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
  const change = (next: Document, from: ChangeSource) => {
    if (next === holder.get()) return;
    source = from;
    holder.set(next);
    source = 'local';
  };
  const step = (run: (doc: Document) => Stepped) => {
    const { doc, skipped } = run(holder.get());
    change(doc, 'local');
    return skipped;
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
    execute: (command) => change(execute(holder.get(), command), 'local'),
    undo: () => step(undoStep),
    redo: () => step(redoStep),
    adoptRemote: (board: Board) => change(adoptRemote(holder.get(), board), 'remote'),
    subscribe: (listener) => {
      let last = holder.get().board;
      return holder.subscribe(() => {
        const board = holder.get().board;
        if (board === last) return;
        last = board;
        listener(board, source);
      });
    },
  };
}
