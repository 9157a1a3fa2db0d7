import type { MapPoint } from './types';
import { mapPoint } from './mapPoint';

/** Micro-units: positions are kept to 6 decimals (see `snapToMicro`), so a group moves by whole micro-units. */
const micro = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The move of a group by (dx, dy), clamped as a group: the whole group stops where its first
 * member meets an edge, so the members keep their places relative to each other.
 */
export function clampGroupDelta(points: readonly MapPoint[], dx: number, dy: number): { dx: number; dy: number } {
  if (points.length === 0) return { dx: 0, dy: 0 };
  let minX = 1;
  let maxX = 0;
  let minY = 1;
  let maxY = 0;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { dx: micro(Math.min(1 - maxX, Math.max(-minX, dx))), dy: micro(Math.min(1 - maxY, Math.max(-minY, dy))) };
}

/** Each point moved by a delta `clampGroupDelta` gave (so none leaves the map). */
export const moveBy = (point: MapPoint, { dx, dy }: { dx: number; dy: number }): MapPoint => mapPoint(micro(point.x + dx), micro(point.y + dy));
