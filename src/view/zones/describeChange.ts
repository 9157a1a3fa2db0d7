import { totalUnmetShare, type GapResult } from '../../gaps';
import type { Item } from '../../model/types';
import { zoneTitle } from './explainZone';
import { zoneFate } from './zoneFate';

/** "58 % of all demand is unmet." */
export function totalUnmetWords(result: Pick<GapResult, 'unmet'>): string | null {
  if (!result.unmet.some((u) => u.demand > 0)) return null;
  return `${Math.round(100 * totalUnmetShare(result.unmet))} % of all demand is unmet.`;
}

/**
 * A what-if against the board as it was: "−17 points of unmet demand (58 % → 41 %); zone 1
 * (Couch gamers) loses 63 % of its unmet demand." Null when nothing a room would see changed
 * (under half a point, and zone 1 within 1 %).
 */
export function describeChange(before: GapResult, after: GapResult, items: ReadonlyMap<string, Item>, maxZones: number): string | null {
  const was = Math.round(100 * totalUnmetShare(before.unmet));
  const now = Math.round(100 * totalUnmetShare(after.unmet));
  const points = now - was;
  const top = before.opportunities[0];
  let zone = '';
  let zoneMoved = false;
  if (top) {
    const title = zoneTitle(top, items);
    const fate = zoneFate(1, before, after, maxZones);
    if (fate.kind === 'stays' || fate.kind === 'becomes') {
      const change = after.opportunities[fate.rank - 1]!.mass / top.mass - 1;
      const rounded = Math.round(100 * Math.abs(change));
      zoneMoved = rounded >= 1 || fate.kind === 'becomes';
      const verb = change < 0 ? `loses ${rounded} %` : `gains ${rounded} %`;
      zone = `zone 1 (${title}) ${verb} of its unmet demand${fate.kind === 'becomes' ? ` and is now zone ${fate.rank}` : ''}`;
    } else {
      zoneMoved = true;
      zone = fate.kind === 'splits' ? `zone 1 (${title}) splits in ${fate.into}` : fate.kind === 'merges' ? `zone 1 (${title}) merges into zone ${fate.rank}` : `zone 1 (${title}) is no longer a zone`;
    }
  }
  if (points === 0 && !zoneMoved) return null;
  const total = points === 0 ? `unmet demand unchanged (${now} %)` : `${points < 0 ? '−' : '+'}${Math.abs(points)} points of unmet demand (${was} % → ${now} %)`;
  return zone ? `${total}; ${zoneMoved ? zone : `zone 1 (${zoneTitle(top!, items)}) unchanged`}.` : `${total}.`;
}
