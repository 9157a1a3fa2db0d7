export interface Regions {
  /** Region of each grid cell, −1 below the level. */
  readonly labels: Int32Array;
  /** Per region: its highest cell and that cell's value, in label order. */
  readonly best: { readonly cell: number; readonly value: number }[];
}

/** Connected regions (8-neighbour) of grid cells at or above `level`. */
export function labelRegions(grid: Float64Array, g: number, level: number): Regions {
  const labels = new Int32Array(g * g).fill(-1);
  const best: { cell: number; value: number }[] = [];
  const stack: number[] = [];
  for (let start = 0; start < grid.length; start++) {
    if (labels[start] !== -1 || !(grid[start]! >= level)) continue;
    const label = best.length;
    const region = { cell: start, value: grid[start]! };
    best.push(region);
    labels[start] = label;
    stack.push(start);
    while (stack.length > 0) {
      const cell = stack.pop()!;
      const v = grid[cell]!;
      if (v > region.value) {
        region.value = v;
        region.cell = cell;
      }
      const i = cell % g;
      const j = (cell - i) / g;
      for (let dj = -1; dj <= 1; dj++) {
        const jj = j + dj;
        if (jj < 0 || jj >= g) continue;
        for (let di = -1; di <= 1; di++) {
          const ii = i + di;
          if (ii < 0 || ii >= g) continue;
          const next = jj * g + ii;
          if (labels[next] === -1 && grid[next]! >= level) {
            labels[next] = label;
            stack.push(next);
          }
        }
      }
    }
  }
  return { labels, best };
}
