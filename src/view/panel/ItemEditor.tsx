import { lazy, Suspense } from 'react';
import { useActions, useApp } from '../../store/useStore';
import { palette } from '../../model/palette';
import { CommitInput } from '../CommitInput';
import { ColourInput } from './ColourInput';
import type { ItemChanges } from '../../model/commands';
import { limits, rangeProblem, ranges } from '../../model/rules';
import { mapPoint } from '../../model/mapPoint';
import { isConcept } from '../../model/concept';
import { isGuessed } from '../../model/guessedPosition';
import { useConceptValidation } from '../zones/useConceptValidation';
import { ConceptCards } from '../zones/ConceptCards';
import { AttractorFields } from './AttractorFields';
import { actorOf, mayAct } from '../../model/rights';
/** A note's editor: loaded with the first note picked. */
const NoteEditor = lazy(() => import('../notes/NoteEditor').then((module) => ({ default: module.NoteEditor })));

/** Several items at once: loaded when first needed. */
const MultiItemEditor = lazy(() => import('../selection/MultiItemEditor').then((module) => ({ default: module.MultiItemEditor })));

/** Where a position comes from (a survey, a round): loaded with the first item that has evidence. */
const ItemEvidence = lazy(() => import('../evidence/ItemEvidence').then((module) => ({ default: module.ItemEvidence })));

const trimNumber = (value: number) => String(Math.round(value * 1000) / 1000);

/** Edits the selected item: label, colour, notes, weight and (personas) reach. */
export function ItemEditor() {
  const actions = useActions();
  const item = useApp((s) => s.doc.board.items.find((candidate) => candidate.id === s.session.selectedId));
  const axes = useApp((s) => s.doc.board.axes);
  const validation = useConceptValidation();
  const mayLock = useApp((s) => mayAct(s.live ? actorOf(s.live.role) : 'facilitator', 'lock'));
  const several = useApp((s) => s.session.selection.length > 1);
  const hasEvidence = useApp((s) => s.doc.board.evidence.some((record) => record.itemId === s.session.selectedId));
  const note = useApp((s) => s.session.selectedNote);
  if (note) {
    return (
      <Suspense fallback={<p className="editor-empty">Opening the note…</p>}>
        <NoteEditor id={note} />
      </Suspense>
    );
  }
  if (several) {
    return (
      <Suspense fallback={<p className="editor-empty">Opening the selection…</p>}>
        <MultiItemEditor />
      </Suspense>
    );
  }
  if (!item) return <p className="editor-empty">Select an item on the map or in the list to edit it.</p>;
  const update = (changes: ItemChanges) =>
    actions.dispatch({ type: 'updateItem', id: item.id, changes });
  const parseNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  /** A position typed in % of an axis: refused (field kept) when it is not a number from 0 to 100. */
  const movePercent = (axis: 'x' | 'y', value: number) => {
    if (!item.position) return false;
    const share = value / 100;
    if (rangeProblem(share, ranges.position) !== null) {
      actions.notify(`${axes[axis].title} must be a number from ${ranges.position.min * 100} to ${ranges.position.max * 100} %.`, 'error');
      return false;
    }
    return actions.dispatch({ type: 'moveItem', id: item.id, position: mapPoint(axis === 'x' ? share : item.position.x, axis === 'y' ? share : item.position.y) });
  };
  return (
    <form className="item-editor" aria-label={`Edit ${item.label}`} onSubmit={(event) => event.preventDefault()}>
      <h2>{isConcept(item) ? 'Concept (a product to be)' : item.kind === 'product' ? 'Product' : 'Persona group'}</h2>
      {isConcept(item) && <ConceptCards validation={validation} only={item.id} />}
      <label>
        <span>Label</span>
        <CommitInput label="Label" id="item-label" draft={`${item.id}.label`} limit={limits.label} value={item.label} onCommit={(label) => update({ label })} />
      </label>
      <div className="field">
        <span id="colour-label">Colour</span>
        <div className="colour-row">
          <ColourInput value={item.colour} onCommit={(colour) => colour !== item.colour && update({ colour })} />
          {palette.map((colour) => (
            <button
              key={colour}
              type="button"
              className={`swatch${colour === item.colour ? ' current' : ''}`}
              style={{ background: colour }}
              aria-label={`Use colour ${colour}`}
              aria-pressed={colour === item.colour}
              onClick={() => update({ colour })}
            />
          ))}
        </div>
      </div>
      <label>
        <span>Weight <small>{item.kind === 'product' ? '(market presence)' : '(segment size)'}</small></span>
        <CommitInput label="Weight" type="number" step={0.1} min={ranges.weight.min} max={ranges.weight.max} value={trimNumber(item.weight)} onCommit={(text) => update({ weight: parseNumber(text) })} />
      </label>
      {item.kind === 'persona' && item.reach !== null && (
        <label>
          <span>Reach <small>(% of the map's width)</small></span>
          <CommitInput label="Reach" type="number" step={1} min={1} max={ranges.reach.max * 100} value={trimNumber(item.reach * 100)} onCommit={(text) => update({ reach: parseNumber(text) / 100 })} />
        </label>
      )}
      <AttractorFields item={item} validation={validation} onChange={(attractors) => update({ attractors })} />
      <label>
        <span>Notes</span>
        <CommitInput label="Notes" id="item-notes" draft={`${item.id}.notes`} multiline limit={limits.notes} value={item.notes} onCommit={(notes) => update({ notes })} />
      </label>
      {mayLock ? (
        <label className="check-field">
          <input type="checkbox" checked={item.locked} onChange={(event) => actions.setItemsLocked([item.id], event.target.checked)} />
          <span>Locked <small>(stays put: a drag is refused; participants cannot change it)</small></span>
        </label>
      ) : (
        item.locked && <p className="editor-locked" role="note">🔒 Locked by the facilitator: it stays where it is.</p>
      )}
      {isGuessed(item) && <p className="editor-guessed" role="note">Not placed by anyone: “Place all” put it on a free spot. Move it where it belongs.</p>}
      {hasEvidence && (
        <Suspense fallback={null}>
          <ItemEvidence item={item} />
        </Suspense>
      )}
      {item.position ? (
        <div className="position-fields">
          {(['x', 'y'] as const).map((axis) => (
            <label key={axis}>
              <span>{axes[axis].title} <small>(%: 0 {axes[axis].min.toLowerCase()}, 100 {axes[axis].max.toLowerCase()})</small></span>
              <CommitInput
                label={axes[axis].title}
                type="number"
                step={1}
                min={ranges.position.min * 100}
                max={ranges.position.max * 100}
                value={trimNumber(item.position![axis] * 100)}
                onCommit={(text) => movePercent(axis, parseNumber(text))}
              />
            </label>
          ))}
        </div>
      ) : (
        <p className="editor-position">Not placed yet</p>
      )}
      <button type="button" className="danger" onClick={actions.deleteSelected}>Delete</button>
    </form>
  );
}
