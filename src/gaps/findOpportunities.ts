import { contours } from 'd3-contour';
import type { Ring, Zone } from './types';
import type { GridSample, OpportunityField } from './OpportunityField';
import { refinePeak } from './refinePeak';
import { findBasins, type Basin } from './basins';
import { polygonArea } from './polygons';

/** Grid resolution N: O is sampled at N × N cell centres; basins and masses are sums over them. */
export const gridSize = 40;

/** Zones holding less than this share of the top zone's mass are not reported. */
export const minMassShare = 0.05;

type IndexedZone = Zone<number, number>;

/**
 * Opportunity zones: the basins of O on the grid, merged by prominence (see `findBasins`),
 * ranked by mass (the unmet demand each holds), at most `maxZones` of them and only those
 * with at least 5 % of the top mass. Each zone's peak is refined exactly from its best cell;
 * its drawn region is the part of its basin where O ≥ threshold × its own peak.
 */
export function findOpportunities(field: OpportunityField, sample: GridSample, threshold: number, maxZones: number): IndexedZone[] {
  if (maxZones <= 0 || field.count === 0) return [];
  const { g, opportunity } = sample;
  const { basinOf, basins } = findBasins(opportunity, g);
  const ranked = basins.map((basin, at) => ({ basin, at })).sort((a, b) => b.basin.mass - a.basin.mass || a.basin.peakCell - b.basin.peakCell);
  const topMass = ranked[0]?.basin.mass ?? 0;
  if (!(topMass > 0)) return [];
  const kept = ranked.filter(({ basin }) => basin.mass >= minMassShare * topMass).slice(0, maxZones);
  const shares = personaShares(field, sample, basinOf, kept.map(({ at }) => at));
  return kept.map(({ basin, at }, rank) => describe(field, sample, basinOf, at, basin, threshold, shares[rank]!));
}

/** Each kept basin's Σ wᵢKᵢE per persona, as shares of its sum (largest first, every share > 0). */
function personaShares(field: OpportunityField, { g, kx, ky, emptiness }: GridSample, basinOf: Int32Array, kept: readonly number[]) {
  const m = field.count;
  const slot = new Int32Array(Math.max(0, ...kept) + 1).fill(-1);
  kept.forEach((at, rank) => (slot[at] = rank));
  const sums = new Float64Array(kept.length * m);
  const weights = field.personas.weight;
  for (let j = 0; j < g; j++) {
    for (let k = 0; k < g; k++) {
      const cell = j * g + k;
      const basin = basinOf[cell]!;
      const rank = basin >= 0 && basin < slot.length ? slot[basin]! : -1;
      if (rank < 0) continue;
      const e = emptiness[cell]!;
      for (let i = 0; i < m; i++) sums[rank * m + i]! += weights[i]! * kx[i * g + k]! * ky[i * g + j]! * e;
    }
  }
  return kept.map((_, rank) => {
    let total = 0;
    for (let i = 0; i < m; i++) total += sums[rank * m + i]!;
    const list: { id: number; share: number }[] = [];
    for (let i = 0; i < m; i++) {
      const share = total > 0 ? sums[rank * m + i]! / total : 0;
      if (share > 0) list.push({ id: i, share });
    }
    return list.sort((a, b) => b.share - a.share || a.id - b.id);
  });
}

function describe(
  field: OpportunityField,
  { g, opportunity }: GridSample,
  basinOf: Int32Array,
  at: number,
  basin: Basin,
  threshold: number,
  personas: readonly { id: number; share: number }[],
): IndexedZone {
  const seedX = ((basin.peakCell % g) + 0.5) / g;
  const seedY = (Math.floor(basin.peakCell / g) + 0.5) / g;
  const peak = refinePeak(field, seedX, seedY);
  const value = field.value(peak.x, peak.y);
  const level = threshold * value;
  const polygons = drawnRegion(basinOf, at, opportunity, g, level);
  const area = polygons.length > 0 ? polygons.reduce((sum, polygon) => sum + polygonArea(polygon), 0) : localArea(field, peak, level, 2 / g);
  const { index } = field;
  const nearest = index.nearestK(peak.x, peak.y, 3).map((q) => ({ id: q, distance: Math.hypot(index.xs[q]! - peak.x, index.ys[q]! - peak.y) }));
  return { x: peak.x, y: peak.y, value, mass: basin.mass, level, area: clamp01(area), personas, nearest, polygons };
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
