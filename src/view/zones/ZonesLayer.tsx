import { memo, Suspense, useMemo } from 'react';
import { plotClip } from '../map/PlotClip';
import type { Ring } from '../../gaps';
import { lengthToPixels, pinSize, zoneBadgeRadius, type MapLayout } from '../map/mapLayout';
import { useActions, useApp } from '../../store/useStore';
import { opportunityIndex, zoneTitle } from './explainZone';
import { useGaps, whiteSpaceShown, zonesShown } from './useGaps';
import { whiteSpaceLetters } from './assignLetters';
import { useBadgeSpots } from './useBadgeSpots';
import { outlineCrosses } from './outlineCrosses';
import { LazyPeakClouds } from '../evidence/lazyEvidence';
import type { PlacedLabel } from '../map/layoutLabels';

/** The gap-finder's overlay: zones as translucent fills with rank badges, white space as lettered circles, pinned zones. */
/** `labels`: the placed labels the white-space circles keep off (the screen's map; images draw their own). */
export const ZonesLayer = memo(function ZonesLayer({ layout, labels }: { layout: MapLayout; labels?: readonly PlacedLabel[] }) {
  const show = useApp(zonesShown);
  const showSpace = useApp(whiteSpaceShown);
  const pinned = useApp((s) => s.doc.board.pinnedZones);
  const hasEvidence = useApp((s) => s.doc.board.evidence.length > 0 && s.doc.board.display.showUncertainty);
  const { plot, margin, x, y, side } = layout;
  const badge = pinSize(layout);
  return (
    <svg className="layer layer-zones" width={side} height={side} aria-hidden="true">
      <defs>
        <clipPath id="plot-clip">
          <rect width={plot} height={plot} />
        </clipPath>
      </defs>
      <g transform={`translate(${margin},${margin})`} clipPath={plotClip(layout)}>
        {showSpace && <WhiteSpace layout={layout} badge={badge} labels={labels} />}
        {show && <LiveZones layout={layout} />}
        {show && hasEvidence && (
          <Suspense fallback={null}>
            <LazyPeakClouds layout={layout} />
          </Suspense>
        )}
        {pinned.map((zone) => (
          <g key={zone.id} className="pinned-zone" transform={`translate(${x(zone.position.x)},${y(zone.position.y)})`}>
            <path d={`M0,0 L${-badge * 0.45},${-badge * 1.1} A${badge * 0.55},${badge * 0.55} 0 1 1 ${badge * 0.45},${-badge * 1.1} Z`} />
            <circle cy={-badge * 1.35} r={badge * 0.2} className="pin-dot" />
            <text y={-badge * 2.2} textAnchor="middle" fontSize={badge * 0.85}>Pinned: {zone.label} ({Math.round(zone.index)})</text>
          </g>
        ))}
      </g>
    </svg>
  );
});

/**
 * The largest empty circles, faint and clipped to the plot, each with its letter. Their
 * dashed outlines keep off the labels (`labels`, when given): a mask with a hole around each
 * label an outline crosses (a handful, not every label: a mask of a thousand holes is drawn
 * again on every drop).
 */
function WhiteSpace({ layout, badge, labels }: { layout: MapLayout; badge: number; labels: readonly PlacedLabel[] | undefined }) {
  const result = useGaps();
  const badges = useBadgeSpots(layout);
  const letters = whiteSpaceLetters(result.whiteSpace);
  const { x, y, margin, side } = layout;
  const circles = result.whiteSpace.map((circle) => ({ cx: x(circle.x), cy: y(circle.y), r: lengthToPixels(layout, circle.radius) }));
  const holes = labels?.filter((label) => circles.some((circle) => outlineCrosses(circle, holeOf(label))));
  return (
    <>
      {holes && (
        <mask id="white-space-mask" maskUnits="userSpaceOnUse" x={-margin} y={-margin} width={side} height={side}>
          <rect x={-margin} y={-margin} width={side} height={side} fill="white" />
          {holes.map((label) => {
            const hole = holeOf(label);
            return <rect key={label.id} x={hole.left} y={hole.top} width={hole.right - hole.left} height={hole.bottom - hole.top} fill="black" />;
          })}
        </mask>
      )}
      <g className="white-space" clipPath="url(#plot-clip)" mask={holes ? 'url(#white-space-mask)' : undefined}>
        {circles.map((circle, i) => (
          <circle key={letters[i]} cx={circle.cx} cy={circle.cy} r={circle.r} />
        ))}
      </g>
      {result.whiteSpace.map((circle, i) => {
        const spot = letterSpot(layout, circle, badge, badges);
        return (
          <text key={letters[i]} className="white-space-letter" x={spot.x} y={spot.y} textAnchor="middle" dominantBaseline="central" fontSize={badge * 1.6}>
            {letters[i]}
          </text>
        );
      })}
    </>
  );
}

