import { describe, expect, it } from 'vitest';
import { RateLimiter, type RateVerdict } from './RateLimiter';

const limits = { messagesPerSecond: 50, bytesPerSecond: 1_000_000, burstMessages: 50, burstBytes: 8_000_000, closeAfterMs: 10_000 };

/** Sends `count` messages of `size` bytes, `everyMs` apart from `start`; returns the verdicts. */
function send(limiter: RateLimiter, { start = 0, count, everyMs, size = 100 }: { start?: number; count: number; everyMs: number; size?: number }): RateVerdict[] {
  return Array.from({ length: count }, (_, i) => limiter.take(start + i * everyMs, size));
}

describe('RateLimiter', () => {
  it('lets a connection within its limits through, bursts included', () => {
    const limiter = new RateLimiter(limits);
    expect(send(limiter, { count: 50, everyMs: 0 }).every((verdict) => verdict.action === 'pass')).toBe(true);
    expect(send(limiter, { start: 1000, count: 300, everyMs: 25 }).every((verdict) => verdict.action === 'pass')).toBe(true);
  });

  it('holds back a connection over 50 messages a second, longer the further over it is', () => {
    const limiter = new RateLimiter(limits);
    const verdicts = send(limiter, { count: 60, everyMs: 0 });
    expect(verdicts.slice(0, 50).every((verdict) => verdict.action === 'pass')).toBe(true);
    expect(verdicts[50]).toEqual({ action: 'wait', ms: 20 });
    expect(verdicts[59]).toEqual({ action: 'wait', ms: 200 });
  });

  it('holds back a connection over 1 MB a second once its burst (one largest message) is spent', () => {
    const limiter = new RateLimiter(limits);
    expect(limiter.take(0, 8_000_000)).toEqual({ action: 'pass' });
    expect(limiter.take(0, 500_000)).toEqual({ action: 'wait', ms: 500 });
    expect(limiter.take(500, 10)).toEqual({ action: 'wait', ms: 1 });
  });

  it('releases a held connection once it sends under its limits again', () => {
    const limiter = new RateLimiter(limits);
    send(limiter, { count: 100, everyMs: 0 });
    const later = send(limiter, { start: 1000, count: 400, everyMs: 40 });
    expect(later.at(-1)).toEqual({ action: 'pass' });
    expect(later.some((verdict) => verdict.action === 'close')).toBe(false);
  });

  it('closes a connection that stays well over its limits for 10 s', () => {
    const limiter = new RateLimiter(limits);
    // 200 messages a second, for 12 s: held back from the first second on.
    const verdicts = send(limiter, { count: 2400, everyMs: 5 });
    const closedAt = verdicts.findIndex((verdict) => verdict.action === 'close') * 5;
    expect(closedAt).toBeGreaterThanOrEqual(10_000);
    expect(closedAt).toBeLessThan(11_000);
  });

  it('closes a connection held back by TCP that sends again as soon as it is let through', () => {
    const limiter = new RateLimiter(limits);
    let now = 0;
    let verdict: RateVerdict = { action: 'pass' };
    // Each time it is let through, 30 messages are waiting at once.
    while (verdict.action !== 'close' && now < 60_000) {
      for (let i = 0; i < 30 && verdict.action !== 'close'; i++) verdict = limiter.take(now, 100);
      now += verdict.action === 'wait' ? verdict.ms : 1;
    }
    expect(verdict.action).toBe('close');
    expect(now).toBeLessThan(12_000);
  });
});
