/** One basin of O on the grid, after merging by prominence. */
export interface Basin {
  /** The basin's highest cell (its grid peak). */
  readonly peakCell: number;
  /** O at that cell. */
  readonly peak: number;
  /** Σ O / g² over the basin's cells: the unmet demand it holds. */
  readonly mass: number;
}

/** A basin merges into a higher neighbour when its peak stands less than this share above their saddle. */
export const mergeProminence = 0.1;

/** Cells at or below this share of the highest O belong to no basin. */
export const floorShare = 1e-12;

/**
 * The basins of a g×g grid of O values, merged by prominence (a watershed by flooding from
 * the top). Cells are visited in decreasing O (ties: lower index). A cell with no visited
 * 8-neighbour starts a basin; otherwise it joins the basin of its highest visited neighbour,
 * and where it touches another basin, the one with the lower peak (ties: the peak with the
 * larger x, then y) merges into the other if its peak − O(cell) < 10 % of its peak.
 * `basinOf[cell]` indexes `basins` (−1: no basin); basins are in no particular order.
 */
export function findBasins(values: Float64Array, g: number): { basinOf: Int32Array; basins: Basin[] } {
  const count = g * g;
  let top = 0;
  for (let cell = 0; cell < count; cell++) if (values[cell]! > top) top = values[cell]!;
  const floor = top * floorShare;

  // Each cell joins its highest earlier neighbour: follow those links up to a peak. A merge
  // can only happen where a cell has earlier neighbours under two peaks: those cells are kept.
  const up = new Int32Array(count).fill(-1);
  for (let cell = 0; cell < count; cell++) {
    const v = values[cell]!;
    if (!(v > floor)) continue;
    const j = (cell / g) | 0;
    const k = cell - j * g;
    let best = cell;
    let bestValue = v;
    for (let jj = j - 1; jj <= j + 1; jj++) {
      if (jj < 0 || jj >= g) continue;
      for (let kk = k - 1; kk <= k + 1; kk++) {
        if (kk < 0 || kk >= g) continue;
        const next = jj * g + kk;
        const w = values[next]!;
        // Neighbours are scanned by increasing index: on a tie the first one found stays.
        if (w > bestValue || (w === bestValue && next < best)) {
          best = next;
          bestValue = w;
        }
      }
    }
    up[cell] = best;
  }
  const peakOf = new Int32Array(count).fill(-1);
  for (let cell = 0; cell < count; cell++) {
    if (up[cell]! < 0 || peakOf[cell]! >= 0) continue;
    let at = cell;
    while (peakOf[at]! < 0 && up[at] !== at) at = up[at]!;
    const peak = peakOf[at]! >= 0 ? peakOf[at]! : at;
    for (let walk = cell; peakOf[walk]! < 0; walk = up[walk]!) {
      peakOf[walk] = peak;
      if (walk === at) break;
    }
  }

  // The flood's merge tests, in its visiting order, at the cells with earlier neighbours under another peak.
  const contested = new Int32Array(count);
  let n = 0;
  for (let cell = 0; cell < count; cell++) {
    const peak = peakOf[cell]!;
    if (peak < 0) continue;
    const j = (cell / g) | 0;
    const k = cell - j * g;
    const v = values[cell]!;
    let found = false;
    for (let jj = Math.max(0, j - 1); jj <= Math.min(g - 1, j + 1) && !found; jj++) {
      for (let kk = Math.max(0, k - 1); kk <= Math.min(g - 1, k + 1); kk++) {
        const next = jj * g + kk;
        const other = peakOf[next]!;
        if (other >= 0 && other !== peak && (values[next]! > v || (values[next] === v && next < cell))) {
          found = true;
          break;
        }
      }
    }
    if (found) contested[n++] = cell;
  }
  const order = inVisitingOrder(contested.subarray(0, n), values);
  const parent = new Int32Array(count);
  for (let cell = 0; cell < count; cell++) parent[cell] = cell;
  for (const cell of order) {
    const j = (cell / g) | 0;
    const k = cell - j * g;
    const saddle = values[cell]!;
    for (let jj = j - 1; jj <= j + 1; jj++) {
      if (jj < 0 || jj >= g) continue;
      for (let kk = k - 1; kk <= k + 1; kk++) {
        if (kk < 0 || kk >= g) continue;
        const next = jj * g + kk;
        if (next === cell || !(values[next]! > saddle || (values[next] === saddle && next < cell))) continue;
        const mine = root(parent, peakOf[cell]!);
        const theirs = root(parent, peakOf[next]!);
        if (mine === theirs) continue;
        const mineHigher = higher(values, g, mine, theirs);
        const low = mineHigher ? theirs : mine;
        if (values[low]! - saddle < mergeProminence * values[low]!) parent[low] = mineHigher ? mine : theirs;
      }
    }
  }

  const basinOf = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count).fill(-1);
  const basins: { peakCell: number; peak: number; mass: number }[] = [];
  const cellArea = 1 / count;
  for (let cell = 0; cell < count; cell++) {
    if (peakOf[cell]! < 0) continue;
    const top = root(parent, peakOf[cell]!);
    if (slot[top]! < 0) {
      slot[top] = basins.length;
      basins.push({ peakCell: top, peak: values[top]!, mass: 0 });
    }
    basinOf[cell] = slot[top]!;
    basins[slot[top]!]!.mass += values[cell]! * cellArea;
  }
  return { basinOf, basins };
}

/** The root of a basin in the union-find forest, halving the path on the way. */
function root(parent: Int32Array, basin: number): number {
  while (parent[basin] !== basin) {
    parent[basin] = parent[parent[basin]!]!;
    basin = parent[basin]!;
  }
  return basin;
}

/** Is peak cell a higher than peak cell b? By O, then smaller x (column), then smaller y (row). */
function higher(values: Float64Array, g: number, a: number, b: number): boolean {
  if (values[a] !== values[b]) return values[a]! > values[b]!;
  const ka = a % g;
  const kb = b % g;
  return ka !== kb ? ka < kb : a < b;
}

/**
 * Cells in the flood's visiting order (decreasing value, ties by lower index): a bottom-up
 * merge sort on typed arrays, stable, so cells given by increasing index keep that order on ties.
 */
function inVisitingOrder(cells: Int32Array, values: Float64Array): Int32Array {
  const n = cells.length;
  let from = Int32Array.from(cells);
  let to = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let start = 0; start < n; start += 2 * width) {
      const middle = Math.min(start + width, n);
      const end = Math.min(start + 2 * width, n);
      let a = start;
      let b = middle;
      let at = start;
      while (a < middle && b < end) to[at++] = values[from[b]!]! > values[from[a]!]! ? from[b++]! : from[a++]!;
      while (a < middle) to[at++] = from[a++]!;
      while (b < end) to[at++] = from[b++]!;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}
