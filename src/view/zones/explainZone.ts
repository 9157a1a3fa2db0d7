import type { Opportunity } from '../../gaps';
import type { Board, Item } from '../../model/types';
import { describePosition } from '../../model/describePosition';
import { mapPoint } from '../../model/mapPoint';

/** A relative opportunity index: the top zone is 100. Never a forecast. */
export function opportunityIndex(zone: Opportunity, top: Opportunity | undefined): number {
  return top && top.value > 0 ? Math.round((100 * zone.value) / top.value) : 0;
}

/** Who wants it: "Coffee hobbyists 64 %, Remote workers 30 %". */
export function whoWantsIt(zone: Opportunity, items: ReadonlyMap<string, Item>): string {
  const people = zone.personas.filter((p) => p.share >= 0.05).map((p) => `${items.get(p.id)?.label ?? 'Unknown'} ${Math.round(100 * p.share)} %`);
  return people.length > 0 ? people.join(', ') : 'nobody in particular';
}

/** What is nearest and how far: "Pour-over kit at 20 % of a side". */
export function whatIsNearest(zone: Opportunity, items: ReadonlyMap<string, Item>): string {
  const near = zone.nearest.slice(0, 2).map((n) => `${items.get(n.id)?.label ?? 'a product'} at ${Math.round(100 * n.distance)} % of a side`);
  return near.length > 0 ? near.join(', then ') : 'no product on the map';
}

/** The sentence a workshop reads aloud for one zone. */
export function explainZone(zone: Opportunity, items: ReadonlyMap<string, Item>, axes: Board['axes']): string {
  return `Wanted by ${whoWantsIt(zone, items)}. Nearest: ${whatIsNearest(zone, items)}. At ${describePosition(axes, mapPoint(zone.x, zone.y))}. Covers ${Math.max(1, Math.round(100 * zone.area))} % of the map.`;
}
