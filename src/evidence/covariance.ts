/** A sample covariance in map units²: [var x, cov xy, var y]. */
export type Covariance = readonly [number, number, number];

/** Count, mean and sample covariance (divisor n − 1; zero below two points) of paired values. */
export function meanCovariance(xs: ArrayLike<number>, ys: ArrayLike<number>): { n: number; x: number; y: number; cov: Covariance } {
  const n = Math.min(xs.length, ys.length);
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const x = n > 0 ? sx / n : 0;
  const y = n > 0 ? sy / n : 0;
  let xx = 0;
  let xy = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - x;
    const dy = ys[i]! - y;
    xx += dx * dx;
    xy += dx * dy;
    yy += dy * dy;
  }
  const d = n > 1 ? n - 1 : 1;
  return { n, x, y, cov: n > 1 ? [xx / d, xy / d, yy / d] : [0, 0, 0] };
}

/**
 * The eigenvalues (largest first) of a symmetric 2×2 matrix, and the angle in radians of the
 * first one's eigenvector from the x axis, in (−π/2, π/2].
 */
export function eigen2([a, b, c]: Covariance): { l1: number; l2: number; angle: number } {
  const mid = (a + c) / 2;
  const half = Math.hypot((a - c) / 2, b);
  // Half the angle of (a − c, 2b): stable where the eigenvector formula (b, λ₁ − a) cancels.
  const angle = Math.atan2(2 * b, a - c) / 2;
  return { l1: mid + half, l2: Math.max(0, mid - half), angle };
}
