import type { GapResult } from '../../gaps';
import { totalUnmetShare } from '../../gaps/totalUnmetShare';
import type { Item } from '../../model/types';
import { zoneTitle } from './explainZone';
import { zoneLeaders } from './zoneFate';

/** "58 % of all demand is unmet." */
export function totalUnmetWords(result: Pick<GapResult, 'unmet'>): string | null {
  if (!result.unmet.some((u) => u.demand > 0)) return null;
  return `${Math.round(100 * totalUnmetShare(result.unmet))} % of all demand is unmet.`;
}

/**
 * A what-if against the board as it was: "−17 points of unmet demand (58 % → 41 %); zone 1
 * (Couch gamers) loses 63 % of its unmet demand." Zone 1 is followed by its groups: the zones
 * after the change led by any of them (one, several when it split, none when it is gone).
 * Null when nothing a room would see changed (under half a point, zone 1 within 1 %).
 */
export function describeChange(before: GapResult, after: GapResult, items: ReadonlyMap<string, Item>): string | null {
  const was = Math.round(100 * totalUnmetShare(before.unmet));
  const now = Math.round(100 * totalUnmetShare(after.unmet));
  const points = now - was;
  const top = before.opportunities[0];
  let zone = '';
  if (top) {
    const leaders = zoneLeaders(top);
    const followed = after.opportunities.map((z, i) => ({ z, rank: i + 1 })).filter(({ z }) => [...zoneLeaders(z)].some((id) => leaders.has(id)));
    const name = `zone 1 (${zoneTitle(top, items)})`;
    if (followed.length === 0) zone = `${name} is no longer a zone`;
    else {
      const change = followed.reduce((sum, { z }) => sum + z.mass, 0) / top.mass - 1;
      const rounded = Math.round(100 * Math.abs(change));
      const where = followed.length > 1 ? `splits in ${followed.length === 2 ? 'two' : followed.length}` : followed[0]!.rank !== 1 ? `is now zone ${followed[0]!.rank}` : '';
      const amount = rounded >= 1 ? `${change < 0 ? 'loses' : 'gains'} ${rounded} % of its unmet demand` : '';
      if (amount || where) zone = `${name} ${[amount, where].filter(Boolean).join(' and ')}`;
    }
  }
  if (points === 0 && !zone) return null;
  const total = points === 0 ? `unmet demand unchanged (${now} %)` : `${points < 0 ? '−' : '+'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'} of unmet demand (${was} % → ${now} %)`;
  return zone ? `${total}; ${zone}.` : `${total}.`;
}
