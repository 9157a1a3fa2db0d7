import type { Board, DisplayOptions, Evidence, EvidenceView, GapSettings, Item, MapPoint, Note, PinnedZone, Quadrant } from './types';

/** The fields of an item the editor may change. */
export type ItemChanges = Partial<Pick<Item, 'label' | 'colour' | 'notes' | 'weight' | 'reach' | 'tags' | 'attractors'>>;

/** The fields several selected items can be given at once. */
export type SharedItemChanges = Partial<Pick<Item, 'colour' | 'weight' | 'reach'>>;

/**
 * Every change to a board, by name. Applied in one place (`applyCommand`); all but
 * `setDisplay` are undoable.
 */
export type Command =
  | { readonly type: 'addItems'; readonly items: readonly Item[] }
  | { readonly type: 'updateItem'; readonly id: string; readonly changes: ItemChanges }
  /** The same fields of several items at once (a multi-selection's editor), one undo step; reach changes the persona groups among them. */
  | { readonly type: 'updateItems'; readonly ids: readonly string[]; readonly changes: SharedItemChanges }
  | { readonly type: 'moveItem'; readonly id: string; readonly position: MapPoint | null }
  /** Several items at once, one undo step ("Place all", a table's values re-read on another scale). */
  | {
      readonly type: 'moveItems';
      readonly moves: readonly { readonly id: string; readonly position: MapPoint | null }[];
      /** The positions were invented ("Place all"), not chosen: the items are marked so until moved. */
      readonly guessed?: boolean;
    }
  | { readonly type: 'deleteItems'; readonly ids: readonly string[] }
  /** Items replaced whole, by id, in place (a table read again with its columns assigned otherwise). */
  | { readonly type: 'replaceItems'; readonly items: readonly Item[] }
  | { readonly type: 'setTitle'; readonly title: string }
  | {
      readonly type: 'setAxisLabel';
      readonly axis: 'x' | 'y';
      readonly field: 'title' | 'min' | 'max';
      readonly text: string;
    }
  | { readonly type: 'setQuadrantLabel'; readonly quadrant: Quadrant; readonly text: string }
  | { readonly type: 'setBandLabel'; readonly index: number; readonly text: string }
  | { readonly type: 'setGapSettings'; readonly changes: Partial<GapSettings> }
  | { readonly type: 'setDisplay'; readonly changes: Partial<DisplayOptions> }
  /** A facilitator's lock: on the board, participants change nothing. */
  | { readonly type: 'lockBoard'; readonly locked: boolean }
  /** A facilitator's lock on chosen items: they stay put; participants cannot change them. */
  | { readonly type: 'lockItems'; readonly ids: readonly string[]; readonly locked: boolean }
  | { readonly type: 'addNote'; readonly note: Note }
  | { readonly type: 'editNote'; readonly id: string; readonly text: string }
  /** A note dragged, attached (it then moves with its item or zone) or let go. */
  | { readonly type: 'placeNote'; readonly id: string; readonly position: MapPoint; readonly attachedTo: string | null; readonly offset: Note['offset'] }
  | { readonly type: 'deleteNotes'; readonly ids: readonly string[] }
  | { readonly type: 'pinZone'; readonly zone: PinnedZone }
  | { readonly type: 'unpinZone'; readonly id: string }
  /** New items and evidence records (a record with an id already on the board replaces it); evidence-backed items are placed by the view. */
  | { readonly type: 'putEvidence'; readonly items: readonly Item[]; readonly evidence: readonly Evidence[] }
  /** The wave and segment lens the map shows: every evidence-backed item is placed by it. */
  | { readonly type: 'showEvidence'; readonly view: EvidenceView }
  /** Items moved by hand go back to where their evidence puts them. */
  | { readonly type: 'resetToEvidence'; readonly ids: readonly string[] };

export type CommandType = Command['type'];

/** View toggles: saved with the board, never undone. */
export function isUndoable(command: Command): boolean {
  return command.type !== 'setDisplay';
}

/** An item's label as a step names it: quoted, cut to 40 characters. */
const named = (board: Board | undefined, id: string, fallback: string) => {
  const label = board?.items.find((item) => item.id === id)?.label;
  return label === undefined ? fallback : `“${label.length > 40 ? `${label.slice(0, 39)}…` : label}”`;
};

/**
 * A short name for the undo history, the Undo and Redo buttons and the status line ("Move
 * “Capsule machine”"); items are named from `board`, the board the command ran on.
 */
export function describeCommand(command: Command, board?: Board): string {
  switch (command.type) {
    case 'addItems':
      return command.items.length === 1 ? `Add “${command.items[0]?.label}”` : `Add ${command.items.length} items`;
    case 'updateItem':
      return `Edit ${named(board, command.id, 'item')}`;
    case 'updateItems':
      return command.ids.length === 1 ? `Edit ${named(board, command.ids[0]!, 'item')}` : `Edit ${command.ids.length} items`;
    case 'moveItem':
      return command.position === null ? `Put ${named(board, command.id, 'an item')} back in the tray` : `Move ${named(board, command.id, 'item')}`;
    case 'moveItems':
      return command.guessed ? `Place ${command.moves.length} items on free spots` : `Move ${command.moves.length} items`;
    case 'deleteItems':
      return command.ids.length === 1 ? `Delete ${named(board, command.ids[0]!, 'item')}` : `Delete ${command.ids.length} items`;
    case 'replaceItems':
      return `Read ${command.items.length === 1 ? 'an item' : `${command.items.length} items`} again`;
    case 'setTitle':
      return 'Rename board';
    case 'setAxisLabel':
      return 'Edit axis label';
    case 'setQuadrantLabel':
      return 'Edit quadrant label';
    case 'setBandLabel':
      return 'Edit band label';
    case 'setGapSettings':
      return 'Change gap-finder settings';
    case 'setDisplay':
      return 'Change view';
    case 'lockBoard':
      return command.locked ? 'Lock the board' : 'Unlock the board';
    case 'lockItems':
      return `${command.locked ? 'Lock' : 'Unlock'} ${command.ids.length === 1 ? named(board, command.ids[0]!, 'item') : `${command.ids.length} items`}`;
    case 'addNote':
      return 'Add note';
    case 'editNote':
      return 'Edit note';
    case 'placeNote':
      return command.attachedTo ? 'Attach note' : 'Move note';
    case 'deleteNotes':
      return command.ids.length === 1 ? 'Delete note' : `Delete ${command.ids.length} notes`;
    case 'pinZone':
      return 'Pin zone';
    case 'unpinZone':
      return 'Unpin zone';
    case 'putEvidence':
      return `Import evidence for ${command.evidence.length === 1 ? 'one item' : `${command.evidence.length} items`}`;
    case 'showEvidence':
      return command.view.lens !== '' ? `Show the map as “${command.view.lens}” see it` : command.view.wave !== '' ? `Show wave ${command.view.wave}` : 'Show the latest wave';
    case 'resetToEvidence':
      return command.ids.length === 1 ? `Reset ${named(board, command.ids[0]!, 'item')} to its evidence` : `Reset ${command.ids.length} items to their evidence`;
  }
}
