import { contours } from 'd3-contour';
import type { Opportunity, Ring } from './types';
import type { OpportunityField } from './OpportunityField';
import { refinePeak, type Peak } from './refinePeak';
import { labelRegions } from './labelRegions';
import { polygonArea, polygonContains } from './polygons';

/** Grid resolution: O is sampled at 40 × 40 cell centres, then refined exactly. */
export const gridSize = 40;

interface Zone {
  peak: Peak;
  polygons: (readonly Ring[])[];
  area: number;
}

/**
 * Opportunity zones: connected regions where O ≥ threshold × the highest refined peak,
 * one per region at its highest true local maximum, highest first (ties by x, then y).
 * Regions are refined from their best grid cell, best first, until no unrefined region
 * can still make the list (at most maxZones of them besides the highest: the grid ranks the rest).
 */
export function findOpportunities(
  field: OpportunityField,
  threshold: number,
  maxZones: number,
): { zones: Opportunity[]; level: number } {
  if (maxZones <= 0 || field.personas.length === 0) return { zones: [], level: 0 };
  const g = gridSize;
  const grid = field.grid(g);
  const cellCentre = (cell: number): [number, number] => [((cell % g) + 0.5) / g, (Math.floor(cell / g) + 0.5) / g];
  let top = 0;
  let topCell = 0;
  for (let cell = 0; cell < grid.length; cell++) {
    if (grid[cell]! > top) {
      top = grid[cell]!;
      topCell = cell;
    }
  }

  const peaks: Peak[] = [];
  const refine = (x: number, y: number): Peak => {
    const peak = refinePeak(field, x, y);
    const known = peaks.find((p) => Math.hypot(p.x - peak.x, p.y - peak.y) < 1e-7);
    if (known) return known;
    peaks.push(peak);
    return peak;
  };
  if (top > 0) refine(...cellCentre(topCell));
  // A persona narrower than the grid can hide its whole peak between samples.
  for (const persona of field.personas) {
    if (persona.reach < 2 / g && persona.weight > 0) refine(persona.x, persona.y);
  }

  const cellOf = (x: number, y: number) => Math.min(g - 1, Math.floor(y * g)) * g + Math.min(g - 1, Math.floor(x * g));
  let level = 0;
  let regions = labelRegions(grid, g, Infinity);
  const owners = new Map<number, Peak>();
  // How much refining lifted a region above its best cell, as a ratio: bounds what an unrefined region could reach.
  let lift = 0.02;
  for (let pass = 0; pass < 4; pass++) {
    const peakTop = peaks.reduce((m, p) => Math.max(m, p.value), 0);
    if (!(peakTop > 0)) return { zones: [], level: 0 };
    level = threshold * peakTop;
    regions = labelRegions(grid, g, level);
    owners.clear();
    const regionOf = (peak: Peak) => regionAround(regions.labels, g, cellOf(peak.x, peak.y));
    const claim = (peak: Peak) => {
      if (peak.value < level) return;
      const region = regionOf(peak);
      const owner = owners.get(region);
      if (!owner || byValueThenPosition(peak, owner) < 0) owners.set(region, peak);
    };
    peaks.forEach(claim);
    const order = regions.best.map((r, label) => ({ ...r, label })).sort((a, b) => b.value - a.value);
    let raised = false;
    let budget = maxZones;
    for (const region of order) {
      if (owners.has(region.label)) continue;
      // Refinement budget: regions are taken in order of their best grid cell.
      if (budget-- <= 0) break;
      const values = [...owners.values()].map((p) => p.value).sort((a, b) => b - a);
      const kth = values.length >= maxZones ? values[maxZones - 1]! : 0;
      if (region.value * (1 + lift) < kth) break;
      const peak = refine(...cellCentre(region.cell));
      if (region.value > 0) lift = Math.max(lift, (peak.value / region.value - 1) * 1.5);
      if (peak.value > peakTop) {
        raised = true;
        break;
      }
      claim(peak);
      // An ascent that left its region (a grid artefact) must not count one peak twice.
      if (!owners.has(region.label) && ![...owners.values()].includes(peak) && regionOf(peak) < 0) owners.set(region.label, peak);
    }
    if (!raised) break;
  }

  // d3-contour only reads values[i]: the typed array serves as it is, uncopied.
  const polygons = contours().size([g, g]).thresholds([level]).contour(grid as unknown as number[], level).coordinates.map((polygon) =>
    polygon.map((ring): Ring => ring.map(([x, y]) => [clamp01(x! / g), clamp01(y! / g)] as const)),
  );
  const zonePolygons = new Map<number, (readonly Ring[])[]>();
  for (const polygon of polygons) {
    const label = labelInside(regions.labels, g, polygon);
    if (label < 0) continue;
    zonePolygons.set(label, [...(zonePolygons.get(label) ?? []), polygon]);
  }
  const zones: Zone[] = [...owners.entries()].map(([label, peak]) => {
    const own = label >= 0 ? zonePolygons.get(label) ?? [] : [];
    const area = own.length > 0 ? own.reduce((sum, polygon) => sum + polygonArea(polygon), 0) : localArea(field, peak, level, 2 / g);
    return { peak, polygons: own, area };
  });
  return {
    level,
    zones: zones
      .sort((a, b) => byValueThenPosition(a.peak, b.peak))
      .slice(0, maxZones)
      .map((zone) => explain(field, zone)),
  };
}

