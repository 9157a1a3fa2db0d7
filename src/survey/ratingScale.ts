import type { PositionScale } from '../io/positionScale';

/** Rating scales from the smallest, with their bounds; 0–1 is no survey scale (a 1 is a rating, not 100 %). */
const candidates: readonly [PositionScale, number, number][] = [
  ['1-5', 1, 5],
  ['1-7', 1, 7],
  ['1-10', 1, 10],
  ['0-10', 0, 10],
  ['percent', 0, 100],
];

/**
 * The scale the header states when it holds every value from `min` to `max` (a 1–7 question
 * nobody answered 7 on, a 0–10 one nobody answered 0 on); else the smallest scale holding them;
 * '1-5' when nothing was read (min > max) and no scale is stated. Values outside 0–100 are never passed.
 */
export function ratingScale(min: number, max: number, stated: PositionScale | null = null): PositionScale {
  const fits = stated === null ? undefined : candidates.find(([scale, lo, hi]) => scale === stated && (min > max || (lo <= min && max <= hi)));
  if (fits) return fits[0];
  if (min > max) return '1-5';
  return candidates.find(([, lo, hi]) => lo <= min && max <= hi)?.[0] ?? 'percent';
}
