import { useMemo, useRef, type PointerEvent } from 'react';
import type { Actions } from '../../store/actions';
import type { AppState } from '../../store/appState';
import type { Store } from '../../store/createStore';
import type { MapPoint } from '../../model/types';
import { plotPointToMap, type MapLayout } from './mapLayout';

/** A press that travels less than this (px) is a click on the map, not a rectangle. */
const rectangleAfterPx = 4;

/**
 * A selection rectangle drawn by dragging on the empty map: mouse and pen always, a finger
 * only while "Select" is on (a finger on the map is otherwise left to the page). The click
 * a rectangle ends with is not a click on the map (`takeClick`).
 */
export function useMarquee(store: Store<AppState>, actions: Actions, layout: MapLayout) {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  return useMemo(() => {
    let press: { pointer: number; x: number; y: number; from: MapPoint } | null = null;
    let drew = false;
    const at = (event: PointerEvent<SVGRectElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      return plotPointToMap(layoutRef.current, box, event.clientX, event.clientY);
    };
    return {
      onPointerDown(event: PointerEvent<SVGRectElement>) {
        if (event.button !== 0 || (event.pointerType === 'touch' && !store.getState().session.selectMode)) return;
        press = { pointer: event.pointerId, x: event.clientX, y: event.clientY, from: at(event) };
        drew = false;
        event.currentTarget.setPointerCapture?.(event.pointerId);
      },
      /** True while a rectangle is being drawn (the pointer's moves are its own). */
      onPointerMove(event: PointerEvent<SVGRectElement>): boolean {
        if (!press || event.pointerId !== press.pointer) return false;
        if (!drew && Math.hypot(event.clientX - press.x, event.clientY - press.y) < rectangleAfterPx) return true;
        drew = true;
        actions.setMarquee({ from: press.from, to: at(event) });
        return true;
      },
      onPointerUp(event: PointerEvent<SVGRectElement>) {
        if (!press || event.pointerId !== press.pointer) return;
        press = null;
        if (drew) actions.endMarquee(event.shiftKey || event.ctrlKey || event.metaKey);
      },
      onPointerCancel() {
        press = null;
        drew = false;
        actions.setMarquee(null);
      },
      /** True (once) when the click that follows ended a rectangle. */
      takeClick(): boolean {
        const was = drew;
        drew = false;
        return was;
      },
    };
  }, [store, actions]);
}