/** The region of a cell, or of a neighbour when the cell itself is just below the level; a negative id of its own otherwise. */
function regionAround(labels: Int32Array, g: number, cell: number): number {
  if (labels[cell]! >= 0) return labels[cell]!;
  const i = cell % g;
  const j = (cell - i) / g;
  for (let dj = -1; dj <= 1; dj++) {
    for (let di = -1; di <= 1; di++) {
      const ii = i + di;
      const jj = j + dj;
      if (ii >= 0 && jj >= 0 && ii < g && jj < g && labels[jj * g + ii]! >= 0) return labels[jj * g + ii]!;
    }
  }
  return -1 - cell;
}

/** The region of any labelled cell whose centre lies inside the polygon. */
function labelInside(labels: Int32Array, g: number, polygon: readonly Ring[]): number {
  const outer = polygon[0] ?? [];
  let x0 = 1, x1 = 0, y0 = 1, y1 = 0;
  for (const [x, y] of outer) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  for (let j = Math.max(0, Math.floor(y0 * g)); j <= Math.min(g - 1, Math.floor(y1 * g)); j++) {
    for (let i = Math.max(0, Math.floor(x0 * g)); i <= Math.min(g - 1, Math.floor(x1 * g)); i++) {
      const label = labels[j * g + i]!;
      if (label >= 0 && polygonContains(polygon, (i + 0.5) / g, (j + 0.5) / g)) return label;
    }
  }
  return -1;
}

function byValueThenPosition(a: Peak, b: Peak): number {
  return b.value - a.value || a.x - b.x || a.y - b.y;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Area of a zone narrower than the grid, sampled finely around its peak. */
function localArea(field: OpportunityField, peak: Peak, level: number, halfWidth: number): number {
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

function explain(field: OpportunityField, zone: Zone): Opportunity {
  const { peak } = zone;
  const terms = field.demandTerms(peak.x, peak.y);
  const total = terms.reduce((a, b) => a + b, 0);
  const personas = field.personas
    .map((persona, i) => ({ id: persona.id, share: total > 0 ? Math.min(1, Math.max(0, terms[i]! / total)) : 0 }))
    .filter((p) => p.share >= 0.01)
    .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
  const { index } = field;
  const nearest = index.nearestK(peak.x, peak.y, 3).map((i) => ({ id: String(i), distance: Math.hypot(index.xs[i]! - peak.x, index.ys[i]! - peak.y) }));
  return { x: peak.x, y: peak.y, value: field.value(peak.x, peak.y), area: Math.min(1, Math.max(0, zone.area)), personas, nearest, polygons: zone.polygons };
}
