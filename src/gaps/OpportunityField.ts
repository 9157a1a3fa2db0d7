import type { NearestDistance, NearestIndex } from './NearestIndex';
import type { PackedGapInput } from './types';
import { gridSquaredDistances } from './gridDistances';

/** Value, gradient and Hessian of a smooth function of the plane at one point. */
export interface Local {
  v: number;
  gx: number;
  gy: number;
  hxx: number;
  hxy: number;
  hyy: number;
}

/**
 * O(p) = D(p)·E(p): demand D = Σ wᵢ·exp(−|p − cᵢ|²/(2rᵢ²)) times emptiness
 * E = 1 − exp(−d(p)²/(2σ²)), d the distance to the nearest product (E = 1 with none).
 * O is the minimum over products q of the smooth branches O_q = D·E_q.
 */
/** O sampled at the g×g cell centres ((k + ½)/g, (j + ½)/g), index j·g + k (row j = y). */
export interface GridSample {
  readonly g: number;
  /** O per cell. */
  readonly opportunity: Float64Array;
  /** E per cell; all 1 with no products. */
  readonly emptiness: Float64Array;
  /** kx[i·g + k] = exp(−(xₖ − cxᵢ)²/2rᵢ²), ky[i·g + j] likewise: persona i's Kᵢ at cell (k, j) is kx·ky (weight not included). */
  readonly kx: Float64Array;
  readonly ky: Float64Array;
}

/**
 * O(p) = D(p)·E(p): demand D = Σ wᵢ·exp(−|p − cᵢ|²/(2rᵢ²)) times emptiness
 * E = 1 − exp(−d(p)²/(2σ²)), d the distance to the nearest product (E = 1 with none).
 * O is the minimum over products q of the smooth branches O_q = D·E_q.
 */
export class OpportunityField {
  readonly count: number;
  private readonly cx: Float64Array;
  private readonly cy: Float64Array;
  private readonly w: Float64Array;
  private readonly inv2r2: Float64Array;
  /** cx, cy, 1/(2r²), w per persona, side by side: `demand` runs hundreds of times per call. */
  private readonly packed: Float64Array;

  constructor(
    readonly personas: PackedGapInput['personas'],
    readonly index: NearestIndex,
    readonly coverage: number,
  ) {
    const m = personas.x.length;
    this.count = m;
    this.cx = personas.x;
    this.cy = personas.y;
    this.w = personas.weight;
    this.inv2r2 = Float64Array.from(personas.reach, (r) => 1 / (2 * r * r));
    this.packed = new Float64Array(4 * m);
    for (let i = 0; i < m; i++) this.packed.set([this.cx[i]!, this.cy[i]!, this.inv2r2[i]!, this.w[i]!], 4 * i);
  }

  demand(x: number, y: number): number {
    const packed = this.packed;
    let sum = 0;
    for (let at = 0; at < packed.length; at += 4) {
      const dx = x - packed[at]!;
      const dy = y - packed[at + 1]!;
      const exponent = (dx * dx + dy * dy) * packed[at + 2]!;
      // exp(−80) < 2e-35: a term that far out cannot move the sum, and the grid (each axis
      // cut at exp(−40)) holds no term this leaves out, so a zone the grid finds has O > 0 here.
      if (exponent < 80) sum += packed[at + 3]! * Math.exp(-exponent);
    }
    return sum;
  }

  emptinessAt(distance: number): number {
    return -Math.expm1(-(distance * distance) / (2 * this.coverage * this.coverage));
  }

  /** O at p, exactly as the formula says; `nearest` may answer for the index near p. */
  value(x: number, y: number, nearest: NearestDistance = this.index): number {
    const d = nearest.distance(x, y);
    return this.demand(x, y) * (d === Infinity ? 1 : this.emptinessAt(d));
  }

