import { contours } from 'd3-contour';
import type { Ring, Zone } from './types';
import type { GridSample, OpportunityField } from './OpportunityField';
import { refinePeak } from './refinePeak';
import type { Basin } from './basins';
import { minMassShare, rankBasins } from './rankBasins';
import { polygonArea } from './polygons';

/** Grid resolution N: O is sampled at N × N cell centres; basins and masses are sums over them. */
export const gridSize = 40;

type IndexedZone = Zone<number, number>;

/** Where a persona group's unmet demand went (see `GroupUnmet`), by persona index. */
export interface Home {
  readonly zone: number | null;
  readonly dropped: 'floor' | 'count' | null;
}

/** The zones, where each group's unmet demand went, and the basins left out. */
export interface ZonesFound {
  readonly zones: IndexedZone[];
  readonly homes: Home[];
  readonly omitted: { readonly belowFloor: number; readonly beyondCount: number };
}

const noZones = (m: number): ZonesFound => ({ zones: [], homes: Array.from({ length: m }, () => ({ zone: null, dropped: null })), omitted: { belowFloor: 0, beyondCount: 0 } });

/**
 * Opportunity zones: the basins of O on the grid, merged by prominence (see `findBasins`),
 * ranked by mass (the unmet demand each holds), at most `maxZones` of them and only those
 * with at least 5 % of the top mass. Each zone's peak is refined exactly from its best cell;
 * its drawn region is the part of its basin where O ≥ threshold × its own peak.
 */
export function findOpportunities(field: OpportunityField, sample: GridSample, threshold: number, maxZones: number): ZonesFound {
  if (maxZones <= 0 || field.count === 0) return noZones(field.count);
  const found = rankBasins(sample.opportunity, sample.g, maxZones);
  if (!found) return noZones(field.count);
  const { basinOf, basins, ranked, aboveFloor, kept } = found;
  const topMass = ranked[0]!.basin.mass;
  const sums = basinSums(field, sample, basinOf, basins.length);
  const zoneOf = new Int32Array(basins.length).fill(-1);
  kept.forEach(({ at }, rank) => (zoneOf[at] = rank));
  const zones = kept.map(({ basin, at }) => describe(field, sample, basinOf, at, basin, threshold, sums));
  const homes = Array.from({ length: field.count }, (_, i): Home => {
    let home = -1;
    let most = 0;
    for (let b = 0; b < basins.length; b++) {
      const value = sums.unmet[b * field.count + i]!;
      if (value > most) {
        most = value;
        home = b;
      }
    }
    if (home < 0) return { zone: null, dropped: null };
    if (zoneOf[home]! >= 0) return { zone: zoneOf[home]!, dropped: null };
    return { zone: null, dropped: basins[home]!.mass < minMassShare * topMass ? 'floor' : 'count' };
  });
  return { zones, homes, omitted: { belowFloor: ranked.length - aboveFloor, beyondCount: aboveFloor - kept.length } };
}

/** Per basin: each persona's Σ wᵢKᵢE (its unmet demand there) and the demand-weighted Σ D·x, Σ D·y, Σ D. */
interface BasinSums {
  /** unmet[b·m + i]. */
  readonly unmet: Float64Array;
  /** centre[3b .. 3b + 2] = Σ D·x, Σ D·y, Σ D. */
  readonly centre: Float64Array;
}

function basinSums(field: OpportunityField, { g, kx, ky, emptiness }: GridSample, basinOf: Int32Array, count: number): BasinSums {
  const m = field.count;
  const unmet = new Float64Array(count * m);
  const centre = new Float64Array(count * 3);
  const weights = field.personas.weight;
  for (let j = 0; j < g; j++) {
    for (let k = 0; k < g; k++) {
      const cell = j * g + k;
      const b = basinOf[cell]!;
      if (b < 0) continue;
      const e = emptiness[cell]!;
      let demand = 0;
      for (let i = 0; i < m; i++) {
        const d = weights[i]! * kx[i * g + k]! * ky[i * g + j]!;
        demand += d;
        unmet[b * m + i]! += d * e;
      }
      centre[3 * b]! += demand * ((k + 0.5) / g);
      centre[3 * b + 1]! += demand * ((j + 0.5) / g);
      centre[3 * b + 2]! += demand;
    }
  }
  return { unmet, centre };
}

