import { useMemo, useRef } from 'react';
import type { Announcements, DragMoveEvent, DragStartEvent, KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describeItem } from '../../model/describePosition';
import { mapPoint } from '../../model/mapPoint';
import type { Actions } from '../../store/actions';
import type { AppState } from '../../store/appState';
import type { Store } from '../../store/createStore';
import type { MapLayout } from './mapLayout';

/** Keyboard steps, in map units: arrows move 1 % of an axis, Shift+arrows 10 %. */
export const keyboardStep = 0.01;
export const keyboardBigStep = 0.1;

/** Pixel offsets snap to this grid in map units, so ten 1 % steps land exactly on 10 %. */
const snap = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * Turns dnd-kit's pixel deltas into a clamped map-space preview, gives the keyboard exact
 * steps that stop at the map's edge, and tells screen readers where the item is.
 */
export function useDragHandlers(store: Store<AppState>, actions: Actions, layout: MapLayout) {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  return useMemo(() => {
    const itemLabel = (id: string | number) => store.getState().doc.board.items.find((item) => item.id === id)?.label ?? 'Item';
    const where = (id: string | number) => {
      const { board } = store.getState().doc;
      const drag = store.getState().session.drag;
      const item = board.items.find((candidate) => candidate.id === id);
      return describeItem(board.axes, item?.label ?? 'Item', drag?.id === id ? drag.position : item?.position ?? null);
    };

    const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
      const drag = store.getState().session.drag;
      if (!drag) return undefined;
      const step = event.shiftKey ? keyboardBigStep : keyboardStep;
      const direction = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[event.code];
      if (!direction) return undefined;
      event.preventDefault();
      const target = mapPoint(drag.position.x + direction[0]! * step, drag.position.y + direction[1]! * step);
      const plot = layoutRef.current.plot;
      return {
        x: currentCoordinates.x + (target.x - drag.position.x) * plot,
        y: currentCoordinates.y - (target.y - drag.position.y) * plot,
      };
    };

    // Pointer drags are seen; only keyboard drags need every step read aloud.
    let byKeyboard = false;
    const onDragStart = (event: DragStartEvent) => {
      byKeyboard = typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent;
      actions.startDrag(String(event.active.id));
    };

    const onDragMove = (event: DragMoveEvent) => {
      const drag = store.getState().session.drag;
      if (!drag) return;
      const plot = layoutRef.current.plot;
      actions.moveDrag(mapPoint(drag.origin.x + snap(event.delta.x / plot), drag.origin.y - snap(event.delta.y / plot)));
    };

    const announcements: Announcements = {
      onDragStart: ({ active }) =>
        `Picked up ${itemLabel(active.id)}. Arrow keys move it, Shift moves further, Space or Enter drops it, Escape cancels.`,
      onDragMove: ({ active }) => (byKeyboard ? where(active.id) : undefined),
      onDragOver: () => undefined,
      onDragEnd: ({ active }) => `Dropped. ${where(active.id)}.`,
      onDragCancel: ({ active }) => `Cancelled. ${where(active.id)}.`,
    };

    return {
      coordinateGetter,
      onDragStart,
      onDragMove,
      onDragEnd: () => actions.endDrag(),
      onDragCancel: () => actions.cancelDrag(),
      announcements,
    };
  }, [store, actions]);
}
