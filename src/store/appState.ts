import { canRedo, canUndo, type Document } from '../model/history';
import type { Board, MapPoint } from '../model/types';
import { lastRevealStep, type RevealStep } from './revealSteps';
import type { PositionScale } from '../io/positionScale';
import type { Column } from '../io/columns';
import type { LiveState } from './liveState';

/** Edits kept when a page went away that could not be saved silently: the user decides. */
export interface Recovery {
  readonly boardId: string;
  /** ISO 8601: when the page went away. */
  readonly savedAt: string;
  readonly board: Board;
}

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'error'; readonly message: string };

/** Another tab saved this board while this tab had edits of its own. */
export interface Conflict {
  readonly revision: number;
  readonly document: unknown;
}

export interface DragPreview {
  /** The item the pointer or the keyboard holds. */
  readonly id: string;
  readonly origin: MapPoint;
  readonly position: MapPoint;
  /** The rest of the selection, moving with it by the same (group-clamped) delta; empty for one item. */
  readonly group: readonly { readonly id: string; readonly origin: MapPoint }[];
}

/** A file that can be imported only in part: the user chooses the rest, or nothing. */
export interface PendingImport {
  readonly source: string;
  readonly board: Board;
  readonly problems: readonly string[];
  /** What comes in changed (text over a limit kept, control characters removed). */
  readonly changes: readonly string[];
}

/** A survey file waiting in the import dialog: its name and bytes (read in a worker). */
export interface SurveySource {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** A table just read with position columns on a rating scale: the user may pick another scale. */
export interface ScaleReading {
  readonly boardId: string;
  /** The table as it came in, to read again. */
  readonly text: string;
  /** The items it brought, in the table's order, and the row each came from. */
  readonly ids: readonly string[];
  readonly rows: readonly number[];
  /** The scale its positions were read on; null without position columns. */
  readonly scale: PositionScale | null;
  /** It came in on a rating scale: the scale picker is offered. */
  readonly rated: boolean;
  /** Columns the user assigned by hand (index → column, null: not read). */
  readonly assign: Readonly<Record<number, Column | null>>;
  /** Columns with a header that were not read, as it came in (the picker offers them). */
  readonly unused: readonly { readonly index: number; readonly header: string }[];
}

/** The closest zoom (8×): an eighth of the map across still shows a cluster's items apart. */
export const maxViewZoom = 8;

/** A view kept to what the map holds: zoom within 1 and `maxViewZoom`, the window inside the map, numbers only. */
export function keepView({ zoom, cx, cy }: { zoom: number; cx: number; cy: number }): Session['view'] {
  const clamp = (value: number, min: number, max: number, fallback: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback);
  const z = clamp(zoom, 1, maxViewZoom, 1);
  const half = 0.5 / z;
  return { zoom: z, cx: clamp(cx, half, 1 - half, 0.5), cy: clamp(cy, half, 1 - half, 0.5) };
}

/** Session state: never saved, never undone. */
export interface Session {
  /** The item the editor shows and others see selected: the one picked last; null with none or several picked at once. */
  readonly selectedId: string | null;
  /** Every selected item (the selected one included): a drag of any moves them all, Delete removes them, the selection bar arranges them. */
  readonly selection: readonly string[];
  /** The selection rectangle being drawn on the empty map, corner to corner, in map units. */
  readonly marquee: { readonly from: MapPoint; readonly to: MapPoint } | null;
  /** On a phone: how many times the bottom sheet was asked open (a long press on an item); each ask opens it. */
  readonly sheetOpen: number;
  /** What part of the map is on screen (zoom and pan; see `Viewport`): the whole map unless zoomed. */
  readonly view: { readonly zoom: number; readonly cx: number; readonly cy: number };
  /** The sticky note picked on the map or in the list (its editor shows in the panel). */
  readonly selectedNote: string | null;
  /** The note whose text is being edited in place, on the map. */
  readonly editingNote: string | null;
  /** A note being dragged here and where its card is now (written on drop; on a shared board others see it move). */
  readonly noteDrag: { readonly id: string; readonly at: MapPoint } | null;
  /** On touch: a drag on the empty map draws a selection rectangle (a finger on the map otherwise does nothing). */
  readonly selectMode: boolean;
  readonly drag: DragPreview | null;
  /** Where quick entry places the next item: the last click on the map, else the centre. */
  readonly anchor: MapPoint | null;
  /** What the map last said to a screen reader only (a keyboard move of the selection): a polite live region. */
  readonly announcement: { readonly text: string; readonly id: number } | null;
  /** A message for the user, e.g. a refused edit. */
  readonly notice: { readonly text: string; readonly tone: 'info' | 'error'; readonly id: number } | null;
  readonly save: SaveStatus;
  readonly conflict: Conflict | null;
  readonly panelTab: 'items' | 'zones' | 'labels';
  readonly hoveredZone: number | null;
  /** The zone last clicked on the map (0-based rank), shown as chosen in the Zones tab. */
  readonly selectedZone: number | null;
  /** Presentation mode: the map alone, large and high-contrast, for the shared screen. */
  readonly presenting: boolean;
  /** How much of the map presentation reveals (see `revealSteps`); kept when leaving, so it reopens there. */
  readonly revealStep: RevealStep;
  readonly pendingImport: PendingImport | null;
  /** A survey file in the import dialog. */
  readonly survey: SurveySource | null;
  /** Items moved to a round's position, and where each was before: drawn as faint arrows until dismissed. */
  readonly acceptedFrom: Readonly<Record<string, MapPoint>>;
  /** Unsaved edits from an earlier visit, waiting for the user: restore as a copy, or discard. */
  readonly recovery: Recovery | null;
  /** The open board was deleted in another tab: nothing of it is saved any more. */
  readonly deletedElsewhere: boolean;
  readonly scaleReading: ScaleReading | null;
  /** The first-minute welcome shows over the sample. */
  readonly welcome: boolean;
  /** The keyboard shortcut sheet is open. */
  readonly shortcuts: boolean;
}

export interface AppState {
  readonly doc: Document;
  readonly session: Session;
  /** The live session when the open board is shared; absent for a board of this browser only. */
  readonly live?: LiveState;
}

/** Whether Undo and Redo have a step to take: this person's own steps on a shared board. */
export const undoable = (s: AppState): boolean => (s.live ? s.live.canUndo : canUndo(s.doc));
export const redoable = (s: AppState): boolean => (s.live ? s.live.canRedo : canRedo(s.doc));
/** What Undo and Redo would take back or do again ("Move “Capsule machine”"); null when unknown (a shared board) or nothing. */
export const undoLabel = (s: AppState): string | null => (s.live ? s.live.undoLabel : (s.doc.past.at(-1)?.label ?? null));
export const redoLabel = (s: AppState): string | null => (s.live ? s.live.redoLabel : (s.doc.future.at(-1)?.label ?? null));

export const initialSession: Session = {
  selectedId: null,
  selection: [],
  selectMode: false,
  view: { zoom: 1, cx: 0.5, cy: 0.5 },
  sheetOpen: 0,
  selectedNote: null,
  editingNote: null,
  noteDrag: null,
  marquee: null,
  drag: null,
  anchor: null,
  announcement: null,
  notice: null,
  save: { kind: 'saved' },
  conflict: null,
  panelTab: 'items',
  hoveredZone: null,
  selectedZone: null,
  presenting: false,
  revealStep: lastRevealStep,
  pendingImport: null,
  survey: null,
  acceptedFrom: {},
  recovery: null,
  deletedElsewhere: false,
  scaleReading: null,
  welcome: false,
  shortcuts: false,
};
