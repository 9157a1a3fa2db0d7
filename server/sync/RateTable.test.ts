import { describe, expect, it } from 'vitest';
import { RateTable } from './RateTable';

const limits = { messagesPerSecond: 10, bytesPerSecond: 1000, burstMessages: 10, burstBytes: 1000, closeAfterMs: Infinity };

describe('RateTable', () => {
  it('shares one limiter per key: connections of one address spend one budget', () => {
    const table = new RateTable(limits);
    const verdicts = Array.from({ length: 12 }, (_, i) => table.limiter('10.0.0.1', 0).take(0, 10).action);
    expect(verdicts.slice(0, 10).every((action) => action === 'pass')).toBe(true);
    expect(verdicts.slice(10)).toEqual(['wait', 'wait']);
    expect(table.limiter('10.0.0.2', 0).take(0, 10).action).toBe('pass');
  });

  it('stays within its keys: rested limiters are forgotten, and while none is, new keys share one', () => {
    const table = new RateTable(limits, 3);
    for (const key of ['a', 'b', 'c']) table.limiter(key, 0).take(0, 1000);
    const overflow = table.limiter('d', 0);
    expect(table.limiter('e', 0)).toBe(overflow);
    expect(table.size).toBe(3);
    // A second later every bucket is full again: the old keys are forgotten, a new key gets its own.
    expect(table.limiter('f', 1000)).not.toBe(overflow);
    expect(table.size).toBe(1);
  });

  it('never closes: a shared limit slows, only a connection’s own closes it', () => {
    const table = new RateTable(limits);
    const actions = Array.from({ length: 200 }, (_, i) => table.limiter('room', i * 100).take(i * 100, 1000).action);
    expect(actions).not.toContain('close');
  });
});
