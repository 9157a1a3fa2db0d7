import type { Ring } from './types';

/** Signed area of a ring (shoelace). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum / 2;
}

/** Area of a polygon: its outer ring less its holes. */
export function polygonArea(polygon: readonly Ring[]): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is (x, y) inside the polygon's outer ring and outside its holes? */
export function polygonContains(polygon: readonly Ring[], x: number, y: number): boolean {
  if (!polygon[0] || !inRing(x, y, polygon[0])) return false;
  return !polygon.slice(1).some((hole) => inRing(x, y, hole));
}
