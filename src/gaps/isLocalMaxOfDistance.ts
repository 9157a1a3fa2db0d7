/**
 * Is p a strict local maximum, within the unit square, of the distance to the nearest of
 * `nearest` (all equally near p)? It is unless some feasible direction u keeps every
 * u·(p − q) ≥ 0: along it no distance shrinks to first order, and the ones that stay
 * level grow at second order. The set of such u is an intersection of closed half-circles,
 * so if it is not empty one of its end directions — perpendicular to some constraint's
 * normal — is in it: testing those is exact.
 */
export function isLocalMaxOfDistance(px: number, py: number, nearest: readonly (readonly [number, number])[], eps = 1e-12): boolean {
  const normals: [number, number][] = [];
  for (const [qx, qy] of nearest) {
    const dx = px - qx;
    const dy = py - qy;
    const length = Math.hypot(dx, dy);
    if (length === 0) return false;
    normals.push([dx / length, dy / length]);
  }
  // Feasible directions at the square's sides: u·n ≥ 0 for each inward normal n.
  const inward: [number, number][] = [];
  if (px <= 0) inward.push([1, 0]);
  if (px >= 1) inward.push([-1, 0]);
  if (py <= 0) inward.push([0, 1]);
  if (py >= 1) inward.push([0, -1]);
  const directions: [number, number][] = [];
  for (const [nx, ny] of [...normals, ...inward]) directions.push([-ny, nx], [ny, -nx]);
  for (const [ux, uy] of directions) {
    if (inward.some(([nx, ny]) => ux * nx + uy * ny < -eps)) continue;
    if (normals.every(([nx, ny]) => ux * nx + uy * ny >= -eps)) return false;
  }
  return true;
}
