import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NearestIndex } from './NearestIndex';
import { LocalNearest } from './LocalNearest';
import { nearlyCoincident } from './testBoards';
import { propertyRuns } from './testRuns';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const points = fc.array(fc.tuple(unit, unit), { minLength: 1, maxLength: 400 });
// Duplicates and points on a coarse lattice make ties, where the lowest index must win.
const lattice = fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })).map(([a, b]) => [a / 8, b / 8] as [number, number]), { minLength: 1, maxLength: 60 });

/** Random points, and points with nearly coincident copies (10⁻⁹, 10⁻¹⁵, subnormal) on the border and inside. */
const anyPoints = fc.oneof(points, nearlyCoincident);

const build = (ps: [number, number][]) => new NearestIndex(Float64Array.from(ps, (p) => p[0]), Float64Array.from(ps, (p) => p[1]));

describe('LocalNearest', () => {
  it('answers nearest and distance exactly as the whole index, near its focus and far from it', () => {
    fc.assert(
      fc.property(fc.oneof(points, lattice, nearlyCoincident), unit, unit, fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 }), (ps, fx, fy, offsets) => {
        const index = build(ps);
        const local = new LocalNearest(index, LocalNearest.radiusFor(index.size));
        local.focus(fx, fy);
        for (const [ox, oy] of offsets) {
          // Most queries inside the focus radius, some well outside it.
          const spread = Math.abs(ox) < 0.8 ? LocalNearest.radiusFor(index.size) : 0.5;
          const x = Math.min(1, Math.max(0, fx + ox * spread));
          const y = Math.min(1, Math.max(0, fy + oy * spread));
          expect(local.nearest(x, y)).toBe(index.nearest(x, y));
          expect(local.distance(x, y)).toBe(index.distance(x, y));
        }
      }),
      propertyRuns(300),
    );
  });

  /** Checks the clip of `q = nearest(focus)` along direction `angle` (turns) against brute force. */
  const checkClip = (ps: [number, number][], x: number, y: number, angle: number) => {
    const index = build(ps);
    const local = new LocalNearest(index, LocalNearest.radiusFor(index.size));
    local.focus(x, y);
    const q = index.nearest(x, y);
    const ux = Math.cos(angle * 2 * Math.PI);
    const uy = Math.sin(angle * 2 * Math.PI);
    const [lo, hi] = local.clipToCell(q, -1, x, y, ux, uy, -1, 1);
    // Where q is clearly the nearest: nearer than every other product by more than the
    // rounding of these distances (10⁻¹² of them) and by 10⁻⁹ of how far apart the two are.
    // Float ties either way are no test of the clip.
    const clearlyNearest = (px: number, py: number) => {
      const dq = Math.hypot(index.xs[q]! - px, index.ys[q]! - py);
      for (let i = 0; i < index.size; i++) {
        if (i === q) continue;
        const di = Math.hypot(index.xs[i]! - px, index.ys[i]! - py);
        const apart = Math.hypot(index.xs[i]! - index.xs[q]!, index.ys[i]! - index.ys[q]!);
        if (!(dq < di - 1e-9 * apart - 1e-12 * di)) return false;
      }
      return true;
    };
    if (clearlyNearest(x, y)) {
      expect(lo).toBeLessThanOrEqual(0);
      expect(hi).toBeGreaterThanOrEqual(0);
    }
    for (let s = -1; s <= 1; s += 1 / 64) {
      if (clearlyNearest(x + s * ux, y + s * uy)) {
        expect(s).toBeGreaterThanOrEqual(lo - 1e-9);
        expect(s).toBeLessThanOrEqual(hi + 1e-9);
      }
    }
  };

  it('clips a line to a part that holds every point where the product is nearest', () => {
    fc.assert(
      fc.property(anyPoints, unit, unit, unit, (ps, x, y, angle) => checkClip(ps, x, y, angle)),
      propertyRuns(300),
    );
  });

  it("clips from a product's own spot and its nearly coincident copies (focus on a product)", () => {
    fc.assert(
      fc.property(anyPoints, fc.nat(), unit, (ps, at, angle) => {
        const [x, y] = ps[at % ps.length]!;
        checkClip(ps, x, y, angle);
      }),
      propertyRuns(300),
    );
  });

  it('clipToCell does not overflow for products 10⁻⁹ apart, one at a subnormal coordinate (CI, seed -270207006)', () => {
    checkClip([[0, 0.9999999925494194], [5e-324, 0.9999999935494195], [0, 0]], 0, 0.9999999935494195, 0);
  });

  it('lists the products nearly as near as the nearest, nearest first, one per spot', () => {
    const index = build([[0.5, 0.5], [0.6, 0.5], [0.4, 0.5], [0.5, 0.9], [0.5, 0.5], [0.6, 0.5]]);
    const local = new LocalNearest(index, 0.05);
    expect(local.nearlyNearest(0.5, 0.6, 1e-9, 3)).toEqual([0]);
    expect(local.nearlyNearest(0.5, 0.6, 0.05, 3)).toEqual([0, 1, 2]);
    expect(local.nearlyNearest(0.5, 0.6, 0.05, 2)).toEqual([0, 1]);
  });

  it('answers as the index where products crowd around the focus (a ring around an empty centre)', () => {
    const ring = Array.from({ length: 400 }, (_, i): [number, number] => [0.5 + 0.2 * Math.cos((i * 2 * Math.PI) / 400), 0.5 + 0.2 * Math.sin((i * 2 * Math.PI) / 400)]);
    const index = build(ring);
    const local = new LocalNearest(index, LocalNearest.radiusFor(index.size));
    local.focus(0.5, 0.5);
    for (const [x, y] of [[0.5, 0.5], [0.501, 0.5], [0.5, 0.4995]]) {
      expect(local.nearest(x!, y!)).toBe(index.nearest(x!, y!));
    }
    expect(local.nearlyNearest(0.5, 0.5, 1e-9, 3)).toHaveLength(3);
  });
});
