import type { MapPoint } from './types';
import { mapPoint } from './mapPoint';

/** Quick-added items sit at least this far apart (map units), so they never stack. */
export const minSpacing = 0.04;

/**
 * Where the next quick-added item goes: the anchor itself when nothing is near it, else
 * the first free spot on a spiral around it, inside the map.
 */
export function nextFreeSpot(anchor: MapPoint, taken: readonly MapPoint[]): MapPoint {
  const isFree = (p: MapPoint) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= minSpacing - 1e-12);
  if (isFree(anchor)) return anchor;
  for (let ring = 1; ring <= 40; ring++) {
    const radius = ring * minSpacing;
    const steps = 6 * ring;
    for (let k = 0; k < steps; k++) {
      const angle = (2 * Math.PI * k) / steps - Math.PI / 2;
      const candidate = mapPoint(anchor.x + radius * Math.cos(angle), anchor.y + radius * Math.sin(angle));
      if (isFree(candidate)) return candidate;
    }
  }
  return anchor;
}
