/** The nearest-product distance, from the whole index or from the few products around a climb. */
export interface NearestDistance {
  /** Distance from (x, y) to the nearest point; Infinity when empty. */
  distance(x: number, y: number): number;
}

/** Distance from (x, y) to point i of xs, ys; Infinity for no point (i < 0). */
export function distanceTo(xs: Float64Array, ys: Float64Array, i: number, x: number, y: number): number {
  if (i < 0) return Infinity;
  const dx = xs[i]! - x;
  const dy = ys[i]! - y;
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Exact nearest-product queries in the unit square: a uniform bucket grid searched in
 * growing rings until no closer point can remain. Independent of any triangulation's
 * tolerances, so distances are exact on the original coordinates.
 */
export class NearestIndex implements NearestDistance {
  readonly size: number;
  private readonly n: number;
  private readonly cellStart: Int32Array;
  private readonly cellItems: Int32Array;

  constructor(
    readonly xs: Float64Array,
    readonly ys: Float64Array,
  ) {
    const count = xs.length;
    this.size = count;
    this.n = Math.max(1, Math.min(256, Math.round(Math.sqrt(count))));
    const n = this.n;
    const counts = new Int32Array(n * n + 1);
    const cells = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const c = this.cellOf(xs[i]!, ys[i]!);
      cells[i] = c;
      counts[c + 1]!++;
    }
    for (let c = 0; c < n * n; c++) counts[c + 1]! += counts[c]!;
    this.cellStart = counts;
    const fill = counts.slice(0, n * n);
    this.cellItems = new Int32Array(count);
    for (let i = 0; i < count; i++) this.cellItems[fill[cells[i]!]!++] = i;
  }

  private cellOf(x: number, y: number): number {
    const n = this.n;
    const cx = Math.min(n - 1, Math.max(0, Math.floor(x * n)));
    const cy = Math.min(n - 1, Math.max(0, Math.floor(y * n)));
    return cy * n + cx;
  }

  /** Index of the nearest point to (x, y), −1 when empty. Ties go to the lowest index. */
  nearest(x: number, y: number): number {
    if (this.size === 0) return -1;
    const n = this.n;
    const h = 1 / n;
    const cx = Math.min(n - 1, Math.max(0, Math.floor(x * n)));
    const cy = Math.min(n - 1, Math.max(0, Math.floor(y * n)));
    const { xs, ys, cellStart, cellItems } = this;
    let best = -1;
    let bestD2 = Infinity;
    for (let ring = 0; ring <= n; ring++) {
      if (ring > 0) {
        const gap = minRingDistance(x, y, cx, cy, ring - 1, h);
        if (gap * gap > bestD2) break;
      }
      const y0 = Math.max(0, cy - ring);
      const y1 = Math.min(n - 1, cy + ring);
      for (let gy = y0; gy <= y1; gy++) {
        const onEdge = gy === cy - ring || gy === cy + ring;
        const step = onEdge || ring === 0 ? 1 : 2 * ring;
        for (let gx = cx - ring; gx <= cx + ring; gx += step) {
          if (gx < 0 || gx >= n) continue;
          const c = gy * n + gx;
          for (let s = cellStart[c]!, e = cellStart[c + 1]!; s < e; s++) {
            const i = cellItems[s]!;
            const dx = xs[i]! - x;
            const dy = ys[i]! - y;
            const d2 = dx * dx + dy * dy;
            if (d2 < bestD2 || (d2 === bestD2 && i < best)) {
              bestD2 = d2;
              best = i;
            }
          }
        }
      }
    }
    return best;
  }

  /** Distance from (x, y) to the nearest point; Infinity when empty. */
  distance(x: number, y: number): number {
    return distanceTo(this.xs, this.ys, this.nearest(x, y), x, y);
  }

  /** The k nearest points, closest first (ties by index). (x, y) may lie outside the square. */
  nearestK(x: number, y: number, k: number): number[] {
    if (this.size === 0 || k <= 0) return [];
    const n = this.n;
    const h = 1 / n;
    const cx = Math.min(n - 1, Math.max(0, Math.floor(x * n)));
    const cy = Math.min(n - 1, Math.max(0, Math.floor(y * n)));
    const best: { i: number; d2: number }[] = [];
    const worst = () => (best.length < k ? Infinity : best[best.length - 1]!.d2);
    for (let ring = 0; ring <= n; ring++) {
      // Every point outside this ring of cells is at least this far away.
      const gap = ring === 0 ? 0 : minRingDistance(x, y, cx, cy, ring - 1, h);
      if (gap * gap > worst()) break;
      for (let gy = cy - ring; gy <= cy + ring; gy++) {
        if (gy < 0 || gy >= n) continue;
        const onEdge = gy === cy - ring || gy === cy + ring;
        for (let gx = cx - ring; gx <= cx + ring; gx += onEdge ? 1 : 2 * ring || 1) {
          if (gx < 0 || gx >= n) continue;
          const c = gy * n + gx;
          for (let s = this.cellStart[c]!, e = this.cellStart[c + 1]!; s < e; s++) {
            const i = this.cellItems[s]!;
            const dx = this.xs[i]! - x;
            const dy = this.ys[i]! - y;
            const d2 = dx * dx + dy * dy;
            if (d2 > worst() || (best.length === k && d2 === worst() && i > best[best.length - 1]!.i)) continue;
            let at = best.length;
            while (at > 0 && (best[at - 1]!.d2 > d2 || (best[at - 1]!.d2 === d2 && best[at - 1]!.i > i))) at--;
            best.splice(at, 0, { i, d2 });
            if (best.length > k) best.pop();
          }
        }
      }
    }
    return best.map((b) => b.i);
  }

  /**
   * Every point within `radius` of (x, y) (inclusive), by increasing index; or, when there are
   * more than `limit`, the first limit + 1 found, in no order (the caller asked for a handful).
   */
  within(x: number, y: number, radius: number, limit = Infinity): number[] {
    const n = this.n;
    const r2 = radius * radius;
    const found: number[] = [];
    // A hair wider than the circle, so rounding never leaves a bucket out.
    const reach = radius * (1 + 1e-9) + 1e-12;
    const x0 = Math.max(0, Math.floor((x - reach) * n));
    const x1 = Math.min(n - 1, Math.floor((x + reach) * n));
    const y0 = Math.max(0, Math.floor((y - reach) * n));
    const y1 = Math.min(n - 1, Math.floor((y + reach) * n));
    for (let gy = y0; gy <= y1; gy++) {
      for (let c = gy * n + x0; c <= gy * n + x1; c++) {
        for (let s = this.cellStart[c]!, e = this.cellStart[c + 1]!; s < e; s++) {
          const i = this.cellItems[s]!;
          const dx = this.xs[i]! - x;
          const dy = this.ys[i]! - y;
          if (dx * dx + dy * dy <= r2 && found.push(i) > limit) return found;
        }
      }
    }
    return found.sort((a, b) => a - b);
  }
}

/** Distance from (x, y) to the outside of the block of cells within `ring` of (cx, cy). */
function minRingDistance(x: number, y: number, cx: number, cy: number, ring: number, h: number): number {
  const left = (cx - ring) * h;
  const right = (cx + ring + 1) * h;
  const bottom = (cy - ring) * h;
  const top = (cy + ring + 1) * h;
  return Math.max(0, Math.min(x - left, right - x, y - bottom, top - y));
}
