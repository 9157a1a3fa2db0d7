import type { AxisLabels, MapPoint } from '../model/types';

/** Below this share of the map a move is too small to name (half a percent). */
const still = 0.005;

/**
 * A move between waves in the map's own words: "moved 12 % toward immersive since 2025", the
 * larger axis first, the other added when it moved at least a third as far; "has not moved
 * since 2025" under half a percent.
 */
export function describeMovement(from: MapPoint, to: MapPoint, since: string, axes: { readonly x: AxisLabels; readonly y: AxisLabels }): string {
  const parts = [
    { d: to.x - from.x, words: axes.x },
    { d: to.y - from.y, words: axes.y },
  ].sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
  const sinceText = since === '' ? '' : ` since ${since}`;
  if (Math.abs(parts[0]!.d) < still) return `has not moved${sinceText}`;
  const said = parts
    .filter((part, i) => i === 0 || (Math.abs(part.d) >= still && Math.abs(part.d) >= Math.abs(parts[0]!.d) / 3))
    .map((part) => `${Math.round(Math.abs(part.d) * 100)} % toward ${(part.d > 0 ? part.words.max : part.words.min).toLowerCase()}`);
  return `moved ${said.join(' and ')}${sinceText}`;
}
