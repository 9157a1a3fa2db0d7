/**
 * How many entries of a list, from the first, fit in `available` px: their heights and the
 * gaps between them, plus a "+N more" line of `moreHeight` when some are left out.
 * Always at least 0, never more than the list holds.
 */
export function countThatFit(heights: readonly number[], gap: number, available: number, moreHeight: number): number {
  const total = (n: number) => heights.slice(0, n).reduce((sum, h) => sum + h, 0) + Math.max(0, n - 1) * gap;
  if (total(heights.length) <= available) return heights.length;
  for (let n = heights.length - 1; n >= 0; n--) {
    if (total(n) + (n > 0 ? gap : 0) + moreHeight <= available) return n;
  }
  return 0;
}
