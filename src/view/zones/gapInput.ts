import type { GapInput } from '../../gaps';
import type { Item } from '../../model/types';
import type { DragPreview } from '../../store/appState';

/** The gap-finder's input from the board: placed items, the dragged one at its live preview. */
export function gapInput(items: readonly Item[], drag: DragPreview | null): GapInput {
  const products: { id: string; x: number; y: number; weight: number }[] = [];
  const personas: { id: string; x: number; y: number; weight: number; reach: number }[] = [];
  for (const item of items) {
    const position = drag?.id === item.id ? drag.position : item.position;
    if (!position) continue;
    if (item.kind === 'product') products.push({ id: item.id, x: position.x, y: position.y, weight: item.weight });
    else personas.push({ id: item.id, x: position.x, y: position.y, weight: item.weight, reach: item.reach ?? 0.15 });
  }
  return { products, personas };
}
