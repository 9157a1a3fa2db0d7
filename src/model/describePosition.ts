import type { Board, MapPoint } from './types';

/** Percent of an axis, as people read it: round(100·v). */
export function percent(value: number): number {
  return Math.round(100 * value);
}

/** A position's percent to the nearest half, as it is read aloud: "77.5", "78" (a keyboard step is a whole 1 %, so a half stays a half). */
export function positionPercent(value: number): string {
  return String(Math.round(200 * value) / 2);
}

/** "immersive-essential quadrant": x ≥ 0.5 is the high half of interactivity, y ≥ 0.5 of need. */
export function quadrantWords(axes: Board['axes'], position: MapPoint): string {
  const x = position.x >= 0.5 ? axes.x.max : axes.x.min;
  const y = position.y >= 0.5 ? axes.y.max : axes.y.min;
  return `${x.toLowerCase()}-${y.toLowerCase()} quadrant`;
}

/** "interactivity 62 %, need 35.5 %, immersive-essential quadrant" */
export function describePosition(axes: Board['axes'], position: MapPoint): string {
  return `${axes.x.title.toLowerCase()} ${positionPercent(position.x)} %, ${axes.y.title.toLowerCase()} ${positionPercent(position.y)} %, ${quadrantWords(axes, position)}`;
}

/** A marker's accessible name: "Pour-over kit: interactivity 62 %, need 35 %, immersive-essential quadrant". */
export function describeItem(axes: Board['axes'], label: string, position: MapPoint | null): string {
  return position ? `${label}: ${describePosition(axes, position)}` : `${label}: not placed`;
}
