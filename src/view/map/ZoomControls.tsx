import { useActions, useApp } from '../../store/useStore';
import { maxZoom } from './mapLayout';

/** + / − / Fit beside the map (also Ctrl/Cmd + wheel, a pinch, and the keys + − 0). */
export function ZoomControls() {
  const actions = useActions();
  const view = useApp((s) => s.session.view);
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" disabled={view.zoom >= maxZoom} onClick={() => actions.zoomBy(1.5)}>+</button>
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" disabled={view.zoom <= 1} onClick={() => actions.zoomBy(1 / 1.5)}>−</button>
      <button type="button" title="The whole map (0)" disabled={view.zoom === 1} onClick={() => actions.zoomBy(0)}>Fit</button>
      <span className="zoom-level" aria-live="polite">{Math.round(view.zoom * 100)} %</span>
    </div>
  );
}
