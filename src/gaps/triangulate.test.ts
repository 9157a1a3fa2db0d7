import { describe, expect, it } from 'vitest';
import { isBroken, triangulate } from './triangulate';
import { NearestIndex } from './NearestIndex';

const index = (ps: [number, number][]) => new NearestIndex(Float64Array.from(ps, (p) => p[0]), Float64Array.from(ps, (p) => p[1]));

describe('triangulate', () => {
  it('triangulates one point per spot: copies within 10⁻⁹ are one point', () => {
    const t = triangulate(index([[0.2, 0.2], [0.2, 0.2 + 1e-12], [0.8, 0.3], [0.5, 0.9], [0.8, 0.3]]))!;
    expect(Array.from(t.xs)).toEqual([0.2, 0.8, 0.5]);
    expect(t.delaunay.triangles).toHaveLength(3);
    expect(t.broken).toBe(false);
  });

  it('a subnormal coordinate no longer loses a product to a broken triangle', () => {
    //  • (0, 0.75)    nearly collinear on the left side, one of them at x = 5e-324
    //  • (0, 0.5)
    //  • (5e-324, 0)
    const t = triangulate(index([[5e-324, 0], [0, 0.75], [0, 0.5]]))!;
    expect(t.broken).toBe(false);
    expect(new Set(t.collinear ?? t.delaunay.triangles)).toEqual(new Set([0, 1, 2]));
  });

  it('isBroken: a triangle with a vertex twice, or a point in no triangle', () => {
    expect(isBroken(Int32Array.from([1, 0, 0]), 3)).toBe(true);
    expect(isBroken(Int32Array.from([0, 1, 2]), 4)).toBe(true);
    expect(isBroken(Int32Array.from([0, 1, 2, 2, 1, 3]), 4)).toBe(false);
    expect(isBroken(Int32Array.from([1, 0, 0]), 2)).toBe(false);
  });
});
