import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreement, describeAgreement, disputeScore } from './agreement';

const flat = (pairs: readonly (readonly [number, number])[]) => pairs.flat();

describe('agreement', () => {
  it('says the room agrees when everyone placed it close together', () => {
    const a = agreement(flat([[0.5, 0.5], [0.52, 0.49], [0.48, 0.51], [0.51, 0.52], [0.49, 0.5]]));
    expect(a.kind).toBe('agrees');
    expect(describeAgreement(a)).toMatch(/^the room agrees within [1-3] % of the map$/);
  });

  /**
   *   need
   *    ↑  ● ●            (two people here)
   *    |
   *    |            ● ● ●  (three people there)
   *    +────────────────→ interactivity
   */
  it('finds two groups of at least two people that explain most of the spread', () => {
    const a = agreement(flat([[0.2, 0.8], [0.22, 0.78], [0.8, 0.3], [0.78, 0.32], [0.81, 0.29]]));
    expect(a.kind).toBe('split');
    if (a.kind !== 'split') return;
    expect(a.groups.map((g) => g.members.length).sort()).toEqual([2, 3]);
    expect(a.explained).toBeGreaterThan(0.95);
    expect(describeAgreement(a)).toBe('the room is split: 2 and 3 people in two places');
  });

  it('never calls one outlier a split: each group needs two people', () => {
    const a = agreement(flat([[0.5, 0.5], [0.51, 0.5], [0.5, 0.51], [0.49, 0.5], [0.95, 0.95]]));
    expect(a.kind).not.toBe('split');
  });

  it('says a wide, even scatter is spread, not split', () => {
    const ring = Array.from({ length: 12 }, (_, i) => [0.5 + 0.3 * Math.cos((i / 12) * 2 * Math.PI), 0.5 + 0.3 * Math.sin((i / 12) * 2 * Math.PI)] as const);
    expect(agreement(flat(ring)).kind).toBe('spread');
  });

  it('gives the same answer whatever order people placed in', () => {
    const point = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), fc.integer({ min: 0, max: 1000 }), (pairs, seed) => {
        const shuffled = [...pairs].sort((a, b) => ((a[0] * 7919 + a[1] * 104729 + seed) % 1) - ((b[0] * 7919 + b[1] * 104729 + seed) % 1));
        const a = agreement(flat(pairs));
        const b = agreement(flat(shuffled));
        expect(b.kind).toBe(a.kind);
        if (a.kind === 'split' && b.kind === 'split') expect(b.explained).toBeCloseTo(a.explained, 9);
      }),
    );
  });

  it('ranks a split item before a spread one, and a spread one before one the room agrees on', () => {
    const split = flat([[0.2, 0.8], [0.22, 0.78], [0.8, 0.3], [0.78, 0.32]]);
    const spread = flat([[0.3, 0.3], [0.6, 0.4], [0.4, 0.7], [0.7, 0.6], [0.5, 0.5]]);
    const tight = flat([[0.5, 0.5], [0.51, 0.5], [0.5, 0.51]]);
    expect(disputeScore(split)).toBeGreaterThan(disputeScore(spread));
    expect(disputeScore(spread)).toBeGreaterThan(disputeScore(tight));
  });
});
