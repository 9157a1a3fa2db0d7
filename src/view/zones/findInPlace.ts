import { findGapsPacked, type GapOptions, type GapResult } from '../../gaps';
import { relabel, type Packed } from './packedInput';

/**
 * findGaps on a packed board on this thread, the result named with the items' ids; throws as
 * findGaps does. Only where no worker runs: it is loaded then, so the page's own JavaScript
 * does not carry the gap-finder the worker already has.
 */
export function findGapsForBoard(packed: Packed, options: GapOptions): GapResult {
  return relabel(findGapsPacked(packed.input, options, { products: packed.productIds, personas: packed.personaIds }), packed);
}
