import type { MapPoint } from './types';
import { mapPoint } from './mapPoint';
import { minSpacing } from './nextFreeSpot';

/** Grid spots keep this far from the map's edges (map units), clear of the axis words and quadrant names. */
const inset = 0.08;

/**
 * `count` free spots for items waiting to be placed ("Place all"): points of the coarsest
 * square grid over the map, row by row from the top left, that has enough of them at least
 * half a cell (and `minSpacing`) away from every `taken` position. Spread out, never a knot
 * at the centre; the team then moves each where it belongs.
 */
export function gridSpots(count: number, taken: readonly MapPoint[]): MapPoint[] {
  if (count <= 0) return [];
  for (let side = Math.max(2, Math.ceil(Math.sqrt(count))); side <= 200; side++) {
    const cell = (1 - 2 * inset) / Math.max(1, side - 1);
    const clearance = Math.max(minSpacing, cell / 2);
    const free: MapPoint[] = [];
    for (let row = 0; row < side && free.length < count; row++) {
      for (let col = 0; col < side && free.length < count; col++) {
        const spot = mapPoint(inset + col * cell, 1 - inset - row * cell);
        if (taken.every((q) => Math.hypot(spot.x - q.x, spot.y - q.y) >= clearance)) free.push(spot);
      }
    }
    if (free.length === count) return free;
  }
  // More items than any grid leaves room for: the finest grid, occupied or not.
  const side = Math.ceil(Math.sqrt(count));
  const cell = (1 - 2 * inset) / Math.max(1, side - 1);
  return Array.from({ length: count }, (_, i) => mapPoint(inset + (i % side) * cell, 1 - inset - Math.floor(i / side) * cell));
}
