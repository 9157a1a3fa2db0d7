import type { Command, SharedItemChanges } from '../model/commands';
import type { Item, MapPoint } from '../model/types';
import { alignMoves, distributeMoves, type AlignEdge, type DistributeAxis } from '../model/arrange';
import { clampGroupDelta, moveBy } from '../model/moveGroup';
import { layerShown } from './layerShown';
import type { AppState, DragPreview, Session } from './appState';
import type { Store } from './createStore';

/** The session fields a selection of `ids` sets: the editor's item is `primary`, else the only one picked. */
export function selectionOf(ids: readonly string[], primary: string | null = ids.length === 1 ? ids[0]! : null): Pick<Session, 'selection' | 'selectedId'> & Partial<Pick<Session, 'selectedNote' | 'editingNote'>> {
  const selection = [...new Set(ids)];
  // Picking items lets go of a picked note.
  const note = selection.length > 0 ? { selectedNote: null, editingNote: null } : {};
  return { ...note, selection, selectedId: primary !== null && selection.includes(primary) ? primary : selection.length === 1 ? selection[0]! : null };
}

/** A group drag's moves: every member by the delta the held item moved. */
export function dragMoves(drag: DragPreview): { id: string; position: MapPoint }[] {
  const delta = { dx: drag.position.x - drag.origin.x, dy: drag.position.y - drag.origin.y };
  return [{ id: drag.id, position: drag.position }, ...drag.group.map((member) => ({ id: member.id, position: moveBy(member.origin, delta) }))];
}

