import { findGapsPacked, type GapOptions, type PackedGapInput } from '../gaps';
import type { ResampledItem } from './resampledPositions';
import type { ZoneStability } from './describeStability';

export type { ZoneStability } from './describeStability';

/**
 * Runs the gap-finder on each resample of the evidence-backed items (the others stay put) and
 * follows each zone of `input`: in a resample it is the zone whose peak is nearest its own,
 * within the coverage radius (each zone matched once, nearest pairs first). Reports, per zone,
 * how often it holds each rank, and the cloud of its peak.
 */
export function zoneStability(input: PackedGapInput, options: GapOptions, resampled: readonly ResampledItem[], count: number): ZoneStability[] {
  const base = findGapsPacked(input, options).opportunities;
  if (base.length === 0 || resampled.length === 0) return [];
  const radius = Math.max(options.coverage ?? 0.1, 0.05);
  const ranks = base.map(() => new Array<number>(base.length).fill(0));
  const clouds = base.map(() => [] as number[]);
  const copy = {
    products: { x: Float64Array.from(input.products.x), y: Float64Array.from(input.products.y) },
    personas: { x: Float64Array.from(input.personas.x), y: Float64Array.from(input.personas.y), weight: input.personas.weight, reach: input.personas.reach },
  };
  for (let r = 0; r < count; r++) {
    for (const item of resampled) {
      const target = item.kind === 'product' ? copy.products : copy.personas;
      target.x[item.index] = item.xy[2 * r]!;
      target.y[item.index] = item.xy[2 * r + 1]!;
    }
    const found = findGapsPacked(copy, options).opportunities;
    const pairs: { k: number; j: number; d: number }[] = [];
    base.forEach((zone, k) =>
      found.forEach((other, j) => {
        const d = Math.hypot(zone.x - other.x, zone.y - other.y);
        if (d <= radius) pairs.push({ k, j, d });
      }),
    );
    pairs.sort((a, b) => a.d - b.d);
    const usedK = new Set<number>();
    const usedJ = new Set<number>();
    for (const { k, j } of pairs) {
      if (usedK.has(k) || usedJ.has(j)) continue;
      usedK.add(k);
      usedJ.add(j);
      if (j < base.length) ranks[k]![j]! += 1;
      clouds[k]!.push(found[j]!.x, found[j]!.y);
    }
  }
  return base.map((_, k) => {
    const shares = ranks[k]!.map((n) => n / count);
    const kept = shares.reduce((a, b) => a + b, 0);
    return { ranks: shares, gone: Math.max(0, 1 - kept), keep: shares[k]!, cloud: clouds[k]! };
  });
}
