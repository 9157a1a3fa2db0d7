import type { MapPoint } from './types';
import { CommandError } from './CommandError';
import { clampToSquare } from './modifiers/clampToSquare';

/**
 * The only way into map space: clamps to the closed unit square (see `clampToSquare`), and
 * refuses a coordinate that is not a finite number with a `CommandError` — never reads it as 0.
 */
export function mapPoint(x: number, y: number): MapPoint {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    throw new CommandError(`A position needs two finite numbers; got (${String(x)}, ${String(y)}).`);
  }
  return clampToSquare({ x, y }) as MapPoint;
}
