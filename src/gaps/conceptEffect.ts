import type { GapOptions, PackedGapInput } from './types';
import { checkInput } from './checkInput';
import { NearestIndex } from './NearestIndex';
import { OpportunityField, type GridSample } from './OpportunityField';
import { gridSize } from './findOpportunities';
import { rankBasins } from './rankBasins';
import { unmetShares } from './unmetShares';

/** What a proposed product (a concept) at one spot would change, the concept counted as a product. */
export interface ConceptEffect {
  /** The reported zone (0-based rank, without the concept) whose basin holds the spot; null outside every zone. */
  readonly zone: number | null;
  /** The share of that zone's unmet demand the concept would meet, in [0, 1]; 0 outside every zone. */
  readonly absorbed: number;
  /** Per persona (input order): its unmet share without and with the concept, and its whole demand. */
  readonly before: Float64Array;
  readonly after: Float64Array;
  readonly demand: Float64Array;
}

/** The board without the concept, sampled once: what every question about a concept starts from. */
interface Market {
  readonly field: OpportunityField;
  readonly sample: GridSample;
  readonly basinOf: Int32Array | null;
  /** Basin index per reported zone, in rank order. */
  readonly zones: readonly number[];
  readonly coverage: number;
}

function marketOf(input: PackedGapInput, options: GapOptions): Market {
  const { coverage, maxZones } = checkInput(input, options);
  const field = new OpportunityField(input.personas, new NearestIndex(input.products.x, input.products.y), coverage);
  const sample = field.sample(gridSize);
  const ranked = field.count > 0 ? rankBasins(sample.opportunity, sample.g, maxZones) : null;
  return { field, sample, basinOf: ranked?.basinOf ?? null, zones: ranked?.kept.map(({ at }) => at) ?? [], coverage };
}

/**
 * The share of basin `at`'s unmet demand Σ O a product at (cx, cy) would meet: on each of its
 * cells O = D·E falls to D·min(E, E_c), E_c the emptiness the concept leaves there.
 */
function absorbedBy(market: Market, at: number, cx: number, cy: number): number {
  const { sample, basinOf, coverage } = market;
  if (!basinOf) return 0;
  const { g, opportunity, emptiness } = sample;
  const scale = 1 / (2 * coverage * coverage);
  // Past this squared distance E_c > 1 − e⁻¹⁶: the concept meets nothing there worth a sum.
  const far = 16 / scale;
  let total = 0;
  let met = 0;
  for (let cell = 0; cell < g * g; cell++) {
    if (basinOf[cell] !== at) continue;
    const o = opportunity[cell]!;
    total += o;
    const dx = (cell % g + 0.5) / g - cx;
    const dy = (Math.floor(cell / g) + 0.5) / g - cy;
    const d2 = dx * dx + dy * dy;
    if (d2 >= far) continue;
    const e = emptiness[cell]!;
    const ec = -Math.expm1(-d2 * scale);
    if (ec < e) met += o * (1 - ec / e);
  }
  return total > 0 ? met / total : 0;
}

/** The input with one more product at (x, y). */
function withProduct(input: PackedGapInput, x: number, y: number): PackedGapInput {
  const n = input.products.x.length;
  const xs = new Float64Array(n + 1);
  const ys = new Float64Array(n + 1);
  xs.set(input.products.x);
  ys.set(input.products.y);
  xs[n] = x;
  ys[n] = y;
  return { products: { x: xs, y: ys }, personas: input.personas };
}

/** What a concept at (x, y) would change on the board `input` (which does not hold it). */
export function conceptEffect(input: PackedGapInput, options: GapOptions, x: number, y: number): ConceptEffect {
  const market = marketOf(input, options);
  const { g } = market.sample;
  const cell = Math.min(g - 1, Math.floor(y * g)) * g + Math.min(g - 1, Math.floor(x * g));
  const zone = market.basinOf ? market.zones.indexOf(market.basinOf[cell]!) : -1;
  const before = unmetShares(market.field, market.sample);
  const after = marketOf(withProduct(input, x, y), options);
  return {
    zone: zone >= 0 ? zone : null,
    absorbed: zone >= 0 ? absorbedBy(market, market.zones[zone]!, x, y) : 0,
    before: before.shares,
    after: unmetShares(after.field, after.sample).shares,
    demand: before.demand,
  };
}

/**
 * Where a concept meets the most of zone `rank`'s (0-based) unmet demand: the best cell centre
 * of the zone's basin, then refined by a pattern search at shrinking steps. Null when there is
 * no such zone.
 */
export function bestConceptSpot(input: PackedGapInput, options: GapOptions, rank: number): { x: number; y: number; absorbed: number } | null {
  const market = marketOf(input, options);
  const at = market.zones[rank];
  if (at === undefined || !market.basinOf) return null;
  const { g } = market.sample;
  let best = { x: 0, y: 0, absorbed: -1 };
  for (let cell = 0; cell < g * g; cell++) {
    if (market.basinOf[cell] !== at) continue;
    const x = (cell % g + 0.5) / g;
    const y = (Math.floor(cell / g) + 0.5) / g;
    const absorbed = absorbedBy(market, at, x, y);
    if (absorbed > best.absorbed) best = { x, y, absorbed };
  }
  for (let step = 0.5 / g; step > 0.02 / g; step /= 2) {
    for (let moved = true, rounds = 0; moved && rounds < 8; rounds++) {
      moved = false;
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
        const x = Math.min(1, Math.max(0, best.x + dx * step));
        const y = Math.min(1, Math.max(0, best.y + dy * step));
        const absorbed = absorbedBy(market, at, x, y);
        if (absorbed > best.absorbed) {
          best = { x, y, absorbed };
          moved = true;
        }
      }
    }
  }
  return best;
}
