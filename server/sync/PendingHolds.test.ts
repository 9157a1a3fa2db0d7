import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingHolds } from './PendingHolds';

afterEach(() => void vi.useRealTimers());

function holds() {
  const overdue: string[] = [];
  const owner = { name: 'a connection' };
  return { overdue, owner, holds: new PendingHolds<object>({ bytes: 100, ms: 30_000 }, (_owner, why) => overdue.push(why)) };
}

describe('PendingHolds', () => {
  it('keeps a connection’s held changes in order until taken, then forgets them', () => {
    const { holds: h, owner, overdue } = holds();
    expect(h.add(owner, new Uint8Array(40))).toBe(true);
    expect(h.add(owner, new Uint8Array(60))).toBe(true);
    expect(h.bytes(owner)).toBe(100);
    expect(h.take(owner).map((part) => part.length)).toEqual([40, 60]);
    expect(h.bytes(owner)).toBe(0);
    expect(overdue).toEqual([]);
  });

  it('drops a hold that passes its bytes and says so', () => {
    const { holds: h, owner, overdue } = holds();
    h.add(owner, new Uint8Array(60));
    expect(h.add(owner, new Uint8Array(41))).toBe(false);
    expect(h.bytes(owner)).toBe(0);
    expect(overdue).toEqual([expect.stringMatching(/more than 100 bytes/)]);
  });

  it('drops a hold still waiting after its time, and none that was taken', () => {
    vi.useFakeTimers();
    const { holds: h, owner, overdue } = holds();
    const other = {};
    h.add(owner, new Uint8Array(10));
    h.add(other, new Uint8Array(10));
    h.take(other);
    vi.advanceTimersByTime(29_999);
    expect(overdue).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(overdue).toEqual([expect.stringMatching(/for 30 s/)]);
    expect(h.bytes(owner)).toBe(0);
  });
});
