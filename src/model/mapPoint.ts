import type { MapPoint, MapUnit } from './types';

/** Clamps any number into the closed unit interval; NaN becomes 0. */
export function toMapUnit(value: number): MapUnit {
  if (!(value > 0)) return 0 as MapUnit;
  if (value > 1) return 1 as MapUnit;
  return value as MapUnit;
}

/** The only way into map space: clamps to the closed unit square. */
export function mapPoint(x: number, y: number): MapPoint {
  return { x: toMapUnit(x), y: toMapUnit(y) };
}
