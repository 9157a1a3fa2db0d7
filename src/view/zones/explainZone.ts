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

/**
 * A zone's key attractors: those of the groups it is named after (its largest group when
 * none holds a quarter), in their order, each once (ignoring case).
 */
export function zoneAttractors(zone: Opportunity, items: ReadonlyMap<string, Item>): string[] {
  const named = titleGroups(zone);
  const words: string[] = [];
  for (const group of named.length > 0 ? named : zone.personas.slice(0, 1)) {
    for (const word of items.get(group.id)?.attractors ?? []) if (!words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words;
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

export const percentText = (share: number) => `${Math.round(100 * share)} %`;

/** A group's size as typed: "60", "2.5", "0.25". */
export const sizeText = (weight: number) => String(Math.round(weight * 100) / 100);

/** "1.8×", "12×": a ratio of masses as a room says it. */
const timesText = (ratio: number) => `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;

/**
 * The sentence a facilitator reads aloud to defend zone `rank` (0-based): who wants it and
 * how big they are, how it compares with the next zone, the nearest product to where its
 * groups are, and the quadrant. "Couch gamers (size 2, 91 % unmet); 1.3× the unmet demand of
 * zone 2. Nearest product to these groups: Projector, 29 % of the map's width away. In the
 * Practical quadrant."
 */
export function explainZone(result: Pick<GapResult, 'opportunities' | 'unmet'>, rank: number, items: ReadonlyMap<string, Item>, board: Pick<Board, 'quadrants' | 'axes'>): string {
  const zone = result.opportunities[rank]!;
  const unmetOf = new Map(result.unmet.map((u) => [u.id, u.share]));
  const sized = (id: string, first: boolean) => {
    const size = sizeText(items.get(id)?.weight ?? 0);
    const unmet = percentText(unmetOf.get(id) ?? 0);
    return `${labelOf(items, id)} (${first ? `size ${size}, ${unmet} unmet` : `${size}, ${unmet}`})`;
  };
  const groups = titleGroups(zone);
  const who =
    groups.length === 0
      ? `Mixed demand, no group holds a quarter of it; the largest: ${zone.personas.slice(0, 3).map((p, i) => `${sized(p.id, i === 0)} ${percentText(p.share)} of it`).join(', ')}`
      : joinNames(groups.map((p, i) => sized(p.id, i === 0)));
  const next = result.opportunities[rank + 1];
  const compared = next && next.mass > 0 ? `; ${timesText(zone.mass / next.mass)} the unmet demand of zone ${rank + 2}` : result.opportunities.length === 1 ? '; the only zone' : '';
  const near = zone.nearest[0];
  const nearest = near
    ? `Nearest product to ${groups.length === 1 ? 'this group' : 'these groups'}: ${items.get(near.id)?.label ?? 'a product'}, ${widthPercent(near.distance)} away.`
    : 'No product on the map.';
  const attractors = zoneAttractors(zone, items);
  const drawn = attractors.length > 0 ? ` Key attractors: ${attractors.join(', ')}.` : '';
  return `${who}${compared}. ${nearest} In ${quadrantName(board, zone.x, zone.y)}.${drawn}`;
}
