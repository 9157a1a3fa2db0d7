import { ellipseK } from './ellipseK';
import { eigen2, type Covariance } from './covariance';

/** An ellipse in map space: centre, semi-axes (rx ≥ ry) and the angle of rx from the x axis, radians. */
export interface Ellipse {
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  readonly angle: number;
}

/**
 * The 95 % confidence ellipse of a mean of n points with sample covariance `cov`: semi-axes
 * k·√λᵢ along S's eigenvectors — the region (μ − x̄)ᵀ S⁻¹ (μ − x̄) ≤ k² (see `ellipseK`).
 * Null when n ≤ 3 (too few to say: dots and mean only).
 */
export function confidenceEllipse(n: number, mean: { readonly x: number; readonly y: number }, cov: Covariance): Ellipse | null {
  if (n <= 3) return null;
  const k = ellipseK(n)!;
  const { l1, l2, angle } = eigen2(cov);
  return { cx: mean.x, cy: mean.y, rx: k * Math.sqrt(l1), ry: k * Math.sqrt(l2), angle };
}
