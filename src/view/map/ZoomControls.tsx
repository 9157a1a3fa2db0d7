import { useActions, useApp } from '../../store/useStore';
import { maxZoom } from './mapLayout';
import { useCoarsePointer } from '../useCoarsePointer';

/** + / − / Fit beside the map (also Ctrl/Cmd + wheel, a pinch, and the keys + − 0), and on touch the Select toggle. */
export function ZoomControls() {
  const actions = useActions();
  const view = useApp((s) => s.session.view);
  const coarse = useCoarsePointer();
  const selectMode = useApp((s) => s.session.selectMode);
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      {coarse && (
        <button type="button" className="select-mode" aria-pressed={selectMode} onClick={() => actions.setSelectMode(!selectMode)} title="While on, a finger drawn across the empty map selects the items in the rectangle">
          Select
        </button>
      )}
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" disabled={view.zoom >= maxZoom} onClick={() => actions.zoomBy(1.5)}>+</button>
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" disabled={view.zoom <= 1} onClick={() => actions.zoomBy(1 / 1.5)}>−</button>
      <button type="button" title="The whole map (0)" disabled={view.zoom === 1} onClick={() => actions.zoomBy(0)}>Fit</button>
      <span className="zoom-level" aria-live="polite">{Math.round(view.zoom * 100)} %</span>
    </div>
  );
}
