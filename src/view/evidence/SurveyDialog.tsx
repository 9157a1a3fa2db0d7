import { useEffect, useMemo, useState } from 'react';
import { useModal } from '../useModal';
import { useActions, useApp, useStoreInstance } from '../../store/useStore';
import type { SurveySource } from '../../store/appState';
import { positionScales, type PositionScale } from '../../io/positionScale';
import type { SurveyReading } from '../../evidence/summariseSurvey';
import { planSurveyImport } from '../../evidence/planSurveyImport';
import { useSurveyWorker } from './useSurveyWorker';
import { SurveyFactsList } from './SurveyFactsList';

/** The wave a file without a wave column is read as: a year in its name, else its name. */
export function waveFromName(name: string): string {
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(name);
  return year ? year[1]! : name.replace(/\.[^.]+$/, '').slice(0, 60);
}

/**
 * Imports a survey onto the open board: read in a worker with a progress bar, then what was
 * read (respondents, items, ratings, waves, segments, what was left out and why, columns not
 * used), each axis's scale and direction to pick, and Import. A file that cannot be read is
 * answered with its reasons; the board is untouched until Import.
 */
export function SurveyDialog({ source }: { source: SurveySource }) {
  const actions = useActions();
  const store = useStoreInstance();
  const axes = useApp((s) => s.doc.board.axes);
  const axisWords = useMemo(() => ({ x: [axes.x.title, axes.x.min, axes.x.max], y: [axes.y.title, axes.y.min, axes.y.max] }), [axes]);
  const { state, summarise } = useSurveyWorker(source.bytes, axisWords);
  const [reading, setReading] = useState<SurveyReading | null>(null);
  const { ref, titleId } = useModal();
  const facts = state.phase === 'read' ? state.facts : null;
  useEffect(() => {
    if (!facts) return;
    const first: SurveyReading = { scales: facts.scales, reversed: [false, false], wave: waveFromName(source.name) };
    setReading(first);
    summarise(first);
    // Once per file read.
  }, [facts]);
  const change = (next: Partial<SurveyReading>) => {
    if (!reading) return;
    const updated = { ...reading, ...next };
    setReading(updated);
    summarise(updated);
  };
  const close = () => actions.openSurvey(null);
  const summary = state.phase === 'read' && !state.summarising ? state.summary : null;
  const importNow = () => {
    if (!summary) return;
    const board = store.getState().doc.board;
    const plan = planSurveyImport(board, summary, source.name, new Date().toISOString());
    if (actions.dispatch({ type: 'putEvidence', items: plan.items, evidence: plan.evidence })) {
      const people = summary.respondents.toLocaleString('en');
      actions.notify(`Imported “${source.name}”: ${plan.evidence.length} ${plan.evidence.length === 1 ? 'item' : 'items'} placed from ${people} respondents (${plan.items.length} new).`);
      close();
    }
  };
  const axisNames = [axes.x.title, axes.y.title] as const;
  return (
    <dialog ref={ref} className="confirm-dialog survey-dialog" aria-labelledby={titleId} onCancel={(event) => { event.preventDefault(); close(); }}>
      <h2 id={titleId}>Import survey “{source.name}”</h2>
      <div className="confirm-body">
        {state.phase === 'reading' && (
          <p>
            <label>
              Reading… <progress max={1} value={state.done} aria-label="Reading the survey" /> {Math.round(state.done * 100)} %
            </label>
          </p>
        )}
        {state.phase === 'failed' && (
          <div role="alert">
            <p>“{source.name}” cannot be read as a survey. Nothing was changed.</p>
            <ul className="problem-list">
              {state.errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          </div>
        )}
        {facts && reading && (
          <>
            <fieldset className="survey-scales">
              <legend>How the ratings read</legend>
              {([0, 1] as const).map((axis) => (
                <div key={axis} className="survey-scale">
                  <label>
                    {axisNames[axis]} scale{' '}
                    <select value={reading.scales[axis]} onChange={(event) => change({ scales: axis === 0 ? [event.target.value as PositionScale, reading.scales[1]] : [reading.scales[0], event.target.value as PositionScale] })}>
                      {positionScales.filter((s) => s.scale !== '0-1').map((s) => (
                        <option key={s.scale} value={s.scale}>
                          {s.scale === 'percent' ? '0–100' : s.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <span className="legend-hint">
                    {facts.scaleFrom[axis] === 'header'
                      ? 'stated in the column headers'
                      : facts.valueRange[axis]
                        ? `from the answers (lowest ${facts.valueRange[axis]![0]}, highest ${facts.valueRange[axis]![1]}): check it`
                        : 'no answers'}
                  </span>
                  <label>
                    <input type="checkbox" checked={reading.reversed[axis]} onChange={(event) => change({ reversed: axis === 0 ? [event.target.checked, reading.reversed[1]] : [reading.reversed[0], event.target.checked] })} /> Reversed (high = {axis === 0 ? axes.x.min : axes.y.min})
                  </label>
                </div>
              ))}
              {facts.waves.length === 1 && facts.waves[0] === '' && (
                <label className="survey-wave">
                  Wave <input value={reading.wave} maxLength={60} onChange={(event) => change({ wave: event.target.value })} />{' '}
                  <span className="legend-hint">(the file has no wave column; a second file with another wave shows movement)</span>
                </label>
              )}
            </fieldset>
            <SurveyFactsList facts={facts} summary={summary} />
          </>
        )}
      </div>
      <div className="confirm-actions">
        {state.phase === 'read' && (
          <button type="button" className="primary" disabled={!summary || summary.things.length === 0 || reading?.wave.trim() === ''} onClick={importNow}>
            Import
          </button>
        )}
        <button type="button" autoFocus={state.phase !== 'read'} onClick={close}>
          {state.phase === 'failed' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
