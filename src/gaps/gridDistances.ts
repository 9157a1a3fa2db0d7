import type { NearestIndex } from './NearestIndex';

/**
 * Distance from every cell centre ((k + ½)/g, (j + ½)/g) of a g×g grid (index j·g + k) to
 * its nearest product, exact. Each product first stamps its distance on the cells within
 * R cells of its own; a cell whose best stamp is within (R + ½)/g cannot have a nearer
 * product outside its window, so only the cells left farther ask the index. `wanted`
 * filters cells whose distance does not matter (they get Infinity).
 */
export function gridDistances(index: NearestIndex, g: number, wanted: (cell: number) => boolean = () => true): Float64Array {
  const { xs, ys, size } = index;
  const best = new Float64Array(g * g).fill(Infinity);
  if (size === 0) return best;
  // Stamping costs size·(2R + 1)² steps: keep it near the g² queries it replaces.
  const radius = size * 25 <= 16 * g * g ? 2 : size * 9 <= 16 * g * g ? 1 : 0;
  for (let i = 0; i < size; i++) {
    const px = xs[i]!;
    const py = ys[i]!;
    const kp = Math.min(g - 1, Math.floor(px * g));
    const jp = Math.min(g - 1, Math.floor(py * g));
    for (let j = Math.max(0, jp - radius); j <= Math.min(g - 1, jp + radius); j++) {
      const dy = (j + 0.5) / g - py;
      for (let k = Math.max(0, kp - radius); k <= Math.min(g - 1, kp + radius); k++) {
        const dx = (k + 0.5) / g - px;
        const d2 = dx * dx + dy * dy;
        if (d2 < best[j * g + k]!) best[j * g + k] = d2;
      }
    }
  }
  const sure = ((radius + 0.5) / g) ** 2;
  for (let cell = 0; cell < g * g; cell++) {
    if (!wanted(cell)) best[cell] = Infinity;
    else if (best[cell]! <= sure) best[cell] = Math.sqrt(best[cell]!);
    else best[cell] = index.distance(((cell % g) + 0.5) / g, (Math.floor(cell / g) + 0.5) / g);
  }
  return best;
}
