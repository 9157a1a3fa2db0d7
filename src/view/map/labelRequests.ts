import type { Item } from '../../model/types';
import type { LabelOptions, LabelRequest } from './layoutLabels';
import { personaRadius, productRadius, zoneBadgeRadius, type MapLayout } from './mapLayout';

/** Beyond this many items only the heaviest get a label; the rest show theirs on hover and focus. */
export const maxLabelled = 400;

/**
 * The labels to place for `items` on `layout`, in px from the plot's corner; persona groups
 * first, then by weight. `suffixes` add to an item's label ("n = 212").
 */
export function labelRequests(items: readonly Item[], layout: MapLayout, suffixes?: ReadonlyMap<string, string>): LabelRequest[] {
  return items
    .filter((item) => item.position)
    .map((item) => ({
      id: item.id,
      x: layout.x(item.position!.x),
      y: layout.y(item.position!.y),
      radius: item.kind === 'product' ? productRadius(layout, item.weight) : personaRadius(layout, item.weight),
      text: suffixes?.has(item.id) ? `${item.label} · ${suffixes.get(item.id)}` : item.label,
      priority: item.weight + (item.kind === 'persona' ? 100 : 0),
    }))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, maxLabelled);
}

/** Where labels may go (axis words sit left of and below the plot; right and above, the margin is free) and what they avoid. */
export function labelOptions(layout: MapLayout, badges: readonly { x: number; y: number }[], truncate: boolean): LabelOptions {
  const badge = zoneBadgeRadius(layout);
  const pad = layout.markerRadius * 0.5;
  const wide = layout.margin * 0.9;
  return {
    fontSize: layout.labelFont,
    bounds: { left: -pad, top: -wide, right: layout.plot + wide, bottom: layout.plot + pad },
    obstacles: badges.map((p) => ({ left: p.x - badge, top: p.y - badge, right: p.x + badge, bottom: p.y + badge })),
    truncate,
  };
}