  /** The smooth branch O_q (q = product index, −1 for "no product": E = 1) with derivatives. */
  branch(q: number, x: number, y: number): Local {
    const D: Local = { v: 0, gx: 0, gy: 0, hxx: 0, hxy: 0, hyy: 0 };
    for (let i = 0; i < this.cx.length; i++) {
      const dx = this.cx[i]! - x;
      const dy = this.cy[i]! - y;
      const exponent = (dx * dx + dy * dy) * this.inv2r2[i]!;
      if (exponent >= 80) continue;
      const k = 2 * this.inv2r2[i]!; // 1/r²
      const g = this.w[i]! * Math.exp(-exponent);
      D.v += g;
      D.gx += g * dx * k;
      D.gy += g * dy * k;
      D.hxx += g * (dx * dx * k * k - k);
      D.hxy += g * dx * dy * k * k;
      D.hyy += g * (dy * dy * k * k - k);
    }
    if (q < 0) return D;
    const ux = x - this.index.xs[q]!;
    const uy = y - this.index.ys[q]!;
    const s2 = 1 / (this.coverage * this.coverage);
    const e = Math.exp(-(ux * ux + uy * uy) * s2 * 0.5);
    const E = -Math.expm1(-(ux * ux + uy * uy) * s2 * 0.5);
    const ex = e * ux * s2;
    const ey = e * uy * s2;
    const exx = e * (s2 - ux * ux * s2 * s2);
    const exy = -e * ux * uy * s2 * s2;
    const eyy = e * (s2 - uy * uy * s2 * s2);
    return {
      v: D.v * E,
      gx: D.gx * E + D.v * ex,
      gy: D.gy * E + D.v * ey,
      hxx: D.hxx * E + 2 * D.gx * ex + D.v * exx,
      hxy: D.hxy * E + D.gx * ey + D.gy * ex + D.v * exy,
      hyy: D.hyy * E + 2 * D.gy * ey + D.v * eyy,
    };
  }

  /**
   * O, E and each persona's kernel on a g×g grid of cell centres. D is separable per
   * persona, so it costs m·g² multiply-adds, not m·g² exponentials.
   */
  sample(g: number): GridSample {
    const opportunity = new Float64Array(g * g);
    const m = this.cx.length;
    const kx = new Float64Array(m * g);
    const ky = new Float64Array(m * g);
    const { cx, cy, w, inv2r2 } = this;
    for (let i = 0; i < m; i++) {
      const a = inv2r2[i]!;
      for (let k = 0; k < g; k++) {
        const t = (k + 0.5) / g;
        const dx = t - cx[i]!;
        const dy = t - cy[i]!;
        // exp(−40) < 1e-17, as in `demand`: no exponential for a term that cannot count.
        const ex = dx * dx * a;
        const ey = dy * dy * a;
        kx[i * g + k] = ex < 40 ? Math.exp(-ex) : 0;
        ky[i * g + k] = ey < 40 ? Math.exp(-ey) : 0;
      }
    }
    // D on the grid is the matrix product (w·ky)ᵀ·kx; one output row at a time keeps it in cache.
    const line = new Float64Array(g);
    for (let j = 0; j < g; j++) {
      line.fill(0);
      for (let i = 0; i < m; i++) {
        const c = w[i]! * ky[i * g + j]!;
        if (c === 0) continue;
        const base = i * g;
        for (let k = 0; k < g; k++) line[k] = line[k]! + kx[base + k]! * c;
      }
      opportunity.set(line, j * g);
    }
    if (this.index.size === 0) return { g, opportunity, emptiness: new Float64Array(g * g).fill(1), kx, ky };
    // Every cell: the unmet shares need E wherever a kernel reaches, whatever the weights.
    // The squared distances become E in place.
    const emptiness = gridSquaredDistances(this.index, g);
    const scale = -1 / (2 * this.coverage * this.coverage);
    for (let cell = 0; cell < g * g; cell++) {
      const e = -Math.expm1(emptiness[cell]! * scale);
      emptiness[cell] = e;
      opportunity[cell]! *= e;
    }
    return { g, opportunity, emptiness, kx, ky };
  }
}
