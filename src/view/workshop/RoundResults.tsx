import { useState } from 'react';
import type { Round } from '../../model/types';
import { useActions, useApp } from '../../store/useStore';
import { roundWave } from '../../evidence/roundEvidence';
import { agreement, describeAgreement, disputeScore } from '../../evidence/agreement';

/**
 * What a revealed round says, most disputed first: per item the room's agreement in words
 * ("the room agrees within 6 % of the map", "the room is split"), and for the facilitator
 * "Move to the room's position" (each, or all at once: one undo step); the old positions stay
 * as faint arrows to the new until dismissed.
 */
export function RoundResults({ round }: { round: Round }) {
  const actions = useActions();
  const board = useApp((s) => s.doc.board);
  const facilitator = useApp((s) => s.live?.role === 'facilitator');
  const accepted = useApp((s) => s.session.acceptedFrom);
  const [open, setOpen] = useState(true);
  const wave = roundWave(round);
  const rows = board.evidence
    .filter((record) => record.source === 'round' && round.itemIds.includes(record.itemId))
    .map((record) => ({ record, cell: record.cells.find((c) => c.wave === wave), item: board.items.find((i) => i.id === record.itemId) }))
    .filter((row): row is typeof row & { cell: NonNullable<typeof row.cell>; item: NonNullable<typeof row.item> } => row.cell !== undefined && row.item !== undefined)
    .map((row) => ({ ...row, agreement: agreement(row.cell.points), score: disputeScore(row.cell.points) }))
    .sort((a, b) => b.score - a.score);
  if (rows.length === 0) return null;
  const moveAll = (list: typeof rows) => {
    const moves = list.filter(({ item, cell }) => !item.position || item.position.x !== cell.mean.x || item.position.y !== cell.mean.y).map(({ item, cell }) => ({ id: item.id, from: item.position, position: cell.mean }));
    if (moves.length === 0) return;
    if (actions.dispatch({ type: 'moveItems', moves: moves.map(({ id, position }) => ({ id, position })) })) {
      actions.setAcceptedFrom({ ...accepted, ...Object.fromEntries(moves.filter((m) => m.from).map((m) => [m.id, m.from!])) });
    }
  };
  return (
    <section className="round-results" aria-label={`Round ${round.number} results`}>
      <div className="round-results-head">
        <strong>Round {round.number} revealed</strong> — {round.question} <span className="legend-hint">Most disputed first.</span>
        <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>{open ? 'Hide' : 'Show'}</button>
        {facilitator && (
          <button type="button" onClick={() => moveAll(rows)}>
            Move all to the room’s positions
          </button>
        )}
        {Object.keys(accepted).length > 0 && <button type="button" onClick={() => actions.setAcceptedFrom({})}>Dismiss the arrows</button>}
      </div>
      {open && (
        <ol className="round-results-list" aria-label="Most disputed first">
          {rows.map(({ item, cell, agreement: a }) => (
            <li key={item.id} className={`round-result round-${a.kind}`}>
              <strong>{item.label}</strong>: {describeAgreement(a)} (n = {cell.n})
              {facilitator && (
                <button type="button" onClick={() => moveAll(rows.filter((row) => row.item.id === item.id))} aria-label={`Move ${item.label} to the room's position`}>
                  Move to the room’s position
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
