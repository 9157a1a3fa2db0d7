import { describe, expect, it } from 'vitest';
import { WindowCounts } from './WindowCounts';

describe('WindowCounts', () => {
  it('counts a key within its window and starts afresh after it', () => {
    const counts = new WindowCounts(1000, 10);
    counts.add('a', 0);
    counts.add('a', 500);
    expect(counts.count('a', 999)).toBe(2);
    expect(counts.count('a', 1000)).toBe(0);
    counts.add('a', 1000);
    expect(counts.count('a', 1500)).toBe(1);
  });

  it('never holds more than maxKeys, however many addresses come', () => {
    const counts = new WindowCounts(60_000, 100);
    for (let i = 0; i < 10_000; i++) counts.add(`10.0.${i >> 8}.${i & 255}`, i);
    expect(counts.size).toBe(100);
    // The newest windows are kept.
    expect(counts.count('10.0.39.15', 10_000)).toBe(1);
  });

  it('prunes expired windows first, keeping live ones', () => {
    const counts = new WindowCounts(1000, 3);
    counts.add('old', 0);
    counts.add('live', 900);
    counts.add('live', 950);
    counts.add('other', 960);
    counts.add('new', 1200);
    expect(counts.size).toBe(3);
    expect(counts.count('live', 1200)).toBe(2);
    expect(counts.count('old', 1200)).toBe(0);
  });
});