/** The hole a label leaves in the white-space outlines: its box and a little air. */
const holeOf = ({ box }: PlacedLabel) => ({ left: box.left - 3, top: box.top - 1, right: box.right + 3, bottom: box.bottom + 1 });

/**
 * Where a circle's letter goes, px: inside the circle, moved from its centre toward the middle
 * of the map, out of the quadrant names' rows; turned around the centre when a rank badge is
 * there, so a letter never sits on a badge.
 */
function letterSpot(layout: MapLayout, circle: { x: number; y: number; radius: number }, badge: number, badges: readonly { x: number; y: number }[]) {
  const { plot, x, y } = layout;
  const cx = x(circle.x);
  const cy = y(circle.y);
  const toward = Math.atan2(plot / 2 - cy, plot / 2 - cx);
  const shift = Math.min(lengthToPixels(layout, circle.radius) * 0.45, badge * 3.2);
  // Quadrant names run along the top and bottom edges: the letter keeps out of their rows.
  const clear = layout.axisFont * 0.9 * 1.9 + badge * 0.8;
  const at = (angle: number) => ({ x: cx + Math.cos(angle) * shift, y: Math.min(plot - clear, Math.max(clear, cy + Math.sin(angle) * shift)) });
  const free = (p: { x: number; y: number }) => badges.every((b) => Math.hypot(b.x - p.x, b.y - p.y) > badge * 2.4);
  for (const turn of [0, 0.5, -0.5, 1, -1, 1.5, -1.5, Math.PI]) {
    const spot = at(toward + turn);
    if (free(spot)) return spot;
  }
  return at(toward);
}

/** The opportunity zones' drawn regions, translucent, the hovered one stronger. */
function LiveZones({ layout }: { layout: MapLayout }) {
  const result = useGaps();
  const hovered = useApp((s) => s.session.hoveredZone);
  const { x, y } = layout;
  const toPath = (polygon: readonly Ring[]) =>
    polygon.map((ring) => `M${ring.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join('L')}Z`).join('');
  return (
    <>
      <g className="zones">
        {result.opportunities.map((zone, i) => (
          <path key={i} className={`zone zone-${i + 1}${hovered === i ? ' zone-hovered' : ''}`} d={toPath(zone.polygons.flat())} fillRule="evenodd" />
        ))}
      </g>
    </>
  );
}

/** Rank badges 1, 2, 3 at the zones' peaks, beside any marker there (see `placeBadges`), above the markers; never hit-testable. */
export const ZoneBadgesLayer = memo(function ZoneBadgesLayer({ layout }: { layout: MapLayout }) {
  const show = useApp(zonesShown);
  if (!show) return null;
  return <Badges layout={layout} />;
});

/**
 * The rank badges. Each is focusable (Tab after the items): focus highlights its zone, Enter
 * or Space opens it in the Zones tab, as a click on the zone does.
 */
function Badges({ layout }: { layout: MapLayout }) {
  const actions = useActions();
  const result = useGaps();
  const hovered = useApp((s) => s.session.hoveredZone);
  const items = useApp((s) => s.doc.board.items);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const spots = useBadgeSpots(layout);
  const { margin, side } = layout;
  const radius = zoneBadgeRadius(layout);
  const top = result.opportunities[0];
  return (
    <svg className="layer layer-badges" width={side} height={side} role="group" aria-label="Opportunity zones on the map">
      <g transform={`translate(${margin},${margin})`} clipPath={plotClip(layout)}>
        {result.opportunities.map((zone, i) => spots[i] && (
          // The badge sits beside what is at the peak; the peak itself is in map space in data-x/data-y.
          <g
            key={i}
            className={`zone-badge${hovered === i ? ' zone-hovered' : ''}`}
            transform={`translate(${spots[i].x},${spots[i].y})`}
            data-x={zone.x}
            data-y={zone.y}
            role="button"
            tabIndex={0}
            aria-label={`Zone ${i + 1}: ${zoneTitle(zone, byId)}, index ${opportunityIndex(zone, top)}`}
            onFocus={() => actions.hoverZone(i)}
            onBlur={() => actions.hoverZone(null)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              actions.selectZone(i);
            }}
          >
            <circle r={radius} />
            <text textAnchor="middle" dominantBaseline="central" fontSize={radius * 1.2}>{i + 1}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
