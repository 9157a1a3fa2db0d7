import type { GapResult } from '../../gaps';
import { titleShare } from './explainZone';

/** Zones within this distance of each other (map units: a tenth of the map's width) are the same zone. */
export const sameZoneDistance = 0.1;

/** What becomes of a zone in another run (another coverage radius, the board after a change). */
export type ZoneFate =
  | { readonly kind: 'stays'; readonly rank: number }
  | { readonly kind: 'becomes'; readonly rank: number }
  | { readonly kind: 'splits'; readonly into: number }
  | { readonly kind: 'merges'; readonly rank: number }
  | { readonly kind: 'drops'; readonly full: boolean };

/** The groups a zone is named after (its largest group when none holds a quarter of it). */
export function zoneLeaders(zone: Pick<GapResult['opportunities'][number], 'personas'>): Set<string> {
  const named = zone.personas.filter((p) => p.share >= titleShare);
  return new Set((named.length > 0 ? named : zone.personas.slice(0, 1)).map((p) => p.id));
}

const shareLeader = (a: Set<string>, b: Set<string>) => [...a].some((id) => b.has(id));

/**
 * Each zone of `other` is matched to a zone of `here`: among the zones led by one of its own
 * groups, the one whose peak is nearest; with none, the nearest within `sameZoneDistance`.
 * Zone `rank` (1-based) stays or becomes the rank of its one match, splits when it has
 * several, merges when it has none but a zone of `other` lies within reach (matched to
 * another zone), and else drops out (`full`: `other` has all the zones asked for).
 */
export function zoneFate(rank: number, here: Pick<GapResult, 'opportunities'>, other: Pick<GapResult, 'opportunities'>, maxZones: number): ZoneFate {
  const zone = here.opportunities[rank - 1]!;
  const hereLeaders = here.opportunities.map(zoneLeaders);
  const matched: number[] = [];
  let nearby: number | null = null;
  other.opportunities.forEach((o, i) => {
    const leaders = zoneLeaders(o);
    const distance = (h: { x: number; y: number }) => Math.hypot(o.x - h.x, o.y - h.y);
    if (distance(zone) <= sameZoneDistance) nearby ??= i + 1;
    const byGroup = here.opportunities.map((h, j) => ({ j, d: distance(h) })).filter(({ j }) => shareLeader(leaders, hereLeaders[j]!));
    const candidates = byGroup.length > 0 ? byGroup : here.opportunities.map((h, j) => ({ j, d: distance(h) })).filter(({ d }) => d <= sameZoneDistance);
    const owner = candidates.reduce<{ j: number; d: number } | null>((best, c) => (best === null || c.d < best.d ? c : best), null);
    if (owner?.j === rank - 1) matched.push(i + 1);
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
