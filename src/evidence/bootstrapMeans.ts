import { seededRandom } from './random';

/** How many resamples the bootstrap draws. */
export const resamples = 200;

/** One measured thing (an item, a segment's ideal): the units that rated it, with their x and y. */
export interface Paired {
  readonly unit: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * Bootstrap means over units (respondents): `units` draws with replacement, `resamples` times,
 * the same draw for every measured thing — so resample r keeps how the items' means move
 * together. A thing none of a draw's units rated keeps its mean. Each result is x0, y0, x1,
 * y1, …, rounded to 4 decimals (a hundredth of a percent of the map).
 */
export function bootstrapMeans(units: number, things: readonly Paired[], seed: number, count = resamples): number[][] {
  const random = seededRandom(seed);
  const weight = new Float64Array(units);
  const out = things.map(() => new Array<number>(2 * count));
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const base = things.map((thing) => {
    let sx = 0;
    let sy = 0;
    for (let k = 0; k < thing.unit.length; k++) {
      sx += thing.x[k]!;
      sy += thing.y[k]!;
    }
    const n = Math.max(1, thing.unit.length);
    return [sx / n, sy / n] as const;
  });
  for (let r = 0; r < count; r++) {
    weight.fill(0);
    for (let i = 0; i < units; i++) weight[Math.floor(random() * units)]! += 1;
    things.forEach((thing, t) => {
      let w = 0;
      let sx = 0;
      let sy = 0;
      for (let k = 0; k < thing.unit.length; k++) {
        const c = weight[thing.unit[k]!]!;
        if (c === 0) continue;
        w += c;
        sx += c * thing.x[k]!;
        sy += c * thing.y[k]!;
      }
      out[t]![2 * r] = round(w > 0 ? sx / w : base[t]![0]);
      out[t]![2 * r + 1] = round(w > 0 ? sy / w : base[t]![1]);
    });
  }
  return out;
}
