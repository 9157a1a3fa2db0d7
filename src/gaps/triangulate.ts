import { Delaunay } from 'd3-delaunay';
import type { NearestIndex } from './NearestIndex';
import { sameSpot, spotTolerance } from './sameSpot';

/** The Delaunay triangulation of the products' spots, built once per findGaps and shared. */
export interface Triangulation {
  readonly delaunay: Delaunay<unknown>;
  /** Set when d3 found the input collinear (and jittered its copy): its walk is then not trusted. */
  readonly collinear: Int32Array | undefined;
  /**
   * Set when d3 returned a triangulation that cannot be right: a triangle with a vertex twice,
   * or a spot in no triangle (seen with spots 10⁻⁹ apart beside a far one). Its edges are then
   * not trusted either.
   */
  readonly broken: boolean;
  /** The spots, one per group of products at one spot (`sameSpot`), at their first product's coordinates; the triangulation's points. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/**
 * Coordinates this small are 0 to the triangulation: its exact predicates multiply
 * coordinates, and products of subnormals round to 0, so nearly collinear points with a
 * subnormal coordinate came out as one broken triangle (a vertex twice, a product lost). The
 * triangulation only proposes candidates; each is measured on the original coordinates.
 */
const flushBelow = 1e-150;

/**
 * Triangulates one point per spot: copies 10⁻¹⁵ apart made slivers that d3's (inexact)
 * in-circle test legalised wrongly, losing Voronoi vertices of other products.
 */
export function triangulate(index: NearestIndex): Triangulation | null {
  const spots = spotsOf(index);
  const n = spots.length;
  if (n < 2) return null;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const coords = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const x = (xs[k] = index.xs[spots[k]!]!);
    const y = (ys[k] = index.ys[spots[k]!]!);
    coords[2 * k] = Math.abs(x) < flushBelow ? 0 : x;
    coords[2 * k + 1] = Math.abs(y) < flushBelow ? 0 : y;
  }
  // d3 jitters collinear input in place: it gets a copy, we keep the originals.
  const delaunay = new Delaunay(coords);
  const collinear = (delaunay as unknown as { collinear?: Int32Array }).collinear;
  return { delaunay, collinear, broken: !collinear && isBroken(delaunay.triangles, n), xs, ys };
}

/** Does a triangulation of n ≥ 3 points have a triangle with a repeated vertex, or a point in no triangle? */
export function isBroken(triangles: Uint32Array | Int32Array, n: number): boolean {
  if (n < 3 || triangles.length === 0) return false;
  const seen = new Uint8Array(n);
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]!;
    const b = triangles[t + 1]!;
    const c = triangles[t + 2]!;
    if (a === b || b === c || a === c) return true;
    seen[a] = seen[b] = seen[c] = 1;
  }
  return seen.includes(0);
}

/** Cells per side of the hash that finds copies (about 3·10⁻⁸ wide, wider than a spot; keys stay exact integers). */
const hashCells = 2 ** 25;

/**
 * One product per spot, by increasing index: a product with no other within a spot of it is
 * one, as is each product with no spot found before it within a spot. Lone products cost one
 * look at the index; copies go through a hash of small cells, so a pile of thousands costs
 * what it holds, not its square.
 */
function spotsOf(index: NearestIndex): number[] {
  const { xs, ys, size } = index;
  const spots: number[] = [];
  let cells: Map<number, number[]> | null = null;
  for (let i = 0; i < size; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (index.within(x, y, Math.SQRT2 * spotTolerance, 1).length <= 1) {
      spots.push(i);
      continue;
    }
    cells ??= new Map();
    const kx = Math.floor(x * hashCells) + 1;
    const ky = Math.floor(y * hashCells) + 1;
    let found = false;
    for (let a = kx - 1; a <= kx + 1 && !found; a++) {
      for (let b = ky - 1; b <= ky + 1 && !found; b++) {
        found = cells.get(a * 2 * hashCells + b)?.some((j) => sameSpot(xs[j]!, ys[j]!, x, y)) ?? false;
      }
    }
    if (found) continue;
    spots.push(i);
    const key = kx * 2 * hashCells + ky;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }
  return spots;
}
