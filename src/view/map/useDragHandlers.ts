import { useMemo, useRef } from 'react';
import type { Announcements, DragMoveEvent, DragStartEvent, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describeItem } from '../../model/describePosition';
import { mapPoint } from '../../model/mapPoint';
import { CommandError } from '../../model/CommandError';
import type { MapPoint } from '../../model/types';
import { applyModifiers, type Modifier, type PlanePoint } from '../../model/modifiers/Modifier';
import { clampToSquare } from '../../model/modifiers/clampToSquare';
import { snapToMicro } from '../../model/modifiers/snapToMicro';
import { stepBy } from '../../model/modifiers/stepBy';
import { translateBy } from '../../model/modifiers/translateBy';
import type { Actions } from '../../store/actions';
import { dragPositionOf } from '../../store/selectionActions';
import type { AppState } from '../../store/appState';
import type { Store } from '../../store/createStore';
import { mapDeltaToPixels, pixelDeltaToMap, type MapLayout } from './mapLayout';

/** Keyboard steps, in hundredths of an axis: arrows move 1 %, Shift+arrows 10 %. */
export const keyboardStep = 1;
export const keyboardBigStep = 10;

/** Arrow keys as steps on the map's axes (need rises upward). */
export const arrows: Readonly<Record<string, readonly [number, number]>> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/** A pointer's travel from the drag's origin: converted once by the layout, rounded to micro-units, kept on the map. */
export const pointerModifiers = (layout: MapLayout, dx: number, dy: number): Modifier[] => {
  const travel = pixelDeltaToMap(layout, dx, dy);
  return [translateBy(travel.dx, travel.dy), snapToMicro, clampToSquare];
};

/** One arrow key: whole hundredths added to where the item is (no snapping of the start), kept on the map. */
export const keyboardModifiers = (direction: readonly [number, number], step: number): Modifier[] => [stepBy(direction[0] * step, direction[1] * step), clampToSquare];

/** The map's layout as a drag reads it: now (a zoom or a resize in the middle of a drag counts). */
type LayoutNow = { readonly current: MapLayout };

/**
 * A drag, as a plain object created once (xyflow's pattern): start, move, end and cancel turn
 * dnd-kit's pixel deltas into a clamped map-space preview of what it carries (the held item and
 * the rest of the selection: `DragPreview`, read as id → position by `dragPositionOf`), give the
 * keyboard exact steps that stop at the map's edge, tell screen readers where the item is, and
 * commit one move on the drop (one undo step).
 */
export function createItemDrag(store: Store<AppState>, actions: Actions, layoutRef: LayoutNow) {
  const itemLabel = (id: string | number) => store.getState().doc.board.items.find((item) => item.id === id)?.label ?? 'Item';
  const where = (id: string | number) => {
    const { board } = store.getState().doc;
    const drag = store.getState().session.drag;
    const item = board.items.find((candidate) => candidate.id === id);
    const said = describeItem(board.axes, item?.label ?? 'Item', dragPositionOf(drag, String(id)) ?? item?.position ?? null);
    return drag && drag.id === id && drag.group.length > 0 ? `${said}, with ${drag.group.length} more selected` : said;
  };
  /** A point the map refuses (not finite) is said, never shown as 0 or thrown at React. */
  const toMap = (point: PlanePoint): MapPoint | null => {
    try {
      return mapPoint(point.x, point.y);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      actions.notify(error.message, 'error');
      return null;
    }
  };

  // Pointer drags are seen; only keyboard drags need every step read aloud.
  let byKeyboard = false;
  // Where the keys have put the item: counted here, so a fast key press never reads a stale preview.
  let keyed: MapPoint | null = null;

  const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
    const direction = arrows[event.code];
    if (!keyed || !direction) return undefined;
    event.preventDefault();
    const target = toMap(applyModifiers(keyed, keyboardModifiers(direction, event.shiftKey ? keyboardBigStep : keyboardStep)));
    if (!target) return undefined;
    const offset = mapDeltaToPixels(layoutRef.current, target.x - keyed.x, target.y - keyed.y);
    keyed = target;
    return { x: currentCoordinates.x + offset.dx, y: currentCoordinates.y + offset.dy };
  };

  const onDragStart = (event: DragStartEvent) => {
    byKeyboard = typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent;
    actions.startDrag(String(event.active.id));
    keyed = byKeyboard ? store.getState().session.drag?.position ?? null : null;
  };

  const onDragMove = (event: DragMoveEvent) => {
    const drag = store.getState().session.drag;
    if (!drag) return;
    const position = keyed ?? toMap(applyModifiers(drag.origin, pointerModifiers(layoutRef.current, event.delta.x, event.delta.y)));
    if (position) actions.moveDrag(position);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${itemLabel(active.id)}. Arrow keys move it, Shift moves further, Space or Enter drops it, Escape cancels.`,
    onDragMove: ({ active }) => (byKeyboard ? where(active.id) : undefined),
    onDragOver: () => undefined,
    onDragEnd: ({ active }) => `Dropped. ${where(active.id)}.`,
    onDragCancel: ({ active }) => `Cancelled. ${where(active.id)}.`,
  };

  const finish = (end: () => void) => () => {
    keyed = null;
    end();
  };

  return {
    coordinateGetter,
    onDragStart,
    onDragMove,
    onDragEnd: finish(() => actions.endDrag()),
    onDragCancel: finish(() => actions.cancelDrag()),
    announcements,
  };
}

/** The React binding: the drag object made once per store and actions, fed the layout on every render. */
export function useDragHandlers(store: Store<AppState>, actions: Actions, layout: MapLayout) {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  return useMemo(() => createItemDrag(store, actions, layoutRef), [store, actions]);
}
