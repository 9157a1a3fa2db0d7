import type { PositionScale } from '../io/positionScale';

/** Rating scales from the smallest, with their bounds; 0–1 is no survey scale (a 1 is a rating, not 100 %). */
const candidates: readonly [PositionScale, number, number][] = [
  ['1-5', 1, 5],
  ['1-7', 1, 7],
  ['1-10', 1, 10],
  ['0-10', 0, 10],
  ['percent', 0, 100],
];

/** The smallest scale holding every value from `min` to `max`; '1-5' when nothing was read (min > max). Values outside 0–100 are never passed. */
export function ratingScale(min: number, max: number): PositionScale {
  if (min > max) return '1-5';
  return candidates.find(([, lo, hi]) => lo <= min && max <= hi)?.[0] ?? 'percent';
}
