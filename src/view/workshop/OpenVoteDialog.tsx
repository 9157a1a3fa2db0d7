import { useState, type FormEvent } from 'react';
import { useModal } from '../useModal';
import { readTimeLimit } from './timeLimit';
import { useApp } from '../../store/useStore';
import { limits } from '../../model/rules';
import { timerMinutes } from '../../collab/workshopProtocol';
import { useLive } from '../live/LiveContext';
import { useGaps } from '../zones/useGaps';
import { voteOptions } from './voteOptions';

/**
 * The facilitator opens a dot vote: on the ranked zones (with white space, pinned zones and
 * concepts) or on the selected items; N dots each (3 unless changed, 1–10), at most one per
 * option if wished, and an optional time limit. Counts stay hidden until it closes.
 */
export function OpenVoteDialog({ onClose }: { onClose: () => void }) {
  const live = useLive();
  const board = useApp((s) => s.doc.board);
  const selection = useApp((s) => s.session.selection);
  const gaps = useGaps();
  const [on, setOn] = useState<'board' | 'selected'>('board');
  const [question, setQuestion] = useState('Where should we go first?');
  const [dots, setDots] = useState('3');
  const [onePerOption, setOnePerOption] = useState(false);
  const [minutes, setMinutes] = useState('');
  const { ref, titleId } = useModal();
  const offered = voteOptions(board, gaps, selection);
  const options = (on === 'selected' ? offered.selected : offered.board).slice(0, limits.voteOptions);
  const n = Number(dots);
  const badDots = !(Number.isInteger(n) && n >= 1 && n <= limits.voteDots);
  const { minutes: limit, bad: badLimit } = readTimeLimit(minutes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!live || options.length === 0 || badDots || badLimit) return;
    live.workshop.send({ type: 'openVote', question, options, dots: n, onePerOption, minutes: limit });
    onClose();
  };
  return (
    <dialog ref={ref} className="confirm-dialog round-dialog" aria-labelledby={titleId} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <h2 id={titleId}>Open a dot vote</h2>
      <form className="confirm-body round-form" onSubmit={submit}>
        <label>
          Question <input value={question} maxLength={limits.question} onChange={(event) => setQuestion(event.target.value)} />
        </label>
        <fieldset>
          <legend>Vote on</legend>
          <label><input type="radio" name="on" checked={on === 'board'} onChange={() => setOn('board')} /> The zones, white space, pinned zones and concepts ({offered.board.length})</label>
          {offered.selected.length > 0 && <label><input type="radio" name="on" checked={on === 'selected'} onChange={() => setOn('selected')} /> The {offered.selected.length} selected items</label>}
          <ul className="vote-option-preview">{options.map((option) => <li key={option.id}>{option.label}</li>)}</ul>
        </fieldset>
        <label>
          Dots per person <input type="number" min={1} max={limits.voteDots} value={dots} aria-invalid={badDots || undefined} onChange={(event) => setDots(event.target.value)} />
        </label>
        <label className="check-field">
          <input type="checkbox" checked={onePerOption} onChange={(event) => setOnePerOption(event.target.checked)} /> At most one dot per option
        </label>
        <label>
          Time limit, minutes <input type="number" min={timerMinutes.min} max={timerMinutes.max} placeholder="none" value={minutes} aria-invalid={badLimit || undefined} onChange={(event) => setMinutes(event.target.value)} />
        </label>
        <div className="confirm-actions">
          <button type="submit" className="primary" disabled={options.length === 0 || badDots || badLimit}>Open the vote</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
