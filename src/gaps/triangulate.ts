import { Delaunay } from 'd3-delaunay';

/** The products' Delaunay triangulation, built once per findGaps and shared. */
export interface Triangulation {
  readonly delaunay: Delaunay<unknown>;
  /** Set when d3 found the input collinear (and jittered its copy): its walk is then not trusted. */
  readonly collinear: Int32Array | undefined;
}

export function triangulate(xs: Float64Array, ys: Float64Array): Triangulation | null {
  const n = xs.length;
  if (n < 2) return null;
  const coords = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    coords[2 * i] = xs[i]!;
    coords[2 * i + 1] = ys[i]!;
  }
  // d3 jitters collinear input in place: it gets a copy, we keep the originals.
  const delaunay = new Delaunay(coords);
  return { delaunay, collinear: (delaunay as unknown as { collinear?: Int32Array }).collinear };
}
