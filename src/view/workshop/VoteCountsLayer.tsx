import { useApp } from '../../store/useStore';
import { lastClosedVoteOf, countVotes } from '../../model/votes';
import type { MapLayout } from '../map/mapLayout';

/** The last closed vote's counts on the map, beside each option's badge or item. */
export function VoteCountsLayer({ layout }: { layout: MapLayout }) {
  const vote = useApp((s) => lastClosedVoteOf(s.doc.board));
  const ballots = useApp((s) => s.doc.board.ballots);
  if (!vote) return null;
  const tally = countVotes(vote, ballots).filter((t) => t.at && t.dots > 0);
  if (tally.length === 0) return null;
  const size = Math.max(14, layout.labelFont * 1.05);
  return (
    <svg className="layer layer-votes" width={layout.side} height={layout.side} aria-hidden="true">
      <g transform={`translate(${layout.margin},${layout.margin})`}>
        {tally.map((t) => (
          <g key={t.id} className="vote-count" data-option={t.id} transform={`translate(${layout.x(t.at!.x) + size * 1.1},${layout.y(t.at!.y) - size * 1.1})`}>
            <rect x={-size * 0.2} y={-size * 0.8} width={size * (1.9 + 0.65 * String(t.dots).length)} height={size * 1.3} rx={size * 0.3} />
            <text x={size * 0.2} y={0} fontSize={size} dominantBaseline="middle">
              ● {t.dots}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
