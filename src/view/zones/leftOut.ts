import type { GapResult } from '../../gaps';
import type { Item } from '../../model/types';
import { percentText, sizeText, titleGroups, zoneTitle } from './explainZone';

/** A group with at least this share of its demand unmet and no zone of its own gets a "why not" line. */
export const leftOutShare = 0.3;

/**
 * Why a group with much unmet demand has no zone named after it: its demand flows into
 * another zone's basin, its own basin is under the reporting floor (5 % of zone 1), or its
 * zone ranks beyond the number asked for. "Style-conscious urbanites (size 20, 65 % unmet): no
 * zone of their own; their demand flows into the basin of zone 1 (Daily commuters) and is counted there."
 */
export function whyNoZone(result: Pick<GapResult, 'opportunities' | 'unmet'>, items: ReadonlyMap<string, Item>, maxZones: number): string[] {
  const named = new Set(result.opportunities.flatMap((zone) => titleGroups(zone).map((p) => p.id)));
  const lines: string[] = [];
  for (const group of result.unmet) {
    const item = items.get(group.id);
    if (!item || named.has(group.id) || group.share < leftOutShare || group.demand <= 0) continue;
    const who = `${item.label} (size ${sizeText(item.weight)}, ${percentText(group.share)} unmet): no zone of their own`;
    if (group.zone !== null) {
      const zone = result.opportunities[group.zone]!;
      lines.push(`${who}; their demand flows into the basin of zone ${group.zone + 1} (${zoneTitle(zone, items)}) and is counted there.`);
    } else if (group.dropped === 'floor') {
      lines.push(`${who}; the unmet demand around them is under 5 % of zone 1's, the floor for a zone.`);
    } else if (group.dropped === 'count') {
      lines.push(`${who}; their zone ranks below the ${maxZones} ${maxZones === 1 ? 'zone' : 'zones'} asked for. Ask for more zones to see it.`);
    }
  }
  return lines;
}

/** "Only 2 zones of the 3 asked for: …", or null when every zone asked for is shown. */
export function fewerZones(result: Pick<GapResult, 'opportunities' | 'omitted'>, maxZones: number): string | null {
  const shown = result.opportunities.length;
  if (shown === 0 || shown >= maxZones) return null;
  const lead = `Only ${shown} ${shown === 1 ? 'zone' : 'zones'} of the ${maxZones} asked for`;
  const { belowFloor } = result.omitted;
  return belowFloor > 0
    ? `${lead}: ${belowFloor} more ${belowFloor === 1 ? 'basin holds' : 'basins hold'} under 5 % of zone 1's unmet demand, too little to count as a zone.`
    : `${lead}: the board has no other basin of unmet demand.`;
}
