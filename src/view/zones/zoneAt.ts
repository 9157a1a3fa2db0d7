import type { Opportunity, Ring } from '../../gaps';

/** Even-odd test of a point against rings (outer boundaries and holes alike), map space. */
function inside(x: number, y: number, rings: readonly Ring[]): boolean {
  let hit = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

/** The rank index (0-based) of the zone whose drawn region holds the map point, the best-ranked when regions touch; null when none. */
export function zoneAt(x: number, y: number, zones: readonly Pick<Opportunity, 'polygons'>[]): number | null {
  const index = zones.findIndex((zone) => zone.polygons.some((polygon) => inside(x, y, polygon)));
  return index < 0 ? null : index;
}
