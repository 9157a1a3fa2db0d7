import type { Item } from './types';

/** The colour of a concept: a new product placed into an opportunity zone from the Zones tab. */
export const conceptColour = '#00805e';

/** A concept is a product in the concept colour (the legend names it apart from the market's products). */
export function isConcept(item: Item): boolean {
  return item.kind === 'product' && item.colour.toLowerCase() === conceptColour;
}
