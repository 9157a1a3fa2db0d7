import type { SampleArrays } from './Samples';

export interface LatencyStats {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** p50/p95/p99 (nearest rank) and max of latencies in ms; NaN when there are none. */
export function latencyStats(latencyMs: Float64Array): LatencyStats {
  if (latencyMs.length === 0) return { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const sorted = latencyMs.slice().sort();
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), max: sorted[sorted.length - 1]! };
}

/** Every process's samples as one. */
export function mergeSamples(parts: readonly SampleArrays[]): SampleArrays {
  const total = parts.reduce((sum, part) => sum + part.latencyMs.length, 0);
  const sentAfterStartMs = new Float64Array(total);
  const latencyMs = new Float64Array(total);
  let at = 0;
  for (const part of parts) {
    sentAfterStartMs.set(part.sentAfterStartMs, at);
    latencyMs.set(part.latencyMs, at);
    at += part.latencyMs.length;
  }
  return { sentAfterStartMs, latencyMs };
}

/** p95 of the changes sent in each window of `windowMs`: a latency that climbs shows a queue growing. */
export function p95ByWindow(samples: SampleArrays, windowMs: number, durationMs: number): number[] {
  const windows = Math.ceil(durationMs / windowMs);
  const buckets: number[][] = Array.from({ length: windows }, () => []);
  samples.sentAfterStartMs.forEach((sent, i) => buckets[Math.min(windows - 1, Math.max(0, Math.floor(sent / windowMs)))]!.push(samples.latencyMs[i]!));
  return buckets.map((bucket) => latencyStats(Float64Array.from(bucket)).p95);
}
