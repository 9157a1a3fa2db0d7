import { describe, expect, it } from 'vitest';
import { countThatFit } from './countThatFit';

describe('countThatFit', () => {
  it('keeps every entry when all fit, with no room kept for "+N more"', () => {
    expect(countThatFit([100, 100, 100], 10, 320, 40)).toBe(3);
  });

  it('leaves room for the "+N more" line when some entries are left out', () => {
    // 100 + 10 + 100 + 10 + 40 = 260 ≤ 300, but three entries need 320.
    expect(countThatFit([100, 100, 100], 10, 300, 40)).toBe(2);
    expect(countThatFit([100, 100, 100], 10, 259, 40)).toBe(1);
  });

  it('is 0 when not even the first entry fits, and for an empty list', () => {
    expect(countThatFit([500], 10, 100, 40)).toBe(0);
    expect(countThatFit([], 10, 100, 40)).toBe(0);
  });
});
