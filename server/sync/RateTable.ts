import { RateLimiter, type RateLimits } from './RateLimiter';

/**
 * One shared `RateLimiter` per key (a remote address, a room name), for aggregate limits over
 * many connections. Bounded: at `maxKeys` the rested limiters (full buckets: nothing to
 * remember) are forgotten; if none is, new keys share one overflow limiter, so a flood of
 * made-up room names costs a fixed amount of memory and limits itself.
 */
export class RateTable {
  private readonly limiters = new Map<string, RateLimiter>();
  private readonly overflow: RateLimiter;

  constructor(
    private readonly limits: RateLimits,
    private readonly maxKeys = 10_000,
  ) {
    this.overflow = new RateLimiter(limits);
  }

  get size(): number {
    return this.limiters.size;
  }

  limiter(key: string, now: number): RateLimiter {
    const known = this.limiters.get(key);
    if (known) return known;
    if (this.limiters.size >= this.maxKeys) {
      for (const [other, limiter] of this.limiters) if (limiter.rested(now)) this.limiters.delete(other);
      if (this.limiters.size >= this.maxKeys) return this.overflow;
    }
    const limiter = new RateLimiter(this.limits);
    this.limiters.set(key, limiter);
    return limiter;
  }
}