const previews = new WeakMap<DragPreview, ReadonlyMap<string, MapPoint>>();
/** Where a drag shows each item it moves (the held one and its group), or undefined for an item it does not move. */
export function dragPositionOf(drag: DragPreview | null, id: string): MapPoint | undefined {
  if (!drag) return undefined;
  if (drag.id === id) return drag.position;
  if (drag.group.length === 0) return undefined;
  let map = previews.get(drag);
  if (!map) previews.set(drag, (map = new Map(dragMoves(drag).map((move) => [move.id, move.position]))));
  return map.get(id);
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** Whether `id` is selected: a set made once per selection, so each of 10,000 markers asks in O(1). */
export function isSelected(session: Session, id: string): boolean {
  let set = sets.get(session.selection);
  if (!set) sets.set(session.selection, (set = new Set(session.selection)));
  return set.has(id);
}

const plural = (n: number, one = 'item', many = 'items') => `${n} ${n === 1 ? one : many}`;
const directions: Readonly<Record<string, string>> = { '1,0': 'right', '-1,0': 'left', '0,1': 'up', '0,-1': 'down' };
let announced = 0;

interface Needs {
  readonly store: Store<AppState>;
  readonly setSession: (update: (session: Session) => Partial<Session>) => void;
  readonly dispatch: (command: Command) => boolean;
  readonly notify: (text: string, tone?: 'info' | 'error') => void;
  readonly moveRefusal: (ids: readonly string[]) => string | null;
}

/** Selecting several items and acting on them: one command, one undo step each. */
export function selectionActions({ store, setSession, dispatch, notify, moveRefusal }: Needs) {
  /** The selected items on the map, in the board's order. */
  const placedSelection = (): (Item & { position: MapPoint })[] => {
    const { doc, session } = store.getState();
    return doc.board.items.filter((item): item is Item & { position: MapPoint } => item.position !== null && isSelected(session, item.id));
  };
  const announce = (text: string) => setSession(() => ({ announcement: { text, id: ++announced } }));
  const arrange = (moves: { id: string; position: MapPoint }[], what: string) => {
    const refused = moveRefusal(moves.map((move) => move.id));
    if (refused) return notify(refused, 'error');
    if (dispatch({ type: 'moveItems', moves })) announce(what);
  };

  return {
    /** Shift-, Ctrl- or Cmd-click: adds the item to the selection, or takes it out. */
    toggleSelected: (id: string) =>
      setSession((session) => (session.selection.includes(id) ? selectionOf(session.selection.filter((other) => other !== id)) : selectionOf([...session.selection, id], id))),
    /** A press on a marker: with a modifier it toggles; on an item already selected it keeps the group (a drag moves them all). */
    pressItem: (id: string, additive: boolean) =>
      setSession((session) => {
        if (additive) return session.selection.includes(id) ? selectionOf(session.selection.filter((other) => other !== id)) : selectionOf([...session.selection, id], id);
        return session.selection.includes(id) ? { selectedId: session.selection.length === 1 ? id : session.selectedId } : selectionOf([id]);
      }),
    /** Focus by keyboard (Tab): the item is selected unless it is part of the selection already. */
    focusItem: (id: string) => setSession((session) => (session.selection.includes(id) ? {} : selectionOf([id]))),
    /** Items in a rectangle (or Ctrl/Cmd+A): the selection, or added to it. */
    selectMany: (ids: readonly string[], add = false) => setSession((session) => selectionOf(add ? [...session.selection, ...ids] : ids)),
    /** Ctrl/Cmd+A: every item shown on the map. */
    selectAllShown: () => {
      const state = store.getState();
      const shown = state.doc.board.items.filter((item) => item.position && layerShown(state, item.kind === 'product' ? 'products' : 'personas'));
      setSession(() => selectionOf(shown.map((item) => item.id)));
      if (shown.length > 0) announce(`${plural(shown.length)} selected.`);
    },
    /** The selection rectangle as the pointer draws it (null: gone). */
    setMarquee: (marquee: Session['marquee']) => setSession(() => ({ marquee })),
    /** The rectangle let go: the items shown inside it are the selection (Shift: added to it). */
    endMarquee: (add: boolean) => {
      const state = store.getState();
      const { marquee } = state.session;
      if (!marquee) return;
      const [x0, x1] = [Math.min(marquee.from.x, marquee.to.x), Math.max(marquee.from.x, marquee.to.x)];
      const [y0, y1] = [Math.min(marquee.from.y, marquee.to.y), Math.max(marquee.from.y, marquee.to.y)];
      const inside = state.doc.board.items.filter(
        (item) => item.position && layerShown(state, item.kind === 'product' ? 'products' : 'personas') && item.position.x >= x0 && item.position.x <= x1 && item.position.y >= y0 && item.position.y <= y1,
      );
      const next = selectionOf(add ? [...state.session.selection, ...inside.map((item) => item.id)] : inside.map((item) => item.id));
      setSession(() => ({ marquee: null, ...next }));
      announce(next.selection.length === 0 ? 'Nothing selected.' : `${plural(next.selection.length)} selected.`);
    },
    /** Escape: nothing selected any more; false when nothing was (the key is left to others). */
    clearSelection: (): boolean => {
      if (store.getState().session.selection.length === 0) return false;
      setSession(() => selectionOf([]));
      return true;
    },
    setSelectMode: (selectMode: boolean) => setSession(() => ({ selectMode })),
    /** Delete: every selected item, one undo step. */
    deleteSelected: () => {
      const { selection, drag } = store.getState().session;
      if (selection.length === 0 || drag) return;
      if (!dispatch({ type: 'deleteItems', ids: selection })) return;
      setSession(() => selectionOf([]));
      if (selection.length > 1) {
        // Shown, and told to screen readers (an info notice is not read out); Undo is in the toolbar.
        notify(`${plural(selection.length)} deleted`);
        announce(`${plural(selection.length)} deleted`);
      }
    },
    /** Arrow keys on a selected item: the selection moves by `step` hundredths of an axis, as a group, one undo step per press. */
    nudgeSelection: (direction: readonly [number, number], step: number) => {
      const items = placedSelection();
      if (items.length === 0) return;
      const delta = clampGroupDelta(items.map((item) => item.position), (direction[0] * step) / 100, (direction[1] * step) / 100);
      const where = directions[`${direction[0]},${direction[1]}`] ?? '';
      if (delta.dx === 0 && delta.dy === 0) return announce(`${items.length === 1 ? items[0]!.label : plural(items.length)} ${items.length === 1 ? 'is' : 'are'} at the edge of the map.`);
      arrange(items.map((item) => ({ id: item.id, position: moveBy(item.position, delta) })), `${items.length === 1 ? items[0]!.label : plural(items.length)} moved ${where} ${step} %`);
    },
    alignSelection: (edge: AlignEdge) => {
      const items = placedSelection();
      if (items.length >= 2) arrange(alignMoves(items, edge), `${plural(items.length)} aligned ${edge === 'centre' || edge === 'middle' ? `on the ${edge}` : edge}`);
    },
    distributeSelection: (axis: DistributeAxis) => {
      const items = placedSelection();
      if (items.length >= 3) arrange(distributeMoves(items, axis), `${plural(items.length)} spaced evenly ${axis === 'horizontal' ? 'across' : 'up and down'}`);
    },
    /** The multi-selection editor: the same colour, weight or reach for all (reach: the persona groups among them). */
    updateSelected: (changes: SharedItemChanges) => {
      const { selection } = store.getState().session;
      return selection.length > 0 && dispatch({ type: 'updateItems', ids: selection, changes });
    },
  };
}
