import { useActions, useApp } from '../../store/useStore';
import { boardSegments, boardWaves, shownWave } from '../../evidence/evidenceView';

/**
 * For a board with evidence: "Show uncertainty" (ellipses, n, arrows), and pickers for the
 * wave the map and the zones show and the segment through whose eyes the items are placed.
 */
export function EvidenceControls() {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  if (board.evidence.length === 0) return null;
  const waves = boardWaves(board.evidence);
  const segments = boardSegments(board.evidence);
  const wave = shownWave(board);
  const show = (view: { wave?: string; lens?: string }) => actions.dispatch({ type: 'showEvidence', view: { wave, lens: board.evidenceView.lens, ...view } });
  return (
    <>
      <label className="legend-entry">
        <input type="checkbox" checked={board.display.showUncertainty} onChange={() => actions.dispatch({ type: 'setDisplay', changes: { showUncertainty: !board.display.showUncertainty } })} />
        <svg width="22" height="22" aria-hidden="true"><ellipse cx="11" cy="11" rx="9" ry="5" transform="rotate(-30 11 11)" className="legend-ellipse" /></svg>
        Show uncertainty <span className="legend-hint">(95 % of the mean)</span>
      </label>
      {waves.length > 1 && (
        <label className="legend-entry legend-picker">
          Wave
          <select value={wave} onChange={(event) => show({ wave: event.target.value })}>
            {waves.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {segments.length > 0 && (
        <label className="legend-entry legend-picker">
          Seen by
          <select value={board.evidenceView.lens} onChange={(event) => show({ lens: event.target.value })}>
            <option value="">Everyone</option>
            {segments.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
