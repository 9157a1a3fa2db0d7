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
  const order = byDecreasingValue(values, floor);

  // Union-find over basins, each named by its first (highest) cell.
  const parent = new Int32Array(count).fill(-1);
  const owner = new Int32Array(count).fill(-1);
  const near = new Int32Array(8);
  for (let at = 0; at < order.length; at++) {
    const cell = order[at]!;
    const k = cell % g;
    const j = (cell - k) / g;
    // Visited neighbours; the first of them in visiting order is the highest (ties: lower index).
    let found = 0;
    let best = -1;
    for (let jj = j - 1; jj <= j + 1; jj++) {
      if (jj < 0 || jj >= g) continue;
      for (let kk = k - 1; kk <= k + 1; kk++) {
        if (kk < 0 || kk >= g) continue;
        const next = jj * g + kk;
        if (next === cell || owner[next]! < 0) continue;
        near[found++] = next;
        if (best < 0 || values[next]! > values[best]! || (values[next] === values[best] && next < best)) best = next;
      }
    }
    if (best < 0) {
      parent[cell] = cell;
      owner[cell] = cell;
      continue;
    }
    owner[cell] = root(parent, owner[best]!);
    const saddle = values[cell]!;
    for (let n = 0; n < found; n++) {
      const mine = root(parent, owner[cell]!);
      const theirs = root(parent, owner[near[n]!]!);
      if (mine === theirs) continue;
      const mineHigher = higher(values, g, mine, theirs);
      const low = mineHigher ? theirs : mine;
      if (values[low]! - saddle < mergeProminence * values[low]!) parent[low] = mineHigher ? mine : theirs;
    }
  }

  const basinOf = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count).fill(-1);
  const basins: { peakCell: number; peak: number; mass: number }[] = [];
  const cellArea = 1 / count;
  for (let at = 0; at < order.length; at++) {
    const cell = order[at]!;
    const top = root(parent, owner[cell]!);
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
 * The cells above `floor`, by decreasing value, ties by lower index: a bottom-up merge sort
 * on typed arrays (stable, so the index order of ties survives), several times faster than
 * a comparator sort of a plain array.
 */
function byDecreasingValue(values: Float64Array, floor: number): Int32Array {
  let n = 0;
  for (let cell = 0; cell < values.length; cell++) if (values[cell]! > floor) n++;
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  n = 0;
  for (let cell = 0; cell < values.length; cell++) if (values[cell]! > floor) from[n++] = cell;
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
    [from, to] = [to, from];
  }
  return from;
}
