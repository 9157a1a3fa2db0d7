import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridSquaredDistances } from './gridDistances';
import { NearestIndex } from './NearestIndex';

const bruteForce = (xs: Float64Array, ys: Float64Array, x: number, y: number) => {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) best = Math.min(best, (xs[i]! - x) ** 2 + (ys[i]! - y) ** 2);
  return best;
};

describe('gridSquaredDistances', () => {
  it('gives every cell centre the exact squared distance to its nearest product, sparse or dense', () => {
    const point = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 3000 }), fc.integer({ min: 2, max: 40 }), (points, g) => {
        const xs = Float64Array.from(points, (p) => p[0]);
        const ys = Float64Array.from(points, (p) => p[1]);
        const squared = gridSquaredDistances(new NearestIndex(xs, ys), g);
        for (let cell = 0; cell < g * g; cell += 7) {
          const exact = bruteForce(xs, ys, ((cell % g) + 0.5) / g, (Math.floor(cell / g) + 0.5) / g);
          expect(squared[cell]).toBeCloseTo(exact, 14);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is Infinity everywhere with no products', () => {
    expect([...gridSquaredDistances(new NearestIndex(new Float64Array(0), new Float64Array(0)), 3)]).toEqual(Array(9).fill(Infinity));
  });
});