/** A basin's Σ wᵢKᵢE per persona, as shares of its sum (largest first, every share > 0). */
function personaShares(sums: BasinSums, at: number, m: number): { id: number; share: number }[] {
  let total = 0;
  for (let i = 0; i < m; i++) total += sums.unmet[at * m + i]!;
  const list: { id: number; share: number }[] = [];
  for (let i = 0; i < m; i++) {
    const share = total > 0 ? sums.unmet[at * m + i]! / total : 0;
    if (share > 0) list.push({ id: i, share });
  }
  return list.sort((a, b) => b.share - a.share || a.id - b.id);
}

function describe(
  field: OpportunityField,
  { g, opportunity }: GridSample,
  basinOf: Int32Array,
  at: number,
  basin: Basin,
  threshold: number,
  sums: BasinSums,
): IndexedZone {
  const seedX = ((basin.peakCell % g) + 0.5) / g;
  const seedY = (Math.floor(basin.peakCell / g) + 0.5) / g;
  const peak = refinePeak(field, seedX, seedY);
  const value = field.value(peak.x, peak.y);
  const level = threshold * value;
  const polygons = drawnRegion(basinOf, at, opportunity, g, level);
  const area = polygons.length > 0 ? polygons.reduce((sum, polygon) => sum + polygonArea(polygon), 0) : localArea(field, peak, level, 2 / g);
  const { index } = field;
  const weight = sums.centre[3 * at + 2]!;
  const centre = weight > 0 ? { x: clamp01(sums.centre[3 * at]! / weight), y: clamp01(sums.centre[3 * at + 1]! / weight) } : { x: peak.x, y: peak.y };
  const nearest = index.nearestK(centre.x, centre.y, 3).map((q) => ({ id: q, distance: Math.hypot(index.xs[q]! - centre.x, index.ys[q]! - centre.y) }));
  const personas = personaShares(sums, at, field.count);
  return { x: peak.x, y: peak.y, value, mass: basin.mass, level, area: clamp01(area), personas, centre, nearest, polygons };
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * The outline of the basin's cells where O ≥ level: d3-contour over the basin's bounding
 * box only (a frame of zeros around it), O outside the basin taken as 0.
 */
function drawnRegion(basinOf: Int32Array, at: number, opportunity: Float64Array, g: number, level: number): (readonly Ring[])[] {
  let k0 = g, k1 = -1, j0 = g, j1 = -1;
  for (let cell = 0; cell < g * g; cell++) {
    if (basinOf[cell] !== at || opportunity[cell]! < level) continue;
    const k = cell % g;
    const j = (cell - k) / g;
    if (k < k0) k0 = k;
    if (k > k1) k1 = k;
    if (j < j0) j0 = j;
    if (j > j1) j1 = j;
  }
  if (k1 < 0) return [];
  // One cell of frame on every side, so every ring closes inside the box.
  const w = k1 - k0 + 3;
  const h = j1 - j0 + 3;
  const box = new Float64Array(w * h);
  for (let j = j0; j <= j1; j++) {
    for (let k = k0; k <= k1; k++) {
      const cell = j * g + k;
      if (basinOf[cell] === at) box[(j - j0 + 1) * w + (k - k0 + 1)] = opportunity[cell]!;
    }
  }
  // d3-contour only reads values[i]: the typed array serves as it is, uncopied.
  return contours().size([w, h]).contour(box as unknown as number[], level).coordinates.map((polygon) =>
    polygon.map((ring): Ring => ring.map(([x, y]) => [clamp01((x! + k0 - 1) / g), clamp01((y! + j0 - 1) / g)] as const)),
  );
}

/** Area of a drawn region narrower than the grid, sampled finely around its peak. */
function localArea(field: OpportunityField, peak: { x: number; y: number }, level: number, halfWidth: number): number {
  const n = 24;
  const cell = (2 * halfWidth) / n;
  let count = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = peak.x - halfWidth + (i + 0.5) * cell;
      const y = peak.y - halfWidth + (j + 0.5) * cell;
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1 && field.value(x, y) >= level) count++;
    }
  }
  return count * cell * cell;
}
