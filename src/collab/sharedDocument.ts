import * as Y from 'yjs';
import type { Board, Item } from '../model/types';
import { applyCommand } from '../model/applyCommand';
import { changesOf, diffBoards, invertChanges, type Change, type Skipped } from '../model/changes';
import { describeCommand, isUndoable } from '../model/commands';
import { CommandError } from '../model/CommandError';
import type { BoardDocument, ChangeSource } from '../document/BoardDocument';
import { allTypes, boardTypes, completeItems, schemaKey, upgradeDocument, writeChanges, type BoardTypes } from './boardYDoc';
import { readBoard, reloadMessage, type LeftOut, type SharedRead } from './readBoard';
import { readItems } from './readItems';
import { skippedChanges } from './skippedChanges';
import { mapStructs, parentOf, rootOf } from './yjsParts';
import { changesTouch, commandRefusal, locksOf, refusal, viewerReason, type Actor } from '../model/rights';

/** An item's label on `board`, for a refusal's words. */
const labelIn = (board: Board) => (id: string) => board.items.find((item) => item.id === id)?.label ?? 'This item';

export interface SharedDocument extends BoardDocument {
  /** What the last read left out of what peers wrote (bad items and zones, items over the limit). */
  readonly leftOut: readonly LeftOut[];
  /** Why the last update could not be read (a board-wide field the rule book refuses): the board stays as last read. */
  readonly unreadable: readonly string[];
  /** Why this tab may not write (a newer app wrote the board); null when it may. */
  readonly readOnlyReason: string | null;
  /** Who this person is in the room (their link's role, as the server last said): what they may change (`model/rights`). */
  readonly actor: Actor;
  /** The step Undo (or Redo) would take, named as the command was ("Move 3 items"); null when there is none. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  setActor(actor: Actor): void;
  /** Stops listening to the Y.Doc; the Y.Doc itself stays. */
  destroy(): void;
}

export interface SharedDocumentOptions {
  /** This person's transaction origin: the only one their undo covers. Unique per document. */
  readonly origin: object;
  /** Who this person is in the room; a facilitator unless said. */
  readonly actor?: Actor;
}

/**
 * A board document on a Y.Doc (see `boardYDoc`). Commands go through `applyCommand` (every
 * rule applies; a refused one throws and writes nothing) and are written as id-keyed
 * changes in one transaction with `origin`. Undo is a `Y.UndoManager` over `origin` only,
 * one command per step: it never reverts another person's edit (Yjs leaves a field another
 * person set since; an item another person has edited since is not deleted), and returns
 * what it left out. The Y.Doc is expected to hold a board already (`writeBoard`).
 */
