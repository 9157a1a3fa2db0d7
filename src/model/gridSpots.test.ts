import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridSpots } from './gridSpots';
import { mapPoint } from './mapPoint';
import { minSpacing } from './nextFreeSpot';

describe('gridSpots', () => {
  it('spreads nine waiting items over a 3 × 3 grid across the map, not in a knot at the centre', () => {
    const spots = gridSpots(9, []);
    expect(new Set(spots.map((s) => s.x)).size).toBe(3);
    expect(new Set(spots.map((s) => s.y)).size).toBe(3);
    expect(Math.min(...spots.map((s) => s.x))).toBeLessThan(0.1);
    expect(Math.max(...spots.map((s) => s.x))).toBeGreaterThan(0.9);
  });

  it('gives distinct spots inside the map, clear of every placed item and of each other', () => {
    const point = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }).map((p) => mapPoint(p.x, p.y));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(point, { maxLength: 40 }), (count, taken) => {
        const spots = gridSpots(count, taken);
        expect(spots).toHaveLength(count);
        spots.forEach((s, i) => {
          expect(s.x >= 0 && s.x <= 1 && s.y >= 0 && s.y <= 1).toBe(true);
          for (const q of taken) expect(Math.hypot(s.x - q.x, s.y - q.y)).toBeGreaterThanOrEqual(minSpacing - 1e-9);
          for (const o of spots.slice(i + 1)) expect(Math.hypot(s.x - o.x, s.y - o.y)).toBeGreaterThanOrEqual(minSpacing - 1e-9);
        });
      }),
      { numRuns: 200 },
    );
  });
});
