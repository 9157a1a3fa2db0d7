import { findGaps, type GapInput, type GapOptions, type GapResult } from '../../gaps';
import type { Item } from '../../model/types';
import type { DragPreview } from '../../store/appState';
import { defaultReach } from '../../model/board';

/**
 * The gap-finder's input as flat arrays, cheap to hand to a worker (transferred, not
 * copied); items are named by their index, and `ids` map the result back.
 */
export interface PackedInput {
  readonly products: { readonly x: Float64Array; readonly y: Float64Array; readonly weight: Float64Array };
  readonly personas: { readonly x: Float64Array; readonly y: Float64Array; readonly weight: Float64Array; readonly reach: Float64Array };
}

export interface Packed {
  readonly input: PackedInput;
  readonly productIds: readonly string[];
  readonly personaIds: readonly string[];
}

/** Placed items, the dragged one at its live preview. */
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
        weight: Float64Array.from(products, (item) => item.weight),
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

/** The findGaps input of a packed one, ids being indices ("0", "1", …). */
export function unpack({ products, personas }: PackedInput): GapInput {
  return {
    products: Array.from(products.x, (x, i) => ({ id: String(i), x, y: products.y[i]!, weight: products.weight[i]! })),
    personas: Array.from(personas.x, (x, i) => ({ id: String(i), x, y: personas.y[i]!, weight: personas.weight[i]!, reach: personas.reach[i]! })),
  };
}

/** A result on index ids, named with the items' ids again. */
export function relabel(result: GapResult, { productIds, personaIds }: Packed): GapResult {
  return {
    ...result,
    opportunities: result.opportunities.map((zone) => ({
      ...zone,
      personas: zone.personas.map((p) => ({ ...p, id: personaIds[Number(p.id)]! })),
      nearest: zone.nearest.map((n) => ({ ...n, id: productIds[Number(n.id)]! })),
    })),
  };
}

/** findGaps on a packed board, the result named with the items' ids. Throws as findGaps does. */
export function findGapsPacked(packed: Packed, options: GapOptions): GapResult {
  return relabel(findGaps(unpack(packed.input), options), packed);
}