export function createSharedDocument(ydoc: Y.Doc, { origin, actor: firstActor = 'facilitator' }: SharedDocumentOptions): SharedDocument {
  let actor = firstActor;
  const types = boardTypes(ydoc);
  /** View toggles: local, written but never undone. */
  const viewOrigin = { viewOf: origin };
  const undoManager = new Y.UndoManager(allTypes(types), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
    deleteFilter: (struct) => !editedByOthers(struct, types.items, ydoc.clientID) && !emptiesField(struct, types),
  });
  const first = readBoard(ydoc);
  if (!first.ok) throw new CommandError(first.newer ? reloadMessage : `The shared board cannot be read: ${first.errors.join('; ')}`);
  let board = first.board;
  let leftOut = first.leftOut;
  let readOnlyReason: string | null = null;
  let unreadable: readonly string[] = [];
  /** The changes of the step being written, and its name, for its undo stack item. */
  let writing: readonly Change[] | null = null;
  let writingLabel: string | null = null;
  const listeners = new Set<(board: Board, source: ChangeSource, changes: readonly Change[]) => void>();

  undoManager.on('stack-item-added', ({ stackItem, type }) => {
    if (type === 'undo' && writing) {
      stackItem.meta.set('changes', writing);
      stackItem.meta.set('label', writingLabel);
    }
  });

  const onUpdate = (_update: Uint8Array, from: unknown, _doc: Y.Doc, transaction?: Y.Transaction) => {
    const read = (transaction && !readOnlyReason && unreadable.length === 0 && readTouchedItems(types, transaction, board, leftOut)) || readBoard(ydoc, board);
    if (!read.ok) {
      if (read.newer) readOnlyReason = reloadMessage;
      else unreadable = read.errors;
      return;
    }
    readOnlyReason = null;
    unreadable = [];
    leftOut = read.leftOut;
    if (read.board === board) return;
    // What changed, by id: the items' walk is side by side (no maps) when none came or went.
    const changes = diffBoards(board, read.board);
    board = read.board;
    const source: ChangeSource = from === origin || from === viewOrigin || from === undoManager ? 'local' : 'remote';
    listeners.forEach((listener) => listener(board, source, changes));
  };
  ydoc.on('update', onUpdate);

  const refuseIfReadOnly = () => {
    if (readOnlyReason) throw new CommandError(readOnlyReason);
    if (actor === 'viewer') throw new CommandError(viewerReason);
  };

  /** Pops one step from `from`; moves its changes to the stack item the pop pushed on `to`. */
  const step = (direction: 'undo' | 'redo'): readonly Skipped[] => {
    refuseIfReadOnly();
    const from = direction === 'undo' ? undoManager.undoStack : undoManager.redoStack;
    const to = direction === 'undo' ? undoManager.redoStack : undoManager.undoStack;
    const before = [...from];
    const stepChanges = (item: { meta: Map<string, unknown> }) => (item.meta.get('changes') as readonly Change[] | undefined) ?? [];
    const wanted = (changes: readonly Change[]) => (direction === 'undo' ? invertChanges(changes) : changes);
    // A step on what the facilitator has locked since is refused here, as the server would refuse it.
    const next = from.at(-1);
    const problem = next ? refusal(actor, locksOf(board), changesTouch(stepChanges(next)), labelIn(board)) : null;
    if (problem) throw new CommandError(problem);
    let popped: ReturnType<typeof undoManager.undo> = null;
    // One transaction, so one update: what Yjs puts back and the fields it could not are sent
    // together (the server judges each update alone and would refuse an item missing a field).
    // The undo manager files a transaction under redo (or undo) by its flags at the end of the
    // transaction, so they are held until then.
    try {
      ydoc.transact(() => {
        popped = direction === 'undo' ? undoManager.undo() : undoManager.redo();
        if (popped) completeItems(ydoc, wanted(stepChanges(popped)).flatMap((change) => (change.op === 'insertItem' ? [change.item] : [])), undoManager);
        undoManager.undoing = direction === 'undo';
        undoManager.redoing = direction === 'redo';
      }, undoManager);
    } finally {
      undoManager.undoing = false;
      undoManager.redoing = false;
    }
    const wholeStepsLeftOut = before.slice(from.length).filter((item) => item !== popped);
    const skipped: Skipped[] = wholeStepsLeftOut.flatMap((item) => wanted(stepChanges(item)).map((change) => ({ change, reason: 'changed' as const })));
    if (popped) {
      const changes = wanted(stepChanges(popped));
      to.at(-1)?.meta.set('changes', stepChanges(popped));
      to.at(-1)?.meta.set('label', (popped as { meta: Map<string, unknown> }).meta.get('label') ?? null);
      skipped.push(...skippedChanges(board, changes));
    }
    return skipped;
  };

  return {
    get board() {
      return board;
    },
    get canUndo() {
      return !readOnlyReason && actor !== 'viewer' && undoManager.canUndo();
    },
    get canRedo() {
      return !readOnlyReason && actor !== 'viewer' && undoManager.canRedo();
    },
    get undoLabel() {
      return labelOf(undoManager.undoStack.at(-1));
    },
    get redoLabel() {
      return labelOf(undoManager.redoStack.at(-1));
    },
    get actor() {
      return actor;
    },
    setActor(next) {
      actor = next;
    },
    get leftOut() {
      return leftOut;
    },
    get unreadable() {
      return unreadable;
    },
    get readOnlyReason() {
      return readOnlyReason;
    },
    execute(command) {
      refuseIfReadOnly();
      const problem = commandRefusal(actor, board, command);
      if (problem) throw new CommandError(problem);
      const { board: next, patches } = applyCommand(board, command);
      if (patches.length === 0) return;
      const changes = changesOf(board, next, patches);
      if (changes.length === 0) return;
      upgradeDocument(ydoc, board, viewOrigin);
      writing = changes;
      writingLabel = describeCommand(command, board);
      try {
        ydoc.transact(() => writeChanges(ydoc, changes, next), isUndoable(command) ? origin : viewOrigin);
      } finally {
        writing = null;
        writingLabel = null;
      }
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy() {
      ydoc.off('update', onUpdate);
      undoManager.destroy();
      listeners.clear();
    },
  };
}

