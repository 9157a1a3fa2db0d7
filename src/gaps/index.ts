import type { GapInput, GapOptions, GapResult } from './types';
import { checkInput } from './checkInput';
import { NearestIndex } from './NearestIndex';
import { findWhiteSpace } from './findWhiteSpace';
import { OpportunityField } from './OpportunityField';
import { findOpportunities } from './findOpportunities';

export type { GapInput, GapOptions, GapResult, Opportunity, WhiteSpaceCircle, GapProduct, GapPersona, Ring } from './types';
export { GapInputError } from './GapInputError';

/**
 * From products and personas on the unit square to white space (largest empty circles)
 * and opportunity zones (where demand meets emptiness), both ranked. Pure and cheap
 * enough to run on every frame of a drag. Throws `GapInputError` on invalid input.
 */
export function findGaps(input: GapInput, options: GapOptions = {}): GapResult {
  const { maxZones, coverage, threshold, personas } = checkInput(input, options);
  const xs = Float64Array.from(input.products, (p) => p.x);
  const ys = Float64Array.from(input.products, (p) => p.y);
  const index = new NearestIndex(xs, ys);
  const whiteSpace = findWhiteSpace(index, maxZones);
  const { zones, level } = findOpportunities(new OpportunityField(personas, index, coverage), threshold, maxZones);
  const opportunities = zones.map((zone) => ({
    ...zone,
    nearest: zone.nearest.map((n) => ({ id: input.products[Number(n.id)]!.id, distance: n.distance })),
  }));
  return { whiteSpace, opportunities, level };
}
