import type { WhiteSpaceCircle } from './types';
import { NearestIndex } from './NearestIndex';
import type { Triangulation } from './triangulate';
import { isLocalMaxOfDistance } from './isLocalMaxOfDistance';
import { sameSpot } from './sameSpot';

/** Radii below this are no circle at all. */
const minRadius = 1e-9;

/** A candidate this close to an accepted circle's outline (relative to its radius) is inside it. */
const insideTolerance = 1e-9;

/** The whole map is open: the one circle through the four corners. */
export const wholeMap: WhiteSpaceCircle = { x: 0.5, y: 0.5, radius: Math.SQRT1_2 };

interface Candidate {
  x: number;
  y: number;
  /** Distance to the nearest product; `exact` once checked against the index. */
  r: number;
  exact: boolean;
}

/**
 * The largest empty circles with centres in the unit square, biggest first. Candidates are
 * the vertices of the Voronoi cells clipped to the square — circumcentres of Delaunay
 * triangles inside it, Delaunay-edge bisectors meeting its sides, its corners — each
 * measured exactly to the nearest product. Further circles are local maxima of that
 * distance whose centre lies outside every circle accepted before.
 */
export function findWhiteSpace(index: NearestIndex, triangulation: Triangulation | null, maxCircles: number): WhiteSpaceCircle[] {
  if (maxCircles <= 0) return [];
  if (index.size === 0) return [wholeMap];
  const candidates = collectCandidates(index, triangulation);
  const heap = new MaxHeap(candidates);
  const accepted: WhiteSpaceCircle[] = [];
  while (accepted.length < maxCircles) {
    const c = heap.pop();
    if (!c || c.r < minRadius) break;
    if (!c.exact) {
      const r = index.distance(c.x, c.y);
      c.exact = true;
      if (r < c.r) {
        c.r = r;
        heap.push(c);
        continue;
      }
    }
    // Within a hair of an accepted circle counts as inside: copies 10⁻¹² apart must not flip a tie.
    if (accepted.some((a) => Math.hypot(a.x - c.x, a.y - c.y) <= c.r * (1 + insideTolerance))) continue;
    if (accepted.length > 0 && !isLocalMaxOfDistance(c.x, c.y, nearestSet(index, c))) continue;
    accepted.push({ x: c.x, y: c.y, radius: c.r });
  }
  return accepted;
}

/** The spots of the products on the circle of c (one per spot, so copies hide no other product). */
function nearestSet(index: NearestIndex, c: Candidate): [number, number][] {
  const spots: [number, number][] = [];
  for (const i of index.within(c.x, c.y, c.r * (1 + 1e-9) + 1e-12, maxOnCircle)) {
    const x = index.xs[i]!;
    const y = index.ys[i]!;
    if (!spots.some(([sx, sy]) => sameSpot(sx, sy, x, y))) spots.push([x, y]);
  }
  return spots;
}

/** Products on one circle looked at (a ring of more is answered from the first found). */
const maxOnCircle = 64;

