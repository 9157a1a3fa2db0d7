import type { Item } from './types';
import type { IdSource } from './ids';
import type { NamedZone } from './pinnedZoneFrom';
import { createItem } from './board';
import { mapPoint } from './mapPoint';

/** The colour of a concept: a new product placed into an opportunity zone from the Zones tab. */
export const conceptColour = '#00805e';

/** A table's kind column names a concept so ("concept", "Concepts", "product concept"). */
export const isConceptWord = (word: string): boolean => /^(product)?concepts?$/.test(word.toLowerCase().replace(/[^a-z]/g, ''));

/** The tag that makes a product a concept: a product to be. Its colour is the user's to change. */
export const conceptTag = 'concept';

/** A concept is a product tagged as one (schema 3; before, a product in the concept colour). */
export function isConcept(item: Pick<Item, 'kind' | 'tags'>): boolean {
  return item.kind === 'product' && item.tags.includes(conceptTag);
}

/** A new concept named `label` at a zone's peak: a product in the concept colour whose notes say where it came from. */
export function conceptAt(zone: NamedZone, label: string, newId: IdSource): Item {
  return createItem('product', label.trim(), mapPoint(zone.x, zone.y), { id: newId('item'), colour: conceptColour, tags: [conceptTag], notes: `Concept placed in the zone of ${zone.title}.` });
}
