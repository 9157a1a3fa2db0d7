interface Point {
  readonly x: number;
  readonly y: number;
}

const squared = (p: Point) => p.x * p.x + p.y * p.y;
const inSquare = (p: Point) => p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;

/** The four sides of the unit square, each as a start corner and a direction (t ∈ [0, 1]). */
const sides: readonly [Point, Point][] = [
  [{ x: 0, y: 0 }, { x: 1, y: 0 }],
  [{ x: 0, y: 1 }, { x: 1, y: 0 }],
  [{ x: 0, y: 0 }, { x: 0, y: 1 }],
  [{ x: 1, y: 0 }, { x: 0, y: 1 }],
];

/**
 * Points of the square's border as far from p as from q. A point s is, when
 * 2 s·(q − p) = |q|² − |p|²; on a side s = start + t·dir, that is one linear equation in t.
 */
function equidistantOnBorder(p: Point, q: Point): Point[] {
  const u = { x: q.x - p.x, y: q.y - p.y };
  const rhs = squared(q) - squared(p);
  const found: Point[] = [];
  for (const [start, dir] of sides) {
    const along = 2 * (dir.x * u.x + dir.y * u.y);
    if (along === 0) continue;
    const t = (rhs - 2 * (start.x * u.x + start.y * u.y)) / along;
    if (t >= 0 && t <= 1) found.push({ x: start.x + t * dir.x, y: start.y + t * dir.y });
  }
  return found;
}

/**
 * The point as far from a, b and c, by Cramer's rule on 2 s·(b − a) = |b|² − |a|² and
 * 2 s·(c − a) = |c|² − |a|²; null when the three are on one line.
 */
function equidistantFromThree(a: Point, b: Point, c: Point): Point | null {
  const [m11, m12, r1] = [2 * (b.x - a.x), 2 * (b.y - a.y), squared(b) - squared(a)];
  const [m21, m22, r2] = [2 * (c.x - a.x), 2 * (c.y - a.y), squared(c) - squared(a)];
  const det = m11 * m22 - m12 * m21;
  if (det === 0) return null;
  const s = { x: (r1 * m22 - m12 * r2) / det, y: (m11 * r2 - r1 * m21) / det };
  return Number.isFinite(s.x) && Number.isFinite(s.y) ? s : null;
}

/**
 * The largest empty circle by brute force, for tests, written apart from the implementation:
 * the centre of a largest circle inside the square that holds no product is a corner, a
 * border point as far from two products, or a point as far from three. Each candidate is
 * measured to its nearest product.
 */
export function bruteForceLargestRadius(products: readonly Point[]): number {
  if (products.length === 0) return Math.SQRT1_2;
  const nearest = (s: Point) => Math.min(...products.map((p) => Math.hypot(p.x - s.x, p.y - s.y)));
  const candidates: Point[] = [{ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 0 }, { x: 1, y: 1 }];
  products.forEach((a, i) =>
    products.slice(i + 1).forEach((b, j) => {
      candidates.push(...equidistantOnBorder(a, b));
      for (const c of products.slice(i + j + 2)) {
        const centre = equidistantFromThree(a, b, c);
        if (centre && inSquare(centre)) candidates.push(centre);
      }
    }),
  );
  return Math.max(...candidates.map(nearest));
}
