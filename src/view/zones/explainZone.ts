import type { GapResult, Opportunity } from '../../gaps';
import type { Board, Item, Quadrant } from '../../model/types';

/** A group holding at least this share of a zone's mass names the zone. */
export const titleShare = 0.25;

/** A relative opportunity index: 100 · m / m₁, the top zone = 100. Never a forecast. */
export function opportunityIndex(zone: Opportunity, top: Opportunity | undefined): number {
  return top && top.mass > 0 ? Math.round((100 * zone.mass) / top.mass) : 0;
}

/** "A", "A & B", "A, B & C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}

const labelOf = (items: ReadonlyMap<string, Item>, id: string) => items.get(id)?.label ?? 'Unknown group';

/** The persona groups that name a zone: those with ≥ 25 % of its mass, largest first. */
export function titleGroups(zone: Opportunity): readonly { id: string; share: number }[] {
  return zone.personas.filter((p) => p.share >= titleShare);
}

/** "Couch gamers", "Family movie nights & Retired viewers", or "Mixed demand". */
export function zoneTitle(zone: Opportunity, items: ReadonlyMap<string, Item>): string {
  const groups = titleGroups(zone);
  return groups.length > 0 ? joinNames(groups.map((p) => labelOf(items, p.id))) : 'Mixed demand';
}

/** Which quadrant a point lies in: x ≥ ½ is the immersive half, y ≥ ½ the aspirational one. */
export function quadrantOf(x: number, y: number): Quadrant {
  return y >= 0.5 ? (x >= 0.5 ? 'topRight' : 'topLeft') : x >= 0.5 ? 'bottomRight' : 'bottomLeft';
}

/** "the Practical quadrant", by the board's own names (axis words when a name is blank). */
export function quadrantName(board: Pick<Board, 'quadrants' | 'axes'>, x: number, y: number): string {
  const name = board.quadrants[quadrantOf(x, y)].trim();
  if (name) return `the ${name} quadrant`;
  return `the ${x >= 0.5 ? board.axes.x.max : board.axes.x.min}–${y >= 0.5 ? board.axes.y.max : board.axes.y.min} quadrant`;
}

/** Percent of the map's width, as a room reads it. */
export const widthPercent = (distance: number) => `${Math.round(100 * distance)} % of the map's width`;

const percentText = (share: number) => `${Math.round(100 * share)} %`;

/**
 * The sentence a workshop reads aloud for one zone: how much of each named group's demand is
 * unmet, how far the nearest product is, and the quadrant. "Couch gamers: 91 % of their
 * demand is unmet. No product within 31 % of the map's width; nearest: Projector. In the
 * Practical quadrant."
 */
export function explainZone(zone: Opportunity, items: ReadonlyMap<string, Item>, unmet: GapResult['unmet'], board: Pick<Board, 'quadrants' | 'axes'>): string {
  const unmetOf = new Map(unmet.map((u) => [u.id, u.share]));
  const groups = titleGroups(zone);
  const who =
    groups.length === 0
      ? `No group holds a quarter of it; the largest: ${zone.personas.slice(0, 3).map((p) => `${labelOf(items, p.id)} ${percentText(p.share)}`).join(', ')}.`
      : groups
          .map((p, i) => {
            const share = percentText(unmetOf.get(p.id) ?? 0);
            return i === 0 ? `${labelOf(items, p.id)}: ${share} of their demand is unmet` : `${labelOf(items, p.id)}: ${share}`;
          })
          .join('; ') + '.';
  const near = zone.nearest[0];
  const nearest = near
    ? `No product within ${widthPercent(near.distance)}; nearest: ${items.get(near.id)?.label ?? 'a product'}.`
    : 'No product on the map.';
  return `${who} ${nearest} In ${quadrantName(board, zone.x, zone.y)}.`;
}

/** "If products reach twice as far: still zone 2" / "…: no longer among the top 3". */
export function robustnessWords(change: 'double' | 'half', rank: number | null, maxZones: number): string {
  const lead = change === 'double' ? 'If products reach twice as far' : 'If products reach half as far';
  return `${lead}: ${rank === null ? `no longer among the top ${maxZones}` : `still zone ${rank}`}`;
}
