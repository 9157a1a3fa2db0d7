import { useId } from 'react';
import { parseItemsTable } from '../../io/parseItemsTable';
import { matchRows } from '../../io/matchRows';
import { positionScales, scaleName, scaleStep, type PositionScale } from '../../io/positionScale';
import { useActions, useApp } from '../../store/useStore';
import './guides.css';

/**
 * After a table on a rating scale came in: says which scale its positions were read on and
 * lets the user pick another (1–5, 1–7, 1–10, 0–10, 0–1, %), which moves its items as one
 * undo step. A pick that leaves some values off the scale changes nothing and says why.
 */
export function ScaleBanner() {
  const actions = useActions();
  const reading = useApp((s) => s.session.scaleReading);
  const board = useApp((s) => s.doc.board);
  const id = useId();
  if (!reading || reading.boardId !== board.id || !reading.rated || reading.scale === null) return null;
  // A product on a rating scale serves about one step of it: offered as the coverage radius.
  const raw = scaleStep(reading.scale);
  const step = raw === null ? null : Math.round(raw * 1000) / 1000;
  const pick = (scale: PositionScale) => {
    const matched = matchRows(parseItemsTable(reading.text, undefined, { scale, assign: reading.assign }), reading.ids, reading.rows);
    if (!matched.ok) {
      actions.notify(`Some values are off a ${scaleName(scale)} scale (${matched.problems.slice(0, 3).join('; ')}). Nothing changed.`, 'error');
      return;
    }
    const present = new Set(board.items.map((item) => item.id));
    const moves = reading.ids.filter((itemId) => present.has(itemId)).map((itemId) => ({ id: itemId, position: matched.byId.get(itemId)!.position }));
    if (actions.dispatch({ type: 'moveItems', moves })) actions.setScaleReading({ ...reading, scale });
  };
  return (
    <div className="banner banner-scale" role="status">
      <span>
        {board.axes.x.title} and {board.axes.y.title} read as {reading.scale === 'percent' ? 'percentages (0–100 %)' : `a ${scaleName(reading.scale)} scale`}.
      </span>
      <label htmlFor={id}>Read as</label>
      <select id={id} value={reading.scale} onChange={(event) => pick(event.target.value as PositionScale)}>
        {positionScales.map((s) => (
          <option key={s.scale} value={s.scale}>{s.scale === 'percent' ? '0–100 %' : s.name}</option>
        ))}
      </select>
      {step !== null && Math.abs(board.gapSettings.coverage - step) > 0.0005 && (
        <button type="button" onClick={() => actions.dispatch({ type: 'setGapSettings', changes: { coverage: step } })}>
          Coverage radius: one step of the scale ({Math.round(step * 100)} %)
        </button>
      )}
      <button type="button" onClick={() => actions.setScaleReading(null)}>Done</button>
    </div>
  );
}
