/**
 * Milliseconds since the epoch with sub-millisecond resolution, on the machine's monotonic
 * clock: every process on this machine reads the same time, so a send time written by one
 * process can be subtracted from an arrival time read in another.
 */
export const now = (): number => performance.timeOrigin + performance.now();

/** A time code wraps every 1,000 s: far longer than any latency it measures. */
const periodMs = 1_000_000;

/** `at` as a number in [0, 1): a position coordinate that carries its own send time. */
export const timeCode = (at: number): number => (at % periodMs) / periodMs;

/** When the time code `code` was made, read at `at` (no later than 1,000 s after it). */
export const sentAtOf = (code: number, at: number): number => at - ((((at % periodMs) - code * periodMs) % periodMs) + periodMs) % periodMs;
