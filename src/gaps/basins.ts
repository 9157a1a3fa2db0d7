/** One basin of O on the grid, after merging by prominence. */
export interface Basin {
  /** The basin's highest cell (its grid peak). */
  readonly peakCell: number;
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
 * smaller x, then y, is the lower) merges into the other if its peak − O(cell) < 10 % of its peak.
 * `basinOf[cell]` indexes `basins` (−1: no basin); basins are in no particular order.
 */
export function findBasins(values: Float64Array, g: number): { basinOf: Int32Array; basins: Basin[] } {
  const count = g * g;
  let top = 0;
  for (let cell = 0; cell < count; cell++) if (values[cell]! > top) top = values[cell]!;
  const floor = top * floorShare;

  // Each cell joins its highest earlier neighbour: follow those links up to a peak.
  const around = neighbourTable(g);
  const up = new Int32Array(count).fill(-1);
  for (let cell = 0; cell < count; cell++) {
    const v = values[cell]!;
    if (!(v > floor)) continue;
    let best = cell;
    let bestValue = v;
    // Neighbours by increasing index: on a tie the first one found stays.
    for (let at = cell * 8, end = at + 8; at < end; at++) {
      const next = around[at]!;
      if (next < 0) break;
      const w = values[next]!;
      if (w > bestValue || (w === bestValue && next < best)) {
        best = next;
        bestValue = w;
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

  // Where two peaks' cells first touch: the flood's first merge test between their groups.
  // Only that contact between a pair matters: a later one is lower, and a group's peak only
  // grows, so a test that failed at the first contact fails at every later one.
  // Peaks numbered 0…P−1, so the best contact of each pair sits in a P×P table.
  const rankOf = new Int32Array(count).fill(-1);
  let peaks = 0;
  for (let cell = 0; cell < count; cell++) if (up[cell] === cell) rankOf[cell] = peaks++;
  const edgeOf = new Int32Array(peaks * peaks).fill(-1);
  const edges: { a: number; b: number; saddle: number; cell: number }[] = [];
  // Each pair of neighbours once (the later-indexed one from the earlier): the contact sits at
  // the one of the two visited later, the lower.
  const ahead = forwardTable(g);
  for (let first = 0; first < count; first++) {
    const peakFirst = peakOf[first]!;
    if (peakFirst < 0) continue;
    const valueFirst = values[first]!;
    for (let at = first * 4; at < first * 4 + 4; at++) {
      const second = ahead[at]!;
      if (second < 0) break;
      const peakSecond = peakOf[second]!;
      if (peakSecond < 0 || peakSecond === peakFirst) continue;
      const valueSecond = values[second]!;
      // Visited later: lower, or as high with the higher index (second > first).
      const secondLater = !(valueSecond > valueFirst);
      const cell = secondLater ? second : first;
      const v = secondLater ? valueSecond : valueFirst;
      const peak = secondLater ? peakSecond : peakFirst;
      const other = secondLater ? peakFirst : peakSecond;
      const ra = rankOf[peak]!;
      const rb = rankOf[other]!;
      const key = ra < rb ? ra * peaks + rb : rb * peaks + ra;
      const known = edgeOf[key]!;
      if (known < 0) {
        edgeOf[key] = edges.length;
        edges.push({ a: peak, b: other, saddle: v, cell });
      } else if (v > edges[known]!.saddle || (v === edges[known]!.saddle && cell < edges[known]!.cell)) {
        edges[known] = { a: peak, b: other, saddle: v, cell };
      }
    }
  }
  edges.sort((x, y) => y.saddle - x.saddle || x.cell - y.cell);
  const parent = new Int32Array(count);
  for (let cell = 0; cell < count; cell++) parent[cell] = cell;
  for (const { a, b, saddle } of edges) {
    const mine = root(parent, a);
    const theirs = root(parent, b);
    if (mine === theirs) continue;
    const mineHigher = higher(values, g, mine, theirs);
    const low = mineHigher ? theirs : mine;
    if (values[low]! - saddle < mergeProminence * values[low]!) parent[low] = mineHigher ? mine : theirs;
  }

  const basinOf = new Int32Array(count).fill(-1);
  const slot = new Int32Array(count).fill(-1);
  const basins: { peakCell: number; mass: number }[] = [];
  const cellArea = 1 / count;
  for (let cell = 0; cell < count; cell++) {
    if (peakOf[cell]! < 0) continue;
    const top = root(parent, peakOf[cell]!);
    if (slot[top]! < 0) {
      slot[top] = basins.length;
      basins.push({ peakCell: top, mass: 0 });
    }
    basinOf[cell] = slot[top]!;
    basins[slot[top]!]!.mass += values[cell]! * cellArea;
  }
  return { basinOf, basins };
}

const tables = new Map<number, Int32Array>();

/** Each cell's 8-neighbours on a g×g grid, by increasing index, −1 after the last: 8 slots a cell. Made once per size. */
function neighbourTable(g: number): Int32Array {
  const known = tables.get(g);
  if (known) return known;
  const table = new Int32Array(g * g * 8).fill(-1);
  for (let j = 0; j < g; j++) {
    for (let k = 0; k < g; k++) {
      let at = (j * g + k) * 8;
      for (let jj = j - 1; jj <= j + 1; jj++) {
        for (let kk = k - 1; kk <= k + 1; kk++) {
          if (jj >= 0 && jj < g && kk >= 0 && kk < g && (jj !== j || kk !== k)) table[at++] = jj * g + kk;
        }
      }
    }
  }
  tables.set(g, table);
  return table;
}

const forwardTables = new Map<number, Int32Array>();

/** Each cell's 8-neighbours of higher index (right, then the row below), −1 after the last: 4 slots a cell. Made once per size. */
function forwardTable(g: number): Int32Array {
  const known = forwardTables.get(g);
  if (known) return known;
  const around = neighbourTable(g);
  const table = new Int32Array(g * g * 4).fill(-1);
  for (let cell = 0; cell < g * g; cell++) {
    let at = cell * 4;
    for (let slot = cell * 8; slot < cell * 8 + 8; slot++) if (around[slot]! > cell) table[at++] = around[slot]!;
  }
  forwardTables.set(g, table);
  return table;
}

/** The root of a basin in the union-find forest, halving the path on the way. */
function root(parent: Int32Array, basin: number): number {
  while (parent[basin] !== basin) {
    parent[basin] = parent[parent[basin]!]!;
    basin = parent[basin]!;
  }
  return basin;
}

/** Is peak cell a higher than peak cell b? By O; of equal peaks, the one at smaller x (then y) is the lower. */
function higher(values: Float64Array, g: number, a: number, b: number): boolean {
  if (values[a] !== values[b]) return values[a]! > values[b]!;
  const ka = a % g;
  const kb = b % g;
  return ka !== kb ? ka > kb : a > b;
}
