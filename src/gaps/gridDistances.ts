import type { NearestIndex } from './NearestIndex';

/**
 * Squared distance from every cell centre ((k + ½)/g, (j + ½)/g) of a g×g grid (index
 * j·g + k) to its nearest product, exact (Infinity with no products). Each product first
 * stamps its squared distance on the cells within R cells of its own; a cell whose best
 * stamp is within (R + ½)/g cannot have a nearer product outside its window, so only the
 * cells left farther ask the index. Any R is exact; `stampRadius` picks the cheapest for the
 * density.
 */
export function gridSquaredDistances(index: NearestIndex, g: number): Float64Array {
  const { xs, ys, size } = index;
  const best = new Float64Array(g * g).fill(Infinity);
  if (size === 0) return best;
  const radius = stampRadius(size, g);
  for (let i = 0; i < size; i++) {
    const px = xs[i]!;
    const py = ys[i]!;
    const kp = Math.min(g - 1, Math.floor(px * g));
    const jp = Math.min(g - 1, Math.floor(py * g));
    const k0 = Math.max(0, kp - radius);
    const k1 = Math.min(g - 1, kp + radius);
    const j1 = Math.min(g - 1, jp + radius);
    for (let j = Math.max(0, jp - radius); j <= j1; j++) {
      const dy = (j + 0.5) / g - py;
      const dy2 = dy * dy;
      for (let k = k0, cell = j * g + k0; k <= k1; k++, cell++) {
        const dx = (k + 0.5) / g - px;
        const d2 = dx * dx + dy2;
        if (d2 < best[cell]!) best[cell] = d2;
      }
    }
  }
  const sure = ((radius + 0.5) / g) ** 2;
  for (let cell = 0; cell < g * g; cell++) {
    if (best[cell]! <= sure) continue;
    const x = ((cell % g) + 0.5) / g;
    const y = (Math.floor(cell / g) + 0.5) / g;
    const q = index.nearest(x, y);
    const dx = xs[q]! - x;
    const dy = ys[q]! - y;
    best[cell] = dx * dx + dy * dy;
  }
  return best;
}

/**
 * The stamping radius R (cells) that costs least: size·(2R + 1)² stamps, against the index
 * queries (≈ 150 stamps each) for the share of cells with no product within (R + ½)/g,
 * exp(−size·π·((R + ½)/g)²) for products spread evenly.
 */
function stampRadius(size: number, g: number): number {
  let best = 0;
  let bestCost = Infinity;
  for (let r = 0; r <= 4; r++) {
    const cost = size * (2 * r + 1) ** 2 + 150 * g * g * Math.exp(-size * Math.PI * ((r + 0.5) / g) ** 2);
    if (cost < bestCost) {
      bestCost = cost;
      best = r;
    }
  }
  return best;
}
