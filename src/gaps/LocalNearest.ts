import { distanceTo, type NearestDistance, type NearestIndex } from './NearestIndex';
import { sameSpot } from './sameSpot';

/**
 * Nearest-product queries for a climb that stays in one small neighbourhood, answered from
 * the few products that can matter there. Focused at c with radius R, it keeps every product
 * within ρ = d₁(c) + 3R of c. For any p within R of c, the nearest product of p is within
 * d₁(c) + R = ρ − 2R, and every product left out is farther than ρ − R from p, so the
 * answers are exact. A query farther from c goes to the whole index; the climb moves the focus with `focus` (a query does
 * not, so a far look does not make it thrash). Where more than `maxKept` products crowd
 * around the focus (a ring of products around an empty centre, a pile of duplicates), the
 * kept list would cost more than the index: every question goes to the index then. Ties go
 * to the lowest index, as there.
 */
export class LocalNearest implements NearestDistance {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly size: number;
  private cx = Number.NaN;
  private cy = Number.NaN;
  private near: number[] = [];
  /** More products around the focus than are worth keeping. */
  private crowded = false;

  /** The most products kept around a focus. */
  static readonly maxKept = 24;

  constructor(
    private readonly index: NearestIndex,
    private readonly radius: number,
  ) {
    this.xs = index.xs;
    this.ys = index.ys;
    this.size = index.size;
  }

  /** A radius for a board of `size` products: a fifth of their typical spacing, so a handful are kept. */
  static radiusFor(size: number): number {
    return 0.2 / Math.sqrt(Math.max(1, size));
  }

  /** Is (x, y) within R of the focus? */
  private inFocus(x: number, y: number): boolean {
    const dx = x - this.cx;
    const dy = y - this.cy;
    return dx * dx + dy * dy <= this.radius * this.radius;
  }

  /** Do the kept products answer exactly for (x, y)? */
  private covers(x: number, y: number): boolean {
    return !this.crowded && this.inFocus(x, y);
  }

  /** Keeps the products around (x, y), unless it is already in focus. */
  focus(x: number, y: number): void {
    if (this.inFocus(x, y)) return;
    this.cx = x;
    this.cy = y;
    const rho = this.index.distance(x, y) + 3 * this.radius;
    this.near = this.index.within(x, y, rho, LocalNearest.maxKept);
    this.crowded = this.near.length > LocalNearest.maxKept;
  }

  nearest(x: number, y: number): number {
    if (!this.covers(x, y)) return this.index.nearest(x, y);
    const { xs, ys, near } = this;
    let best = -1;
    let bestD2 = Infinity;
    // `near` is by increasing index: on a tie the first found stays.
    for (let at = 0; at < near.length; at++) {
      const i = near[at]!;
      const dx = xs[i]! - x;
      const dy = ys[i]! - y;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2) {
        bestD2 = d2;
        best = i;
      }
    }
    return best;
  }

  distance(x: number, y: number): number {
    return distanceTo(this.xs, this.ys, this.nearest(x, y), x, y);
  }

  /**
   * The part of [lo, hi] where the point o + s·u is at least as near to product q as to every
   * kept product except `skip`: where q's branch of O is O itself, as far as
   * those products tell. It holds the true part, so a step clipped to it may still fail on O,
   * but a step beyond it is known to cross a crease.
   */
  clipToCell(q: number, skip: number, ox: number, oy: number, ux: number, uy: number, lo: number, hi: number): [number, number] {
    // Crowded: no clip (the whole line holds the part, so the answer stays true).
    if (this.crowded) return [lo, hi];
    const { xs, ys } = this;
    const qx = xs[q]!;
    const qy = ys[q]!;
    for (const c of this.near) {
      const cx = xs[c]!;
      const cy = ys[c]!;
      // A product at q's or skip's own spot sets no edge (along skip's bisector, only rounding).
      if (sameSpot(cx, cy, qx, qy) || (skip >= 0 && sameSpot(cx, cy, xs[skip]!, ys[skip]!))) continue;
      // |p − q|² ≤ |p − c|²  ⟺  2(p − o)·n ≤ 2(m − o)·n, n = c − q, m their midpoint: linear in
      // s. Measured from the midpoint, not as |c|² − |q|² (which cancels to noise for close products).
      const nx = cx - qx;
      const ny = cy - qy;
      const slope = ux * nx + uy * ny;
      const room = nx * ((cx + qx) / 2 - ox) + ny * ((cy + qy) / 2 - oy);
      if (slope > 0) hi = Math.min(hi, room / slope);
      else if (slope < 0) lo = Math.max(lo, room / slope);
    }
    return [lo, hi];
  }

  /**
   * Up to `max` products within `slack` of the nearest one's distance from (x, y), nearest
   * first (ties by index), one per spot (of products at one spot, `sameSpot`, the nearest):
   * the products whose creases pass near (x, y). From the kept products, or the index's 16
   * nearest when crowded.
   */
  nearlyNearest(x: number, y: number, slack: number, max: number): number[] {
    this.focus(x, y);
    const { xs, ys } = this;
    const candidates = this.covers(x, y) ? this.near : this.index.nearestK(x, y, 16);
    const ranked = candidates.map((i) => ({ i, d: Math.hypot(xs[i]! - x, ys[i]! - y) })).sort((a, b) => a.d - b.d || a.i - b.i);
    const first = ranked[0]?.d ?? Infinity;
    const found: number[] = [];
    for (const { i, d } of ranked) {
      if (found.length === max || d - first > slack) break;
      if (!found.some((j) => sameSpot(xs[j]!, ys[j]!, xs[i]!, ys[i]!))) found.push(i);
    }
    return found;
  }
}
