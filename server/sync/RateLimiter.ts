export interface RateLimits {
  readonly messagesPerSecond: number;
  readonly bytesPerSecond: number;
  /** Messages a quiet connection may send at once. */
  readonly burstMessages: number;
  /** Bytes a quiet connection may send at once: one message of the largest size. */
  readonly burstBytes: number;
  /** A connection held back this long without a break is closed (it stays well over its limits). */
  readonly closeAfterMs: number;
}

/** Credit, in seconds of each limit, that releases a held connection. */
const releaseSeconds = 0.1;

export type RateVerdict =
  | { readonly action: 'pass' }
  /** Hold the connection's next messages back this long (order kept). */
  | { readonly action: 'wait'; readonly ms: number }
  | { readonly action: 'close' };

/**
 * Two token buckets per connection (messages and bytes), on a clock the caller passes in
 * (milliseconds). A message over the buckets is taken on credit: the debt says how long the
 * next ones wait. A connection that stays near empty buckets (it sends as fast as it is let
 * through) for `closeAfterMs` after first going into debt is closed; one that earns back a
 * little credit (it sends under its limits again) is released.
 */
export class RateLimiter {
  private messages: number;
  private bytes: number;
  private at: number | null = null;
  /** Since when the connection has been held back; null once it has earned back `releaseSeconds` of credit. */
  private heldSince: number | null = null;

  constructor(private readonly limits: RateLimits) {
    this.messages = limits.burstMessages;
    this.bytes = limits.burstBytes;
  }

  take(now: number, size: number): RateVerdict {
    this.refill(now);
    if (this.heldSince !== null && this.messages >= this.limits.messagesPerSecond * releaseSeconds && this.bytes >= this.limits.bytesPerSecond * releaseSeconds) {
      this.heldSince = null;
    }
    this.messages -= 1;
    this.bytes -= size;
    const waitMs = Math.max(0, (-this.messages / this.limits.messagesPerSecond) * 1000, (-this.bytes / this.limits.bytesPerSecond) * 1000);
    if (waitMs === 0) return { action: 'pass' };
    this.heldSince ??= now;
    if (now - this.heldSince >= this.limits.closeAfterMs) return { action: 'close' };
    return { action: 'wait', ms: Math.ceil(waitMs) };
  }

  /** True when the buckets are full again by `now`: the limiter remembers nothing a new one would not. */
  rested(now: number): boolean {
    this.refill(now);
    return this.messages >= this.limits.burstMessages && this.bytes >= this.limits.burstBytes;
  }

  private refill(now: number): void {
    const elapsed = this.at === null ? 0 : Math.max(0, now - this.at) / 1000;
    this.at = now;
    this.messages = Math.min(this.limits.burstMessages, this.messages + elapsed * this.limits.messagesPerSecond);
    this.bytes = Math.min(this.limits.burstBytes, this.bytes + elapsed * this.limits.bytesPerSecond);
  }
}
