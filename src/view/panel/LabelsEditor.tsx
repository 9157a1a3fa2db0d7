import { useActions, useApp } from '../../store/useStore';
import type { Quadrant } from '../../model/types';
import { CommitInput } from '../CommitInput';
import { limits } from '../../model/rules';

const quadrantNames: Record<Quadrant, string> = {
  topLeft: 'Top-left quadrant',
  topRight: 'Top-right quadrant',
  bottomLeft: 'Bottom-left quadrant',
  bottomRight: 'Bottom-right quadrant',
};

/** The board's words: axis ends, quadrant names, Maslow bands. Every edit is undoable. */
export function LabelsEditor() {
  const actions = useActions();
  const { axes, quadrants, bands } = useApp((s) => s.doc.board);
  return (
    <form className="labels-editor" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Axes</legend>
        {(['x', 'y'] as const).map((axis) =>
          (['title', 'min', 'max'] as const).map((field) => {
            const name = `${axis === 'x' ? 'Horizontal' : 'Vertical'} axis ${field === 'title' ? 'name' : field === 'min' ? 'low end' : 'high end'}`;
            return (
              <label key={`${axis}-${field}`}>
                <span>{name}</span>
                <CommitInput label={name} draft={`labels.axes.${axis}.${field}`} limit={limits.label} value={axes[axis][field]} onCommit={(text) => actions.dispatch({ type: 'setAxisLabel', axis, field, text })} />
              </label>
            );
          }),
        )}
      </fieldset>
      <fieldset>
        <legend>Quadrants</legend>
        {(Object.keys(quadrantNames) as Quadrant[]).map((quadrant) => (
          <label key={quadrant}>
            <span>{quadrantNames[quadrant]}</span>
            <CommitInput label={quadrantNames[quadrant]} draft={`labels.quadrants.${quadrant}`} limit={limits.label} value={quadrants[quadrant]} onCommit={(text) => actions.dispatch({ type: 'setQuadrantLabel', quadrant, text })} />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Maslow bands (bottom to top)</legend>
        {bands.map((band, index) => (
          <label key={index}>
            <span>Band {index + 1}</span>
            <CommitInput label={`Band ${index + 1}`} draft={`labels.bands.${index}`} limit={limits.label} value={band} onCommit={(text) => actions.dispatch({ type: 'setBandLabel', index, text })} />
          </label>
        ))}
      </fieldset>
    </form>
  );
}
