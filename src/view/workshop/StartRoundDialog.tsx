import { useState, type FormEvent } from 'react';
import { useModal } from '../useModal';
import { readTimeLimit } from './timeLimit';
import { useApp } from '../../store/useStore';
import { limits } from '../../model/rules';
import { timerMinutes } from '../../collab/workshopProtocol';
import { useLive } from '../live/LiveContext';

type Which = 'selected' | 'products' | 'personas' | 'all';

/**
 * The facilitator starts a placement round: which items (the selection, all products, all
 * persona groups), the question, where the items start on each screen (in the tray, blind; or
 * where the board has them), names shown at the reveal or not, and an optional time limit.
 */
export function StartRoundDialog({ onClose }: { onClose: () => void }) {
  const live = useLive();
  const items = useApp((s) => s.doc.board.items);
  const selection = useApp((s) => s.session.selection);
  const [which, setWhich] = useState<Which>(selection.length > 0 ? 'selected' : 'products');
  const [question, setQuestion] = useState('Where does each of these sit for you?');
  const [start, setStart] = useState<'tray' | 'current'>('tray');
  const [showNames, setShowNames] = useState(false);
  const [minutes, setMinutes] = useState('');
  const { ref, titleId } = useModal();
  const chosen = items
    .filter((item) => (which === 'selected' ? selection.includes(item.id) : which === 'products' ? item.kind === 'product' : which === 'personas' ? item.kind === 'persona' : true))
    .slice(0, limits.roundItems);
  const { minutes: limit, bad: badLimit } = readTimeLimit(minutes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!live || chosen.length === 0 || badLimit) return;
    live.workshop.send({ type: 'startRound', question, itemIds: chosen.map((item) => item.id), start, showNames, minutes: limit });
    onClose();
  };
  return (
    <dialog ref={ref} className="confirm-dialog round-dialog" aria-labelledby={titleId} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <h2 id={titleId}>Start a placement round</h2>
      <form className="confirm-body round-form" onSubmit={submit}>
        <label>
          Question <input value={question} maxLength={limits.question} onChange={(event) => setQuestion(event.target.value)} />
        </label>
        <fieldset>
          <legend>Items</legend>
          {selection.length > 0 && (
            <label><input type="radio" name="which" checked={which === 'selected'} onChange={() => setWhich('selected')} /> The {selection.length} selected</label>
          )}
          <label><input type="radio" name="which" checked={which === 'products'} onChange={() => setWhich('products')} /> All products</label>
          <label><input type="radio" name="which" checked={which === 'personas'} onChange={() => setWhich('personas')} /> All persona groups</label>
          <label><input type="radio" name="which" checked={which === 'all'} onChange={() => setWhich('all')} /> Everything</label>
          <p className="legend-hint">{chosen.length} {chosen.length === 1 ? 'item' : 'items'}{chosen.length === limits.roundItems ? ` (at most ${limits.roundItems} a round)` : ''}</p>
        </fieldset>
        <fieldset>
          <legend>Each screen starts with the items</legend>
          <label><input type="radio" name="start" checked={start === 'tray'} onChange={() => setStart('tray')} /> In a tray (blind: nobody is anchored by the board)</label>
          <label><input type="radio" name="start" checked={start === 'current'} onChange={() => setStart('current')} /> Where the board has them</label>
        </fieldset>
        <label className="check-field">
          <input type="checkbox" checked={showNames} onChange={(event) => setShowNames(event.target.checked)} /> Show who placed what at the reveal (anonymous otherwise)
        </label>
        <label>
          Time limit, minutes <input type="number" min={timerMinutes.min} max={timerMinutes.max} placeholder="none" value={minutes} aria-invalid={badLimit || undefined} onChange={(event) => setMinutes(event.target.value)} />
          {badLimit && <span role="alert"> From {timerMinutes.min} to {timerMinutes.max} minutes, or empty for none.</span>}
        </label>
        <div className="confirm-actions">
          <button type="submit" className="primary" disabled={chosen.length === 0 || badLimit}>Start the round</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
