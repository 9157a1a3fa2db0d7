import type { GapInput, GapOptions, GapResult, PackedGapInput, PackedGapResult } from './types';
import { checkInput, defaultReach } from './checkInput';
import { rangeProblem, ranges } from '../model/rules';
import { NearestIndex } from './NearestIndex';
import { findWhiteSpace } from './findWhiteSpace';
import { OpportunityField } from './OpportunityField';
import { findOpportunities, gridSize } from './findOpportunities';
import { unmetShares } from './unmetShares';
import { triangulate } from './triangulate';
import { nameResult } from './nameResult';
import { GapInputError } from './GapInputError';

export type { GapInput, GapOptions, GapResult, GapAnswer, GroupUnmet, Opportunity, Zone, WhiteSpaceCircle, GapProduct, GapPersona, Ring, PackedGapInput, PackedGapResult } from './types';
export { GapInputError } from './GapInputError';
export { nameResult } from './nameResult';
export { gridSize } from './findOpportunities';
export { defaultReach, defaultOptions } from './checkInput';

/**
 * From products and persona groups on the unit square, packed by index, to white space
 * (largest empty circles, biggest first), opportunity zones (basins of O ranked by the
 * unmet demand they hold) and each group's unmet share. Pure and cheap enough to run on
 * every frame of a drag. Throws `GapInputError` on invalid input.
 */
export function findGapsPacked(input: PackedGapInput, options: GapOptions = {}, ids?: Parameters<typeof checkInput>[2]): PackedGapResult {
  const { maxZones, coverage, threshold } = checkInput(input, options, ids);
  const { x: xs, y: ys } = input.products;
  const index = new NearestIndex(xs, ys);
  const triangulation = maxZones > 0 ? triangulate(index) : null;
  const whiteSpace = findWhiteSpace(index, triangulation, maxZones);
  const field = new OpportunityField(input.personas, index, coverage);
  if (field.count === 0) return { whiteSpace, opportunities: [], unmet: [], omitted: { belowFloor: 0, beyondCount: 0 } };
  const sample = field.sample(gridSize);
  // With every weight 0 there is no demand, so no zone; the unmet shares do not depend on weight.
  const { zones, homes, omitted } = findOpportunities(field, sample, threshold, input.personas.weight.some((w) => w > 0) ? maxZones : 0);
  const { shares, demand } = unmetShares(field, sample);
  const unmet = homes.map((home, i) => ({ id: i, share: shares[i]!, demand: demand[i]!, ...home }));
  return { whiteSpace, opportunities: zones, unmet, omitted };
}


/** The same on plain objects: products and personas keep their ids. */
export function findGaps(input: GapInput, options: GapOptions = {}): GapResult {
  const ids = { products: input.products.map((p) => p.id), personas: input.personas.map((p) => p.id) };
  for (const p of input.products) {
    const problem = p.weight === undefined ? null : rangeProblem(p.weight, ranges.weight);
    if (problem) throw new GapInputError(`product ${p.id}: weight: ${problem}`);
  }
  return nameResult(findGapsPacked(packGapInput(input), options, ids), ids.products, ids.personas);
}

/** Plain objects to the packed shape; missing weights are 1, missing reaches the default. */
export function packGapInput({ products, personas }: GapInput): PackedGapInput {
  const n = products.length;
  const m = personas.length;
  const packed = {
    products: { x: new Float64Array(n), y: new Float64Array(n) },
    personas: { x: new Float64Array(m), y: new Float64Array(m), weight: new Float64Array(m), reach: new Float64Array(m) },
  };
  for (let i = 0; i < n; i++) {
    packed.products.x[i] = products[i]!.x;
    packed.products.y[i] = products[i]!.y;
  }
  for (let i = 0; i < m; i++) {
    const p = personas[i]!;
    packed.personas.x[i] = p.x;
    packed.personas.y[i] = p.y;
    packed.personas.weight[i] = p.weight ?? 1;
    packed.personas.reach[i] = p.reach ?? defaultReach;
  }
  return packed;
}

export { conceptEffect, bestConceptSpot, type ConceptEffect } from './conceptEffect';
export { totalUnmetShare } from './totalUnmetShare';
