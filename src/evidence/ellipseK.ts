import { fQuantile2 } from './fQuantile';

/** The confidence level of every ellipse this app draws. */
export const confidence = 0.95;

/**
 * The radius, in units of the sample covariance S, of the 95 % confidence region of a
 * two-dimensional mean from n observations (Hotelling's T²):
 * (μ − x̄)ᵀ S⁻¹ (μ − x̄) ≤ k², k² = 2(n − 1) / (n(n − 2)) · F₀.₉₅(2, n − 2).
 * k = 2.26 at n = 5, 1.00 at n = 10, 0.61 at n = 20; null below n = 3, where it is undefined.
 */
export function ellipseK(n: number): number | null {
  if (!Number.isInteger(n) || n < 3) return null;
  return Math.sqrt(((2 * (n - 1)) / (n * (n - 2))) * fQuantile2(n - 2, confidence));
}
