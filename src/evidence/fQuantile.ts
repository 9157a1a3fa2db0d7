/**
 * The p-quantile of Snedecor's F distribution with 2 and m degrees of freedom, in closed form:
 * its CDF is 1 − (1 + 2x/m)^(−m/2), so x = (m/2)·((1 − p)^(−2/m) − 1). Defined for m > 0 and
 * 0 < p < 1; NaN otherwise.
 */
export function fQuantile2(m: number, p: number): number {
  if (!(m > 0) || !(p > 0 && p < 1)) return Number.NaN;
  return (m / 2) * ((1 - p) ** (-2 / m) - 1);
}
