import type { Item } from './types';

/**
 * The tag of an item whose position nobody chose: "Place all" put it on a free spot. It goes
 * when anyone moves the item. A tag, so stored boards and older apps carry it as any tag.
 */
export const notPlacedTag = 'not placed by anyone';

/** Was this item's position invented ("Place all"), not placed by anyone? */
export const isGuessed = (item: Pick<Item, 'tags' | 'position'>): boolean => item.position !== null && item.tags.includes(notPlacedTag);

/** The tags with the mark set or cleared; the same array when nothing changes. */
export function markGuessed(tags: readonly string[], guessed: boolean): readonly string[] {
  const has = tags.includes(notPlacedTag);
  if (has === guessed) return tags;
  return guessed ? [...tags, notPlacedTag] : tags.filter((tag) => tag !== notPlacedTag);
}
