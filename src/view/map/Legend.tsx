import { Suspense } from 'react';
import { useActions, useApp } from '../../store/useStore';
import type { DisplayOptions } from '../../model/types';
import { LazyEvidenceControls } from '../evidence/lazyEvidence';

/** What the shapes mean, and which layers show. View toggles are saved, not undone. */
export function Legend() {
  const actions = useActions();
  const display = useApp((s) => s.doc.board.display);
  const hasEvidence = useApp((s) => s.doc.board.evidence.length > 0);
  const toggle = (key: keyof DisplayOptions) => () => actions.dispatch({ type: 'setDisplay', changes: { [key]: !display[key] } });
  return (
    <div className="legend" role="group" aria-label="Legend and layers">
      <label className="legend-entry">
        <input type="checkbox" checked={display.showProducts} onChange={toggle('showProducts')} />
        <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="8" className="legend-product" /></svg>
        Products <span className="legend-hint">(area = presence)</span>
      </label>
      <label className="legend-entry">
        <input type="checkbox" checked={display.showPersonas} onChange={toggle('showPersonas')} />
        <svg width="22" height="22" aria-hidden="true"><path d="M11,2L20,11L11,20L2,11Z" className="legend-persona" /><path d="M11,7L15,11L11,15L7,11Z" fill="#fff" /></svg>
        Persona groups <span className="legend-hint">(halo = reach)</span>
      </label>
      <label className="legend-entry">
        <input type="checkbox" checked={display.showWhiteSpace} onChange={toggle('showWhiteSpace')} />
        <svg width="22" height="22" aria-hidden="true"><circle cx="11" cy="11" r="8" className="legend-space" /></svg>
        White space <span className="legend-hint">(lettered)</span>
      </label>
      <label className="legend-entry">
        <input type="checkbox" checked={display.showBands} onChange={toggle('showBands')} />
        Maslow bands
      </label>
      <label className="legend-entry">
        <input type="checkbox" checked={display.showNotes} onChange={toggle('showNotes')} />
        <svg width="22" height="22" aria-hidden="true"><rect x="3" y="4" width="16" height="14" rx="2" className="note-card" /></svg>
        Notes
      </label>
      {hasEvidence && (
        <Suspense fallback={null}>
          <LazyEvidenceControls />
        </Suspense>
      )}
      <button type="button" className="legend-help" aria-label="Keyboard shortcuts and help" title="Keyboard shortcuts and help (?)" onClick={() => actions.setShortcuts(true)}>
        <span aria-hidden="true">?</span> Keys &amp; help
      </button>
    </div>
  );
}
