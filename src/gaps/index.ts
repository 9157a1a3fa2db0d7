import type { GapInput, GapOptions, GapResult } from './types';
import { checkInput } from './checkInput';
import { NearestIndex } from './NearestIndex';
import { findWhiteSpace } from './findWhiteSpace';
import { OpportunityField } from './OpportunityField';
import { findOpportunities } from './findOpportunities';
import { triangulate } from './triangulate';

export type { GapInput, GapOptions, GapResult, Opportunity, WhiteSpaceCircle, GapProduct, GapPersona, Ring } from './types';
export { GapInputError } from './GapInputError';

/**
 * From products and personas on the unit square to white space (largest empty circles)
 * and opportunity zones (where demand meets emptiness), both ranked. Pure and cheap
 * enough to run on every frame of a drag. Throws `GapInputError` on invalid input.
 */
export function findGaps(input: GapInput, options: GapOptions = {}): GapResult {
  const { maxZones, coverage, threshold, personas } = checkInput(input, options);
  const n = input.products.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = input.products[i]!.x;
    ys[i] = input.products[i]!.y;
  }
  const index = new NearestIndex(xs, ys);
  const triangulation = maxZones > 0 ? triangulate(xs, ys) : null;
  const whiteSpace = findWhiteSpace(index, triangulation, maxZones);
  const { zones, level } = findOpportunities(new OpportunityField(personas, index, coverage), threshold, maxZones);
  const opportunities = zones.map((zone) => ({
    ...zone,
    nearest: zone.nearest.map((n) => ({ id: input.products[Number(n.id)]!.id, distance: n.distance })),
  }));
  return { whiteSpace, opportunities, level };
}
