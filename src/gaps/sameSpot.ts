/**
 * Products closer than this on either axis (map units) are one spot to the geometry: no
 * crease, bisector or Voronoi edge is drawn between them. Far below anything a map can show
 * (a 4K screen's pixel is 2·10⁻⁴ of the map), and far above the rounding of the bisector
 * arithmetic, which for nearly coincident or subnormal coordinates divides noise by noise.
 */
export const spotTolerance = 1e-9;

/** Are (ax, ay) and (bx, by) one spot (exact copies included)? */
export function sameSpot(ax: number, ay: number, bx: number, by: number): boolean {
  return Math.abs(ax - bx) <= spotTolerance && Math.abs(ay - by) <= spotTolerance;
}
