import { useMemo } from 'react';
import { useActions, useApp } from '../../store/useStore';
import { palette } from '../../model/palette';
import { ranges } from '../../model/rules';
import { CommitInput } from '../CommitInput';
import { ColourInput } from '../panel/ColourInput';
import { isSelected } from '../../store/selectionActions';

const trimNumber = (value: number) => String(Math.round(value * 1000) / 1000);
/** The value all share, or '' when they differ (the field shows it blank: "mixed"). */
const shared = <T,>(values: readonly T[]): T | '' => (values.every((value) => value === values[0]) ? (values[0] ?? '') : '');

/** Several selected items: what they share (colour, weight, and reach for persona groups), changed for all at once. */
export function MultiItemEditor() {
  const actions = useActions();
  const session = useApp((s) => s.session);
  const all = useApp((s) => s.doc.board.items);
  const items = useMemo(() => all.filter((item) => isSelected(session, item.id)), [all, session]);
  const personas = items.filter((item) => item.kind === 'persona');
  const colour = shared(items.map((item) => item.colour));
  const weight = shared(items.map((item) => item.weight));
  const reach = shared(personas.map((item) => item.reach ?? 0));
  const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return (
    <form className="item-editor" aria-label={`Edit ${items.length} items`} onSubmit={(event) => event.preventDefault()}>
      <h2>{items.length} items selected</h2>
      <p className="editor-hint">A change here applies to all of them, as one step. A blank field means they differ.</p>
      <div className="field">
        <span>Colour</span>
        <div className="colour-row">
          <ColourInput value={colour || '#000000'} onCommit={(next) => next !== colour && actions.updateSelected({ colour: next })} />
          {palette.map((swatch) => (
            <button
              key={swatch}
              type="button"
              className={`swatch${swatch === colour ? ' current' : ''}`}
              style={{ background: swatch }}
              aria-label={`Use colour ${swatch} for all`}
              aria-pressed={swatch === colour}
              onClick={() => actions.updateSelected({ colour: swatch })}
            />
          ))}
        </div>
      </div>
      <label>
        <span>Weight <small>(all {items.length})</small></span>
        <CommitInput label="Weight" type="number" step={0.1} min={ranges.weight.min} max={ranges.weight.max} value={weight === '' ? '' : trimNumber(weight)} onCommit={(text) => actions.updateSelected({ weight: parse(text) })} />
      </label>
      {personas.length > 0 && (
        <label>
          <span>Reach <small>(% of the map's width; the {personas.length} persona {personas.length === 1 ? 'group' : 'groups'})</small></span>
          <CommitInput label="Reach" type="number" step={1} min={1} max={ranges.reach.max * 100} value={reach === '' ? '' : trimNumber(reach * 100)} onCommit={(text) => actions.updateSelected({ reach: parse(text) / 100 })} />
        </label>
      )}
      <button type="button" className="danger" onClick={actions.deleteSelected}>Delete {items.length} items</button>
    </form>
  );
}
