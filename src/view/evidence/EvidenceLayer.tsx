import { memo, useMemo } from 'react';
import type { Item } from '../../model/types';
import { useApp } from '../../store/useStore';
import { evidenceMarks, type EvidenceMark } from '../../evidence/evidenceMarks';
import { lengthToPixels, type MapLayout } from '../map/mapLayout';
import { plotClip } from '../map/PlotClip';
import { WaveArrow } from './WaveArrow';

/**
 * Evidence under the items: each rated item's 95 % confidence ellipse of the mean, its
 * placements as dots (a round's), and an arrow from the previous wave's position. Drawn while
 * "Show uncertainty" is on; never hit-testable. Map space is square, so an ellipse is drawn
 * as computed (y flips: the angle turns the other way on screen).
 */
export const EvidenceLayer = memo(function EvidenceLayer({ items, layout }: { items: readonly Item[]; layout: MapLayout }) {
  const evidence = useApp((s) => s.doc.board.evidence);
  const evidenceView = useApp((s) => s.doc.board.evidenceView);
  const shown = useApp((s) => s.doc.board.display.showUncertainty);
  const marks = useMemo(() => (shown ? evidenceMarks({ evidence, evidenceView }, items) : []), [shown, evidence, evidenceView, items]);
  if (marks.length === 0) return null;
  const colour = new Map(items.map((item) => [item.id, item.colour]));
  return (
    <g className="evidence" aria-hidden="true">
      {marks.map((mark) => (
        <EvidenceShape key={mark.itemId} mark={mark} colour={colour.get(mark.itemId) ?? '#555555'} layout={layout} />
      ))}
    </g>
  );
});

/**
 * The evidence layer of the screen's map, an SVG of its own under the items: a drag or the
 * zones changing never makes its thousand ellipses draw again.
 */
export const EvidenceSvg = memo(function EvidenceSvg({ items, layout }: { items: readonly Item[]; layout: MapLayout }) {
  return (
    <svg className="layer layer-evidence" width={layout.side} height={layout.side} aria-hidden="true">
      <g transform={`translate(${layout.margin},${layout.margin})`} clipPath={plotClip(layout)}>
        <EvidenceLayer items={items} layout={layout} />
      </g>
    </svg>
  );
});

/** One item's evidence; drawn again only when its own numbers change (a drop elsewhere makes new marks, not new shapes). */
const EvidenceShape = memo(
  function EvidenceShape({ mark, colour, layout }: { mark: EvidenceMark; colour: string; layout: MapLayout }) {
    const { ellipse, arrow, points } = mark;
    const dot = Math.max(3.5, layout.markerRadius * 0.45);
    return (
      <g className={`evidence-item${mark.few ? ' evidence-few' : ''}`} data-evidence-for={mark.itemId} data-n={mark.n}>
        {ellipse && (
          <ellipse
            className="confidence-ellipse"
            cx={layout.x(ellipse.cx)}
            cy={layout.y(ellipse.cy)}
            rx={Math.max(0.5, lengthToPixels(layout, ellipse.rx))}
            ry={Math.max(0.5, lengthToPixels(layout, ellipse.ry))}
            transform={`rotate(${(-ellipse.angle * 180) / Math.PI} ${layout.x(ellipse.cx)} ${layout.y(ellipse.cy)})`}
            stroke={colour}
            fill={colour}
          />
        )}
        {points.length > 0 &&
          Array.from({ length: points.length / 2 }, (_, i) => (
            <circle key={i} className="placement-dot" cx={layout.x(points[2 * i]!)} cy={layout.y(points[2 * i + 1]!)} r={dot} fill={colour}>
              {mark.cell.names[i] && <title>{mark.cell.names[i]}</title>}
            </circle>
          ))}
        {points.length > 0 && <MeanMark x={layout.x(mark.mean.x)} y={layout.y(mark.mean.y)} size={dot * 2.2} colour={colour} />}
        {arrow && <WaveArrow from={{ x: layout.x(arrow.from.x), y: layout.y(arrow.from.y) }} to={{ x: layout.x(arrow.to.x), y: layout.y(arrow.to.y) }} since={arrow.since} stop={layout.markerRadius} />}
      </g>
    );
  },
  (a, b) => a.colour === b.colour && a.layout === b.layout && sameMark(a.mark, b.mark),
);

/** Two marks draw alike: the same cell (records are replaced whole), the same arrow. */
const sameMark = (a: EvidenceMark, b: EvidenceMark) =>
  a.cell === b.cell && a.few === b.few && (a.arrow === b.arrow || (a.arrow !== null && b.arrow !== null && a.arrow.from === b.arrow.from && a.arrow.to.x === b.arrow.to.x && a.arrow.to.y === b.arrow.to.y && a.arrow.since === b.arrow.since));

/** The placements' mean: a cross, so it reads apart from the dots around it. */
function MeanMark({ x, y, size, colour }: { x: number; y: number; size: number; colour: string }) {
  return <path className="placement-mean" d={`M${x - size},${y}H${x + size}M${x},${y - size}V${y + size}`} stroke={colour} />;
}