function collectCandidates(index: NearestIndex, triangulation: Triangulation | null): Candidate[] {
  const out: Candidate[] = [];
  for (const [x, y] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) out.push({ x, y, r: index.distance(x, y), exact: true });
  if (!triangulation) return out;
  // The triangulation's points are the products' spots: copies add no candidate.
  const { delaunay, collinear, broken, xs, ys } = triangulation;
  const n = xs.length;
  const { triangles, halfedges, hull } = delaunay;

  // Each triangle's circumcentre (a Voronoi vertex), and whether it lies in the square.
  const inside = new Uint8Array(triangles.length / 3);
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]!;
    const b = triangles[t + 1]!;
    const c = triangles[t + 2]!;
    // `circumcentre`, inlined: thousands of triangles, no array per triangle.
    const ax = xs[a]!;
    const ay = ys[a]!;
    const dx = xs[b]! - ax;
    const dy = ys[b]! - ay;
    const ex = xs[c]! - ax;
    const ey = ys[c]! - ay;
    const bl = dx * dx + dy * dy;
    const cl = ex * ex + ey * ey;
    const d = 2 * (dx * ey - dy * ex);
    if (d === 0) continue;
    const x = ax + (ey * bl - dy * cl) / d;
    const y = ay + (dx * cl - ex * bl) / d;
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) continue;
    inside[t / 3] = 1;
    const r = Math.sqrt(Math.min((x - xs[a]!) ** 2 + (y - ys[a]!) ** 2, (x - xs[b]!) ** 2 + (y - ys[b]!) ** 2, (x - xs[c]!) ** 2 + (y - ys[c]!) ** 2));
    out.push({ x, y, r, exact: false });
  }

  const addBisector = (i: number, j: number, apexes: readonly number[]) => {
    for (const [x, y] of bisectorOnBorder(xs[i]!, ys[i]!, xs[j]!, ys[j]!)) {
      const di = (x - xs[i]!) ** 2 + (y - ys[i]!) ** 2;
      // Beyond a neighbouring triangle's circumcentre the bisector is no Voronoi edge.
      if (apexes.some((k) => (x - xs[k]!) ** 2 + (y - ys[k]!) ** 2 < di - 1e-12)) continue;
      out.push({ x, y, r: Math.sqrt(di), exact: false });
    }
  };

  for (let e = 0; e < halfedges.length; e++) {
    const opposite = halfedges[e]!;
    if (opposite !== -1 && opposite < e) continue;
    // A Voronoi edge between two Voronoi vertices inside the (convex) square never meets its sides.
    if (opposite !== -1 && inside[Math.floor(e / 3)] && inside[Math.floor(opposite / 3)]) continue;
    const i = triangles[e]!;
    const j = triangles[e % 3 === 2 ? e - 2 : e + 1]!;
    const apexes = [triangles[e % 3 === 0 ? e + 2 : e - 1]!];
    if (opposite !== -1) apexes.push(triangles[opposite % 3 === 0 ? opposite + 2 : opposite - 1]!);
    addBisector(i, j, apexes);
  }

  if (triangles.length === 0 || collinear || broken) {
    // Degenerate input: every pair when there are few; else neighbours along the line, or (a
    // triangulation d3 got wrong) each spot with its nearest ones.
    if (n <= 200) {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) addBisector(i, j, []);
    } else if (broken) {
      const spots = new NearestIndex(xs, ys);
      for (let i = 0; i < n; i++) for (const j of spots.nearestK(xs[i]!, ys[i]!, 12)) if (j > i) addBisector(i, j, []);
    } else {
      const order: number[] = Array.from(collinear ?? hull);
      for (let k = 0; k + 1 < order.length; k++) addBisector(order[k]!, order[k + 1]!, []);
    }
  }
  return out;
}

/** Circumcentre of a triangle, or null when it is degenerate. */
export function circumcentre(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): [number, number] | null {
  const dx = bx - ax;
  const dy = by - ay;
  const ex = cx - ax;
  const ey = cy - ay;
  const bl = dx * dx + dy * dy;
  const cl = ex * ex + ey * ey;
  const d = 2 * (dx * ey - dy * ex);
  if (d === 0) return null;
  const x = ax + (ey * bl - dy * cl) / d;
  const y = ay + (dx * cl - ex * bl) / d;
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

/** Where the perpendicular bisector of p–q meets the sides of the unit square; none for one spot. */
export function bisectorOnBorder(px: number, py: number, qx: number, qy: number): [number, number][] {
  if (sameSpot(px, py, qx, qy)) return [];
  const mx = (px + qx) / 2;
  const my = (py + qy) / 2;
  // Points on the bisector satisfy (x − mx)·ux + (y − my)·uy = 0, u = q − p.
  const ux = qx - px;
  const uy = qy - py;
  const points: [number, number][] = [];
  if (uy !== 0) {
    for (const x of [0, 1]) {
      const y = my - ((x - mx) * ux) / uy;
      if (y >= 0 && y <= 1) points.push([x, y]);
    }
  }
  if (ux !== 0) {
    for (const y of [0, 1]) {
      const x = mx - ((y - my) * uy) / ux;
      if (x >= 0 && x <= 1) points.push([x, y]);
    }
  }
  return points;
}

/** A binary max-heap on radius, ties by x then y (smaller first). */
class MaxHeap {
  private readonly items: Candidate[];

  constructor(items: Candidate[]) {
    this.items = items;
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private before(a: Candidate, b: Candidate): boolean {
    return a.r > b.r || (a.r === b.r && (a.x < b.x || (a.x === b.x && a.y < b.y)));
  }

  push(item: Candidate) {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const child = items[i]!;
      if (!this.before(child, items[parent]!)) break;
      items[i] = items[parent]!;
      items[parent] = child;
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      this.down(0);
    }
    return top;
  }

  private down(i: number) {
    const items = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.before(items[l]!, items[m]!)) m = l;
      if (r < items.length && this.before(items[r]!, items[m]!)) m = r;
      if (m === i) return;
      const item = items[i]!;
      items[i] = items[m]!;
      items[m] = item;
      i = m;
    }
  }
}
