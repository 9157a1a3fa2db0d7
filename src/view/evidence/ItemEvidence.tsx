import type { Item } from '../../model/types';
import { useActions, useApp } from '../../store/useStore';
import { byCreation } from '../../model/records';
import { cellFor, previousCell, resolvedView } from '../../evidence/evidenceView';
import { fewRatings } from '../../evidence/evidenceMarks';
import { describeMovement } from '../../evidence/describeMovement';

const percent = (v: number) => `${Math.round(v * 100)} %`;
/** A hand move under this (a tenth of a percent) is no move. */
const sameSpot = 0.001;

/**
 * Where an item's position comes from, in its card: the survey (or round), n and the wave, a
 * warning under 30 respondents, movement since the previous wave, how each segment sees it,
 * and — once moved by hand — the evidence's position kept, with a button to go back to it.
 */
export function ItemEvidence({ item }: { item: Item }) {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  const records = board.evidence.filter((record) => record.itemId === item.id).sort(byCreation);
  if (records.length === 0) return null;
  const record = records.at(-1)!;
  const { wave, lens, waves } = resolvedView(board);
  const cell = cellFor(record, wave, lens);
  const from = record.source === 'survey' ? `survey “${record.study}”` : `round “${record.study}”`;
  const waveText = wave === '' ? '' : ` in ${wave}`;
  if (!cell) {
    return (
      <section className="item-evidence" aria-label="Evidence">
        <p>Placed from the {from}; not {record.measure === 'ideal' ? 'measured' : 'rated'}{waveText}, so it waits off the map.</p>
      </section>
    );
  }
  const moved = item.position !== null && Math.hypot(item.position.x - cell.mean.x, item.position.y - cell.mean.y) > sameSpot;
  const before = previousCell(record, waves, wave, lens);
  const segments = record.measure === 'rating' ? record.cells.filter((c) => c.wave === wave && c.segment !== '') : [];
  const { x, y } = board.axes;
  return (
    <section className="item-evidence" aria-label="Evidence">
      {record.measure === 'ideal' ? (
        <p>
          From the {from}: the mean ideal of <strong>n = {cell.n.toLocaleString('en')}</strong> respondents{waveText} ({percent(cell.share)} of them: its weight), spread as its reach.
        </p>
      ) : (
        <p>
          From the {from}: the mean of <strong>n = {cell.n.toLocaleString('en')}</strong> respondents’ ratings{waveText}
          {cell.segment !== '' ? `, as ${cell.segment} see it` : ''}. The ellipse holds the true mean with 95 % confidence.
        </p>
      )}
      {cell.n < fewRatings && <p className="evidence-warning" role="note">Only {cell.n} {cell.n === 1 ? 'respondent' : 'respondents'}: fewer than {fewRatings}, so this position is uncertain.</p>}
      {before && item.position && <p className="evidence-movement">It {describeMovement(before.mean, cell.mean, before.wave, board.axes)}.</p>}
      {moved && (
        <p className="evidence-moved">
          Moved by hand; the {record.source}’s position is {x.title.toLowerCase()} {percent(cell.mean.x)}, {y.title.toLowerCase()} {percent(cell.mean.y)}.{' '}
          <button type="button" onClick={() => actions.dispatch({ type: 'resetToEvidence', ids: [item.id] })}>
            Reset to {record.source} position
          </button>
        </p>
      )}
      {segments.length > 0 && (
        <ul className="evidence-segments" aria-label="How each segment sees it">
          {segments.map((s) => (
            <li key={s.segment}>
              How {s.segment} see {item.label}: {x.title.toLowerCase()} {percent(s.mean.x)}, {y.title.toLowerCase()} {percent(s.mean.y)} (n = {s.n.toLocaleString('en')})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
