import { findGapsPacked, nameResult, defaultReach, type GapOptions, type GapResult, type PackedGapInput, type PackedGapResult } from '../../gaps';
import type { Item } from '../../model/types';
import type { DragPreview } from '../../store/appState';

/** The gap-finder's one input shape for a board, and the ids that name its indices. */
export interface Packed {
  readonly input: PackedGapInput;
  readonly productIds: readonly string[];
  readonly personaIds: readonly string[];
}

/** Placed items in the document's order, the dragged one at its live preview. */
export function pack(items: readonly Item[], drag: DragPreview | null): Packed {
  const placed = items.filter((item) => item.position);
  const products = placed.filter((item) => item.kind === 'product');
  const personas = placed.filter((item) => item.kind === 'persona');
  const where = (item: Item) => (drag?.id === item.id ? drag.position : item.position!);
  return {
    input: {
      products: {
        x: Float64Array.from(products, (item) => where(item).x),
        y: Float64Array.from(products, (item) => where(item).y),
      },
      personas: {
        x: Float64Array.from(personas, (item) => where(item).x),
        y: Float64Array.from(personas, (item) => where(item).y),
        weight: Float64Array.from(personas, (item) => item.weight),
        reach: Float64Array.from(personas, (item) => item.reach ?? defaultReach),
      },
    },
    productIds: products.map((item) => item.id),
    personaIds: personas.map((item) => item.id),
  };
}

/** A packed result named with the items' ids. */
export const relabel = (result: PackedGapResult, packed: Packed): GapResult => nameResult(result, packed.productIds, packed.personaIds);

/** findGaps on a packed board, the result named with the items' ids. Throws as findGaps does. */
export function findGapsForBoard(packed: Packed, options: GapOptions): GapResult {
  return relabel(findGapsPacked(packed.input, options, { products: packed.productIds, personas: packed.personaIds }), packed);
}
