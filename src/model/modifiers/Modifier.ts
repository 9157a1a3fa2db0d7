/** A point on the map's plane, not yet checked or clamped (map units; y = need, rising). */
export interface PlanePoint {
  readonly x: number;
  readonly y: number;
}

/** One step of turning a proposed position into the one shown: a pure map from point to point (dnd-kit's modifiers). */
export type Modifier = (point: PlanePoint) => PlanePoint;

/** Applies modifiers left to right: the first sees the raw point, the last decides. */
export function applyModifiers(point: PlanePoint, modifiers: readonly Modifier[]): PlanePoint {
  return modifiers.reduce((current, modifier) => modifier(current), point);
}
