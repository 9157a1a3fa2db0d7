import type { GapResult, PackedGapInput, PackedGapResult } from '../../gaps';
// From their own files, not the gap-finder's index: the page packs and names, the worker computes.
import { nameResult } from '../../gaps/nameResult';
import { defaultReach } from '../../gaps/checkInput';
import type { Item } from '../../model/types';
import { isConcept } from '../../model/concept';
import type { DragPreview } from '../../store/appState';
import { dragPositionOf } from '../../store/selectionActions';

/** The gap-finder's one input shape for a board, and the ids that name its indices. */
export interface Packed {
  readonly input: PackedGapInput;
  readonly productIds: readonly string[];
  readonly personaIds: readonly string[];
}

/**
 * Placed items in the document's order, the dragged one at its live preview. Concepts are
 * products to be, not the market as it is: left out unless `countConcepts`.
 */
export function pack(items: readonly Item[], drag: DragPreview | null, countConcepts = false): Packed {
  let products = 0;
  let personas = 0;
  for (const item of items) if (item.position && (countConcepts || !isConcept(item))) item.kind === 'product' ? products++ : personas++;
  const input = {
    products: { x: new Float64Array(products), y: new Float64Array(products) },
    personas: { x: new Float64Array(personas), y: new Float64Array(personas), weight: new Float64Array(personas), reach: new Float64Array(personas) },
  };
  const productIds: string[] = [];
  const personaIds: string[] = [];
  // One pass in the document's order, no closures: a drop packs thousands of items.
  for (const item of items) {
    if (!item.position || (!countConcepts && isConcept(item))) continue;
    const at = dragPositionOf(drag, item.id) ?? item.position;
    if (item.kind === 'product') {
      input.products.x[productIds.length] = at.x;
      input.products.y[productIds.length] = at.y;
      productIds.push(item.id);
    } else {
      const i = personaIds.length;
      input.personas.x[i] = at.x;
      input.personas.y[i] = at.y;
      input.personas.weight[i] = item.weight;
      input.personas.reach[i] = item.reach ?? defaultReach;
      personaIds.push(item.id);
    }
  }
  return { input, productIds, personaIds };
}

/** A packed result named with the items' ids. */
export const relabel = (result: PackedGapResult, packed: Packed): GapResult => nameResult(result, packed.productIds, packed.personaIds);
