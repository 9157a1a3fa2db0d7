import type { GridSample, OpportunityField } from './OpportunityField';
import { erf } from './erf';

/**
 * ∫₀¹ exp(−(t − c)²/(2r²)) dt, exactly: r·√(π/2)·(erf((1 − c)/(r√2)) + erf(c/(r√2))).
 */
export function kernelIntegral1d(c: number, r: number): number {
  const s = r * Math.SQRT2;
  return r * Math.sqrt(Math.PI / 2) * (erf((1 - c) / s) + erf(c / s));
}

/** A persona narrower than this many grid cells is integrated on its own finer grid. */
const narrowCells = 2;
/** Cells per axis of that finer grid, over ±6 reach clipped to the map. */
const fineCells = 48;

/**
 * Each persona group's unmet share uᵢ = ∫ KᵢE dA / ∫ Kᵢ dA over the unit square (weight
 * cancels), in input order, each in [0, 1], and its whole demand wᵢ∫ Kᵢ dA. The denominator is exact (erf); the numerator
 * is summed at the grid's cell centres, or on a finer local grid for a group narrower than
 * two cells. With no products, E = 1 and every share is 1.
 */
export function unmetShares(field: OpportunityField, sample: GridSample): { shares: Float64Array; demand: Float64Array } {
  const m = field.count;
  const shares = new Float64Array(m).fill(1);
  const demand = new Float64Array(m);
  const { x: cx, y: cy, reach, weight } = field.personas;
  for (let i = 0; i < m; i++) demand[i] = weight[i]! * kernelIntegral1d(cx[i]!, reach[i]!) * kernelIntegral1d(cy[i]!, reach[i]!);
  if (field.index.size === 0) return { shares, demand };
  const { g, kx, ky, emptiness } = sample;
  for (let i = 0; i < m; i++) {
    const r = reach[i]!;
    const whole = kernelIntegral1d(cx[i]!, r) * kernelIntegral1d(cy[i]!, r);
    if (!(whole > 0)) continue;
    let served: number;
    if (r < narrowCells / g) served = fineIntegral(field, cx[i]!, cy[i]!, r);
    else {
      served = 0;
      for (let j = 0; j < g; j++) {
        const y = ky[i * g + j]!;
        if (y === 0) continue;
        let row = 0;
        for (let k = 0; k < g; k++) row += kx[i * g + k]! * emptiness[j * g + k]!;
        served += y * row;
      }
      served /= g * g;
    }
    shares[i] = Math.min(1, Math.max(0, served / whole));
  }
  return { shares, demand };
}

/** ∫ K·E dA by the midpoint rule on a fine grid around a narrow persona. */
function fineIntegral(field: OpportunityField, cx: number, cy: number, r: number): number {
  const x0 = Math.max(0, cx - 6 * r);
  const x1 = Math.min(1, cx + 6 * r);
  const y0 = Math.max(0, cy - 6 * r);
  const y1 = Math.min(1, cy + 6 * r);
  const hx = (x1 - x0) / fineCells;
  const hy = (y1 - y0) / fineCells;
  const inv2r2 = 1 / (2 * r * r);
  let sum = 0;
  for (let j = 0; j < fineCells; j++) {
    const y = y0 + (j + 0.5) * hy;
    for (let k = 0; k < fineCells; k++) {
      const x = x0 + (k + 0.5) * hx;
      const kernel = Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) * inv2r2);
      sum += kernel * field.emptinessAt(field.index.distance(x, y));
    }
  }
  return sum * hx * hy;
}
