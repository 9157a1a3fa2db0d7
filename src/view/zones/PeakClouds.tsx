import { useApp } from '../../store/useStore';
import type { MapLayout } from '../map/mapLayout';
import { useZoneStability } from './useZoneStability';

/**
 * Where each zone's peak lands over resamples of the board's evidence: a faint dot per
 * resample, in the zone's rank order, while uncertainty shows.
 */
export function PeakClouds({ layout }: { layout: MapLayout }) {
  const stability = useZoneStability();
  const shown = useApp((s) => s.doc.board.display.showUncertainty);
  if (!shown || !stability) return null;
  const r = Math.max(1.5, layout.markerRadius * 0.18);
  return (
    <g className="peak-clouds">
      {stability.map((zone, k) => (
        <g key={k} className="peak-cloud" data-zone={k + 1} data-keep={Math.round(zone.keep * 100)}>
          {Array.from({ length: zone.cloud.length / 2 }, (_, i) => (
            <circle key={i} cx={layout.x(zone.cloud[2 * i]!)} cy={layout.y(zone.cloud[2 * i + 1]!)} r={r} />
          ))}
        </g>
      ))}
    </g>
  );
}

