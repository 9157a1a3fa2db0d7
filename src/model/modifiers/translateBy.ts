import type { Modifier } from './Modifier';

/** Moves by an offset in map units (a pointer's travel, already converted by the map layout). */
export function translateBy(dx: number, dy: number): Modifier {
  return ({ x, y }) => ({ x: x + dx, y: y + dy });
}
