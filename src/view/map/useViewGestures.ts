import { useEffect, useRef, type RefObject } from 'react';
import type { Actions } from '../../store/actions';
import type { AppState } from '../../store/appState';
import type { Store } from '../../store/createStore';
import { fitView, zoomAround, type MapLayout } from './mapLayout';

/** How far one notch of a wheel (or a trackpad pinch's step, ~ 100 px of delta) zooms. */
const wheelZoomPer100 = 1.25;

/**
 * Zoom and pan on the map: Ctrl/Cmd + wheel and a trackpad pinch zoom around the pointer; a
 * wheel or two-finger scroll pans while zoomed in; on touch, a pinch zooms and a two-finger
 * move pans (a drag that one finger began is cancelled when the second lands).
 */
export function useViewGestures(stack: RefObject<HTMLDivElement | null>, store: Store<AppState>, actions: Actions, layout: MapLayout) {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  useEffect(() => {
    const element = stack.current;
    if (!element) return;
    /** The map point under a screen point, at the layout on screen now. */
    const mapAt = (clientX: number, clientY: number, at = layoutRef.current) => {
      const box = element.getBoundingClientRect();
      return { x: at.x.invert(clientX - box.left - at.margin), y: at.y.invert(clientY - box.top - at.margin) };
    };
    const onWheel = (event: WheelEvent) => {
      const { view } = store.getState().session;
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        actions.setView(zoomAround(view, wheelZoomPer100 ** (-(event.deltaY * lines) / 100), mapAt(event.clientX, event.clientY)));
      } else if (view.zoom > 1) {
        event.preventDefault();
        const unit = layoutRef.current.unit;
        actions.setView(fitView({ ...view, cx: view.cx + (event.deltaX * lines) / unit, cy: view.cy - (event.deltaY * lines) / unit }));
      }
    };
    // Touch: two fingers on the map pinch and pan; the view follows the midpoint and the spread.
    const touches = new Map<number, { x: number; y: number }>();
    let pinch: { distance: number; mid: { x: number; y: number }; view: AppState['session']['view']; layout: MapLayout } | null = null;
    const spread = () => {
      const [a, b] = [...touches.values()] as [{ x: number; y: number }, { x: number; y: number }];
      return { distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
    };
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (touches.size === 2) {
        if (store.getState().session.drag) actions.cancelDrag();
        actions.setMarquee(null);
        pinch = { ...spread(), view: store.getState().session.view, layout: layoutRef.current };
      }
    };
    const onMove = (event: PointerEvent) => {
      if (!touches.has(event.pointerId)) return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (!pinch || touches.size !== 2) return;
      event.preventDefault();
      event.stopPropagation();
      const now = spread();
      // The map point under the first midpoint, zoomed around, then carried to the new midpoint.
      const anchor = mapAt(pinch.mid.x, pinch.mid.y, pinch.layout);
      const zoomed = zoomAround(pinch.view, now.distance / pinch.distance, anchor);
      const unit = pinch.layout.span * zoomed.zoom;
      actions.setView(fitView({ ...zoomed, cx: zoomed.cx - (now.mid.x - pinch.mid.x) / unit, cy: zoomed.cy + (now.mid.y - pinch.mid.y) / unit }));
    };
    const onUp = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      if (touches.size < 2) pinch = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown, { capture: true });
    element.addEventListener('pointermove', onMove, { capture: true, passive: false });
    element.addEventListener('pointerup', onUp, { capture: true });
    element.addEventListener('pointercancel', onUp, { capture: true });
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown, { capture: true });
      element.removeEventListener('pointermove', onMove, { capture: true });
      element.removeEventListener('pointerup', onUp, { capture: true });
      element.removeEventListener('pointercancel', onUp, { capture: true });
    };
    // The map's stack appears once the area is measured: the listeners go on it then.
  }, [stack, store, actions, layout.side > 100]);
}