/** A stack item's name ("Move 3 items"), as its command was described when it was written. */
function labelOf(item: { meta: Map<string, unknown> } | undefined): string | null {
  const label = item?.meta.get('label');
  return typeof label === 'string' ? label : null;
}

const positions = new WeakMap<readonly Item[], Map<string, number>>();
/** Where each item of a board's list is, by id: made once per list. */
function indexOf(items: readonly Item[]): Map<string, number> {
  let index = positions.get(items);
  if (!index) positions.set(items, (index = new Map(items.map((item, i) => [item.id, i]))));
  return index;
}

/**
 * The board after a transaction that only set fields of items it holds (a move, an edit: the
 * usual change, local or remote): those items read again, the rest shared; its cost follows
 * the change, not the board. Null when the transaction touched anything else (an item added or
 * removed, the order, board-wide fields, zones, notes) or an item does not read: then the whole
 * board is read.
 */
function readTouchedItems(types: BoardTypes, transaction: Y.Transaction, board: Board, leftOut: readonly LeftOut[]): SharedRead | null {
  const ids = new Set<string>();
  for (const type of transaction.changed.keys()) {
    const { root, key } = rootOf(type);
    if (root !== (types.items as unknown) || type === (types.items as unknown) || key === null) return null;
    ids.add(key);
  }
  if (ids.size === 0) return { ok: true, board, leftOut, version: types.meta.get(schemaKey) as number };
  const index = indexOf(board.items);
  const version = types.meta.get(schemaKey);
  if (typeof version !== 'number' || [...ids].some((id) => !index.has(id))) return null;
  const reads = readItems(types.items, [...ids], version);
  const items = [...board.items];
  for (const [id, read] of reads) {
    if ('errors' in read) return null;
    items[index.get(id)!] = read.item;
  }
  const next = { ...board, items };
  // The list keeps its positions: its index carries over.
  positions.set(items, index);
  return { ok: true, board: next, leftOut, version };
}

/**
 * True for the current value of a board leaf or item field when nothing was put back after
 * it: Yjs does not restore the value before mine when someone else wrote that key
 * concurrently, and deleting mine would leave the field empty (a board or item the rule
 * book refuses). The field keeps my value; the undo lists it as skipped.
 */
function emptiesField(struct: Y.Item, { meta, items }: { meta: Y.Map<unknown>; items: Y.Map<unknown> }): boolean {
  if (struct.parentSub === null || struct.right !== null) return false;
  return struct.parent === meta || (struct.parent instanceof Y.Map && parentOf(struct.parent)?.parent === items);
}

/**
 * True for an item's Y.Map, or a field in one, that holds a field another client wrote:
 * undoing my "add" must not delete what someone else has edited since.
 */
function editedByOthers(struct: Y.Item, items: Y.Map<unknown>, me: number): boolean {
  const fields = struct.parent === items ? (struct.content as Y.ContentType).type : struct.parent;
  if (!(fields instanceof Y.Map) || parentOf(fields)?.parent !== items) return false;
  for (const entry of mapStructs(fields)) if (!entry.deleted && entry.id.client !== me) return true;
  return false;
}
