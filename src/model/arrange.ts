import type { MapPoint } from './types';
import { mapPoint } from './mapPoint';

export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type DistributeAxis = 'horizontal' | 'vertical';

interface Placed {
  readonly id: string;
  readonly position: MapPoint;
}

/** Where align puts the selection: one shared x (left, centre, right) or y (top, middle, bottom; need rises upward). */
export function alignMoves(items: readonly Placed[], edge: AlignEdge): { id: string; position: MapPoint }[] {
  const horizontal = edge === 'left' || edge === 'centre' || edge === 'right';
  const values = items.map(({ position }) => (horizontal ? position.x : position.y));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const target = edge === 'left' || edge === 'bottom' ? low : edge === 'right' || edge === 'top' ? high : (low + high) / 2;
  return items.map(({ id, position }) => ({ id, position: horizontal ? mapPoint(target, position.y) : mapPoint(position.x, target) }));
}

/**
 * Where distribute puts the selection (3 or more): the first and last along the axis stay,
 * the others are spaced evenly between them, in their order along it (ties by id).
 */
export function distributeMoves(items: readonly Placed[], axis: DistributeAxis): { id: string; position: MapPoint }[] {
  const along = (item: Placed) => (axis === 'horizontal' ? item.position.x : item.position.y);
  const sorted = [...items].sort((a, b) => along(a) - along(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length < 3) return sorted.map(({ id, position }) => ({ id, position }));
  const first = along(sorted[0]!);
  const step = (along(sorted.at(-1)!) - first) / (sorted.length - 1);
  return sorted.map(({ id, position }, i) => {
    const value = i === sorted.length - 1 ? along(sorted.at(-1)!) : first + step * i;
    return { id, position: axis === 'horizontal' ? mapPoint(value, position.y) : mapPoint(position.x, value) };
  });
}
