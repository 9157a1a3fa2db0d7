import { useActions, useApp } from '../../store/useStore';
import type { AlignEdge, DistributeAxis } from '../../model/arrange';

const aligns: readonly (readonly [AlignEdge, string, string])[] = [
  ['left', '⇤', 'Align left'],
  ['centre', '↔', 'Align centre'],
  ['right', '⇥', 'Align right'],
  ['top', '⤒', 'Align top'],
  ['middle', '↕', 'Align middle'],
  ['bottom', '⤓', 'Align bottom'],
];
const distributes: readonly (readonly [DistributeAxis, string, string])[] = [
  ['horizontal', '⋯', 'Distribute across'],
  ['vertical', '⋮', 'Distribute up and down'],
];

/** Over the map while several items are selected: how many, arrange them (one undo step each), delete them, or let go. */
export function SelectionBar() {
  const actions = useActions();
  const count = useApp((s) => s.session.selection.length);
  const placed = useApp((s) => {
    const selected = new Set(s.session.selection);
    return s.doc.board.items.filter((item) => item.position && selected.has(item.id)).length;
  });
  if (count < 2) return null;
  return (
    <div className="selection-bar" role="toolbar" aria-label={`${count} items selected`}>
      <span className="selection-count" aria-live="polite">{count} selected</span>
      <span className="selection-group" role="group" aria-label="Align">
        {aligns.map(([edge, glyph, name]) => (
          <button key={edge} type="button" aria-label={name} title={name} disabled={placed < 2} onClick={() => actions.alignSelection(edge)}>
            <span aria-hidden="true">{glyph}</span>
          </button>
        ))}
      </span>
      <span className="selection-group" role="group" aria-label="Distribute">
        {distributes.map(([axis, glyph, name]) => (
          <button key={axis} type="button" aria-label={name} title={placed < 3 ? `${name}: needs 3 or more items on the map` : name} disabled={placed < 3} onClick={() => actions.distributeSelection(axis)}>
            <span aria-hidden="true">{glyph}</span>
          </button>
        ))}
      </span>
      <button type="button" className="danger" onClick={actions.deleteSelected}>Delete {count}</button>
      <button type="button" onClick={() => actions.clearSelection()} title="Clear the selection (Escape)">Clear</button>
    </div>
  );
}
