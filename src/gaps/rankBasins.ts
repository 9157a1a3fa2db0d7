import { findBasins, type Basin } from './basins';

/** Zones holding less than this share of the top zone's mass are not reported. */
export const minMassShare = 0.05;

/** The basins of a sampled O, ranked by mass; `kept` are the ones reported as zones. */
export interface RankedBasins {
  readonly basinOf: Int32Array;
  readonly basins: readonly Basin[];
  /** Every basin, largest mass first (ties: the lower peak cell), with its index in `basins`. */
  readonly ranked: readonly { readonly basin: Basin; readonly at: number }[];
  /** Those with at least 5 % of the top mass. */
  readonly aboveFloor: number;
  /** The first min(aboveFloor, maxZones) of `ranked`: the zones, in rank order. */
  readonly kept: readonly { readonly basin: Basin; readonly at: number }[];
}

/** Basins of the g×g grid `opportunity`, ranked and cut as zones are; null when O is nowhere above 0. */
export function rankBasins(opportunity: Float64Array, g: number, maxZones: number): RankedBasins | null {
  const { basinOf, basins } = findBasins(opportunity, g);
  const ranked = basins.map((basin, at) => ({ basin, at })).sort((a, b) => b.basin.mass - a.basin.mass || a.basin.peakCell - b.basin.peakCell);
  const topMass = ranked[0]?.basin.mass ?? 0;
  if (!(topMass > 0)) return null;
  const aboveFloor = ranked.filter(({ basin }) => basin.mass >= minMassShare * topMass).length;
  return { basinOf, basins, ranked, aboveFloor, kept: ranked.slice(0, Math.min(aboveFloor, maxZones)) };
}
