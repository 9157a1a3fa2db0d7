/**
 * fast-check settings for the gap-finder's properties. Seeds stay random (CI found the
 * near-coincident products that way) and fast-check prints the seed and path of a failure;
 * `PROPERTY_RUNS_SCALE=50 npx vitest run src/gaps` runs every property fifty times as often.
 */
const scale = (() => {
  const value = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
  return Number.isFinite(value) && value > 1 ? value : 1;
})();

/** `numRuns` scaled; a failure's shrinking is bounded in time, so a failing property reports instead of hanging. */
export function propertyRuns(numRuns: number): { numRuns: number; interruptAfterTimeLimit: number; markInterruptAsFailure: boolean } {
  return { numRuns: Math.round(numRuns * scale), interruptAfterTimeLimit: 120_000 * scale, markInterruptAsFailure: true };
}

/** A property test's timeout, scaled alike. */
export function propertyTimeout(ms: number): number {
  return ms * scale;
}
