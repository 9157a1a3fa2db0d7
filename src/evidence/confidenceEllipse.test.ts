import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ellipseK } from './ellipseK';
import { fQuantile2 } from './fQuantile';
import { eigen2, meanCovariance } from './covariance';
import { confidenceEllipse } from './confidenceEllipse';

describe('ellipseK', () => {
  it('gives the worked values: 2.26 at n = 5, 1.00 at n = 10, 0.61 at n = 20 (units of S)', () => {
    expect(ellipseK(5)).toBeCloseTo(2.26, 2);
    expect(ellipseK(10)).toBeCloseTo(1.0, 2);
    expect(ellipseK(20)).toBeCloseTo(0.61, 2);
  });

  it('is undefined below n = 3', () => {
    expect(ellipseK(2)).toBeNull();
    expect(ellipseK(1)).toBeNull();
    expect(ellipseK(0)).toBeNull();
    expect(ellipseK(3)).not.toBeNull();
  });

  it('shrinks as n grows, like 1/√n', () => {
    expect(ellipseK(200)! * Math.sqrt(200)).toBeCloseTo(ellipseK(2000)! * Math.sqrt(2000), 1);
    expect(ellipseK(100)!).toBeLessThan(ellipseK(50)!);
  });
});

describe('fQuantile2', () => {
  it('matches printed F tables at 95 %', () => {
    // F₀.₉₅(2, m) from the standard tables.
    for (const [m, f] of [[1, 199.5], [3, 9.552], [8, 4.459], [18, 3.555], [120, 3.072]] as const) {
      expect(fQuantile2(m, 0.95)).toBeCloseTo(f, f > 100 ? 0 : 2);
    }
  });
});

/** Two-pass-free covariance: Σxy/n − x̄ȳ, scaled by n/(n − 1). */
function naive(xs: number[], ys: number[]) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const e = (f: (i: number) => number) => xs.reduce((acc, _, i) => acc + f(i), 0) / n;
  const s = n / (n - 1);
  return { mx, my, xx: (e((i) => xs[i]! * xs[i]!) - mx * mx) * s, xy: (e((i) => xs[i]! * ys[i]!) - mx * my) * s, yy: (e((i) => ys[i]! * ys[i]!) - my * my) * s };
}

const points = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 60 });

describe('meanCovariance', () => {
  it('agrees with the textbook one-pass formula', () => {
    fc.assert(
      fc.property(points, (pts) => {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const got = meanCovariance(xs, ys);
        const want = naive(xs, ys);
        expect(got.n).toBe(pts.length);
        expect(got.x).toBeCloseTo(want.mx, 9);
        expect(got.y).toBeCloseTo(want.my, 9);
        expect(got.cov[0]).toBeCloseTo(want.xx, 9);
        expect(got.cov[1]).toBeCloseTo(want.xy, 9);
        expect(got.cov[2]).toBeCloseTo(want.yy, 9);
      }),
    );
  });
});

describe('eigen2', () => {
  it('returns eigenpairs: S·v = λ·v for both, λ₁ ≥ λ₂ ≥ 0 on a covariance', () => {
    fc.assert(
      fc.property(points, (pts) => {
        const { cov } = meanCovariance(pts.map((p) => p[0]), pts.map((p) => p[1]));
        const { l1, l2, angle } = eigen2(cov);
        const [a, b, c] = cov;
        expect(l1).toBeGreaterThanOrEqual(l2 - 1e-15);
        expect(l2).toBeGreaterThanOrEqual(0);
        const v = [Math.cos(angle), Math.sin(angle)] as const;
        expect(a * v[0] + b * v[1]).toBeCloseTo(l1 * v[0], 9);
        expect(b * v[0] + c * v[1]).toBeCloseTo(l1 * v[1], 9);
        const w = [-Math.sin(angle), Math.cos(angle)] as const;
        expect(a * w[0] + b * w[1]).toBeCloseTo(l2 * w[0], 9);
        expect(b * w[0] + c * w[1]).toBeCloseTo(l2 * w[1], 9);
      }),
    );
  });
});

describe('confidenceEllipse', () => {
  it('draws only from n = 4: with n ≤ 3, dots and mean only', () => {
    expect(confidenceEllipse(3, { x: 0.5, y: 0.5 }, [0.01, 0, 0.01])).toBeNull();
    expect(confidenceEllipse(4, { x: 0.5, y: 0.5 }, [0.01, 0, 0.01])).not.toBeNull();
  });

  it('puts its boundary where (p − x̄)ᵀ S⁻¹ (p − x̄) = k², S inverted directly', () => {
    fc.assert(
      fc.property(points.filter((p) => p.length >= 4), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (pts, t) => {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const { n, x, y, cov } = meanCovariance(xs, ys);
        const [a, b, c] = cov;
        const det = a * c - b * b;
        fc.pre(det > 1e-6);
        const e = confidenceEllipse(n, { x, y }, cov)!;
        const px = e.rx * Math.cos(t) * Math.cos(e.angle) - e.ry * Math.sin(t) * Math.sin(e.angle);
        const py = e.rx * Math.cos(t) * Math.sin(e.angle) + e.ry * Math.sin(t) * Math.cos(e.angle);
        const q = (c * px * px - 2 * b * px * py + a * py * py) / det;
        const k2 = ((2 * (n - 1)) / (n * (n - 2))) * fQuantile2(n - 2, 0.95);
        expect(q / k2).toBeCloseTo(1, 6);
      }),
    );
  });

  it('is a circle of radius k·σ for independent axes of equal spread', () => {
    const e = confidenceEllipse(10, { x: 0.3, y: 0.6 }, [0.04, 0, 0.04])!;
    expect(e.rx).toBeCloseTo(ellipseK(10)! * 0.2, 9);
    expect(e.ry).toBeCloseTo(e.rx, 9);
    expect([e.cx, e.cy]).toEqual([0.3, 0.6]);
  });
});
