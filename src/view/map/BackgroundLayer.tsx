import { memo } from 'react';
import type { Board, Quadrant } from '../../model/types';
import type { MapLayout } from './mapLayout';
import { quadrantFontOf, type NameSpot } from './quadrantNameSpots';

interface Props {
  readonly layout: MapLayout;
  readonly axes: Board['axes'];
  readonly quadrants: Board['quadrants'];
  readonly bands: Board['bands'] | null;
  /** Where the quadrants' names go (see `quadrantNameSpots`: clear of the markers). */
  readonly names: Readonly<Record<Quadrant, NameSpot>>;
}

/** Quadrants, Maslow bands, grid and axis words: drawn by React from the scales. */
export const BackgroundLayer = memo(function BackgroundLayer({ layout, axes, quadrants, bands, names }: Props) {
  const { plot, margin, x, y, axisFont, side } = layout;
  // The quadrants meet at the map's centre, wherever the view puts it (kept to the frame).
  const inFrame = (px: number) => Math.min(plot, Math.max(0, px));
  const [qx, qy] = [inFrame(x(0.5)), inFrame(y(0.5))];
  const grid = x.ticks(10);
  // Bands fill the frame at zoom 1 (their edges are not positions): a frame fraction as the map unit drawn there unzoomed.
  const e = layout.inset / layout.span;
  const bandEdge = (fraction: number) => inFrame(y(-e + fraction * (1 + 2 * e)));
  const quadrantFont = quadrantFontOf(layout);
  return (
    <svg className="layer layer-background" width={side} height={side} aria-hidden="true">
      <g transform={`translate(${margin},${margin})`}>
        <rect className="plot-bg" width={plot} height={plot} />
        <rect className="quadrant q-bl" x={0} y={qy} width={qx} height={plot - qy} />
        <rect className="quadrant q-tl" x={0} y={0} width={qx} height={qy} />
        <rect className="quadrant q-br" x={qx} y={qy} width={plot - qx} height={plot - qy} />
        <rect className="quadrant q-tr" x={qx} y={0} width={plot - qx} height={qy} />
        {bands && bands.length > 0 && (
          <g className="bands">
            {bands.map((band, i) => {
              // Bands fill the frame (their edges are not positions): the top one from the frame's top.
              const top = bandEdge((i + 1) / bands.length);
              const height = bandEdge(i / bands.length) - top;
              if (height <= 0) return null;
              return (
                <g key={i}>
                  <rect className={i % 2 ? 'band band-odd' : 'band'} x={0} y={top} width={plot} height={height} />
                  {/* At the top of its band: never on the mid axis, which crosses the middle band's centre. */}
                  <text className="band-label" x={plot - 8} y={top + axisFont * 0.66 * 0.9} fontSize={axisFont * 0.66} textAnchor="end" dominantBaseline="middle">
                    {band}
                  </text>
                </g>
              );
            })}
          </g>
        )}
        {grid.map((t) => (
          <g key={t} className={t === 0.5 ? 'grid grid-mid' : 'grid'}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={plot} />
            <line x1={0} x2={plot} y1={y(t)} y2={y(t)} />
          </g>
        ))}
        <rect className="plot-frame" width={plot} height={plot} />
        <g className="quadrant-labels" fontSize={quadrantFont}>
          {(['bottomLeft', 'topLeft', 'bottomRight', 'topRight'] as const).map((quadrant) => {
            const spot = names[quadrant];
            return (
              <text key={quadrant} x={spot.x} y={spot.y} textAnchor={spot.anchor} dominantBaseline={spot.baseline}>
                {quadrants[quadrant]}
              </text>
            );
          })}
        </g>
        <g className="axis axis-x" fontSize={axisFont}>
          <text x={0} y={plot + axisFont * 1.25}>{axes.x.min}</text>
          <text x={plot / 2} y={plot + axisFont * 1.25} textAnchor="middle" className="axis-title">
            {axes.x.title} →
          </text>
          <text x={plot} y={plot + axisFont * 1.25} textAnchor="end">{axes.x.max}</text>
        </g>
        <g className="axis axis-y" fontSize={axisFont} transform={`translate(${-axisFont * 0.55},0) rotate(-90)`}>
          <text x={-plot} y={0}>{axes.y.min}</text>
          <text x={-plot / 2} y={0} textAnchor="middle" className="axis-title">
            {axes.y.title} →
          </text>
          <text x={0} y={0} textAnchor="end">{axes.y.max}</text>
        </g>
      </g>
    </svg>
  );
});
