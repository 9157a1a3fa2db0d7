import type { Board } from '../model/types';
import type { Command } from '../model/commands';
import type { Change, Skipped } from '../model/changes';

/** Where a change to the board came from: this tab's own command, or elsewhere (another tab, later another person). */
export type ChangeSource = 'local' | 'remote';

/**
 * The one place a board changes: the app and the tests talk to this, never to the board's
 * storage. The local document keeps this tab's history over id-keyed changes; a shared
 * document (a Y.Doc) is a second implementation of the same interface.
 */
export interface BoardDocument {
  /** An immutable snapshot, structurally shared with the one before. */
  readonly board: Board;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** One command, one undo step. Throws `CommandError` and changes nothing when the command is refused. */
  execute(command: Command): void;
  /** Undoes this tab's last step; returns what it left out because someone else had changed it since. */
  undo(): readonly Skipped[];
  redo(): readonly Skipped[];
  /**
   * Called after every change with the board now, where the change came from, and what it
   * changed, by id: items and zones inserted or removed, an item's field or a board leaf set,
   * a record (a note, evidence, a round…) set whole, each with its value before and after.
   */
  subscribe(listener: (board: Board, source: ChangeSource, changes: readonly Change[]) => void): () => void;
}

/**
 * A board kept in this browser: it can also take in a board another tab saved. A shared board
 * cannot (its changes arrive as Yjs updates), so this is a capability, asked for where used.
 */
export interface LocalBoardDocument extends BoardDocument {
  /** A board saved elsewhere, adopted as a remote change: this tab's undo stays valid. */
  adoptRemote(board: Board): void;
}

/** Whether `document` is a board kept in this browser. */
export const isLocalDocument = (document: BoardDocument): document is LocalBoardDocument => 'adoptRemote' in document;
