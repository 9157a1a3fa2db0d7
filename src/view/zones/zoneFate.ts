import type { GapResult } from '../../gaps';

/** Zones within this distance of each other (map units: a tenth of the map's width) are the same zone. */
export const sameZoneDistance = 0.1;

/** What becomes of a zone in another run (another coverage radius, the board after a change). */
export type ZoneFate =
  | { readonly kind: 'stays'; readonly rank: number }
  | { readonly kind: 'becomes'; readonly rank: number }
  | { readonly kind: 'splits'; readonly into: number }
  | { readonly kind: 'merges'; readonly rank: number }
  | { readonly kind: 'drops'; readonly full: boolean };

/**
 * Each zone of `other` is matched to the zone of `here` whose peak is nearest, within
 * `sameZoneDistance`. Zone `rank` (1-based) stays or becomes the rank of its one match, splits
 * when it has several, merges when it has none but a zone of `other` lies within reach
 * (matched to a nearer zone), and else drops out (`full`: `other` has all the zones asked for).
 */
export function zoneFate(rank: number, here: Pick<GapResult, 'opportunities'>, other: Pick<GapResult, 'opportunities'>, maxZones: number): ZoneFate {
  const zone = here.opportunities[rank - 1]!;
  const matched: number[] = [];
  let nearby: number | null = null;
  other.opportunities.forEach((o, i) => {
    const distance = Math.hypot(o.x - zone.x, o.y - zone.y);
    if (distance > sameZoneDistance) return;
    nearby ??= i + 1;
    let owner = rank;
    let best = distance;
    here.opportunities.forEach((h, j) => {
      const d = Math.hypot(o.x - h.x, o.y - h.y);
      if (d < best) {
        best = d;
        owner = j + 1;
      }
    });
    if (owner === rank) matched.push(i + 1);
  });
  if (matched.length > 1) return { kind: 'splits', into: matched.length };
  if (matched.length === 1) return matched[0] === rank ? { kind: 'stays', rank } : { kind: 'becomes', rank: matched[0]! };
  if (nearby !== null) return { kind: 'merges', rank: nearby };
  return { kind: 'drops', full: other.opportunities.length >= maxZones };
}

const twoWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "stays zone 1", "becomes zone 2", "splits in two", "merges into zone 1", "drops out of the top 3". */
export function fateWords(fate: ZoneFate, maxZones: number): string {
  switch (fate.kind) {
    case 'stays':
      return `stays zone ${fate.rank}`;
    case 'becomes':
      return `becomes zone ${fate.rank}`;
    case 'splits':
      return `splits in ${twoWords[fate.into - 2] ?? fate.into}`;
    case 'merges':
      return `merges into zone ${fate.rank}`;
    case 'drops':
      return fate.full ? `drops out of the top ${maxZones}` : 'is no longer a zone';
  }
}

/** "If products reach twice as far (20 % of the map's width): becomes zone 2". */
export function robustnessWords(change: 'double' | 'half', coverage: number, fate: ZoneFate, maxZones: number): string {
  const radius = `${Math.round(100 * coverage)} % of the map's width`;
  return `If products reach ${change === 'double' ? 'twice' : 'half'} as far (${radius}): ${fateWords(fate, maxZones)}`;
}
