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
 * `basinOf[cell]` indexes `basins` (−1: no basin); basins are in order of their first cell.
 *
 * The flood needs no sort: each cell's highest earlier neighbour is known from its eight
 * neighbours alone, so following those links up gives every cell its grid peak; and the only
 * merge test between two peaks' groups that matters is at their first contact (the highest
 * pair of touching cells), because a later contact is lower and a group's peak only grows,
 * so a test that failed there fails at every later one.
 */
export function findBasins(values: Float64Array, g: number): { basinOf: Int32Array; basins: Basin[] } {
  const framed = frame(values, g);
  const p = g + 2;
  const up = scratchInts(p * p, 0).fill(-1);
  const peaks = linkUp(framed, g, up);
  const { peakOf, peakCell } = climb(up, g, peaks);
  const contacts = firstContacts(framed, peakOf, g, peaks);
  const parent = merge(framed, p, peakCell, contacts);
  return collect(framed, g, peakOf, peakCell, parent);
}

/**
 * The grid inside a frame of one cell, so every cell has its eight neighbours at fixed
 * offsets: row j, column k at (j + 1)·(g + 2) + k + 1. The frame, and every cell at or below
 * the floor, is −∞: no basin, never anyone's highest neighbour.
 */
function frame(values: Float64Array, g: number): Float64Array {
  let top = 0;
  for (let cell = 0; cell < g * g; cell++) if (values[cell]! > top) top = values[cell]!;
  const floor = top * floorShare;
  const p = g + 2;
  const framed = scratchFloats(p * p).fill(-Infinity);
  for (let j = 0; j < g; j++) {
    for (let k = 0, from = j * g, to = (j + 1) * p + 1; k < g; k++) {
      const v = values[from + k]!;
      if (v > floor) framed[to + k] = v;
    }
  }
  return framed;
}

/**
 * `up[c]`: the framed cell c joins its highest visited neighbour (itself at a peak; −1 for
 * no basin). Neighbours are read by increasing index, so of equal ones the first found wins,
 * and an equal neighbour before c (visited earlier) beats c itself. Returns the number of peaks.
 */
function linkUp(framed: Float64Array, g: number, up: Int32Array): number {
  const p = g + 2;
  const o0 = -p - 1;
  const o1 = -p;
  const o2 = -p + 1;
  const o5 = p - 1;
  const o6 = p;
  const o7 = p + 1;
  let peaks = 0;
  for (let j = 1; j <= g; j++) {
    for (let c = j * p + 1, end = c + g; c < end; c++) {
      const v = framed[c]!;
      if (v === -Infinity) continue;
      let best = c;
      let high = v;
      let w = framed[c + o0]!;
      if (w >= high) {
        best = c + o0;
        high = w;
      }
      w = framed[c + o1]!;
      if (w > high || (w === high && best === c)) {
        best = c + o1;
        high = w;
      }
      w = framed[c + o2]!;
      if (w > high || (w === high && best === c)) {
        best = c + o2;
        high = w;
      }
      w = framed[c - 1]!;
      if (w > high || (w === high && best === c)) {
        best = c - 1;
        high = w;
      }
      w = framed[c + 1]!;
      if (w > high) {
        best = c + 1;
        high = w;
      }
      w = framed[c + o5]!;
      if (w > high) {
        best = c + o5;
        high = w;
      }
      w = framed[c + o6]!;
      if (w > high) {
        best = c + o6;
        high = w;
      }
      w = framed[c + o7]!;
      if (w > high) best = c + o7;
      up[c] = best;
      if (best === c) peaks++;
    }
  }
  return peaks;
}

/** Each framed cell's peak, numbered 0…P−1 by the peak's index (−1: no basin), and each peak's cell. */
function climb(up: Int32Array, g: number, peaks: number): { peakOf: Int32Array; peakCell: Int32Array } {
  const p = g + 2;
  const first = p + 1;
  const last = p * (g + 1) - 1;
  const peakOf = scratchInts(p * p, 1).fill(-1);
  const peakCell = new Int32Array(peaks);
  let next = 0;
  for (let c = first; c < last; c++) {
    if (up[c] === c) {
      peakCell[next] = c;
      peakOf[c] = next++;
    }
  }
  for (let c = first; c < last; c++) {
    if (up[c]! < 0 || peakOf[c]! >= 0) continue;
    let at = c;
    while (peakOf[at]! < 0) at = up[at]!;
    const peak = peakOf[at]!;
    for (let walk = c; peakOf[walk]! < 0; walk = up[walk]!) peakOf[walk] = peak;
  }
  return { peakOf, peakCell };
}

/** The first contact of each pair of peaks: the two peaks and the cell where it happens. */
interface Contacts {
  count: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly cell: Int32Array;
}

/**
 * Where each pair of peaks' groups first touch. Each pair of neighbouring cells is looked at
 * once, the later-indexed one from the earlier (right, then the row below); the contact sits
 * at the one of the two the flood visits later (the lower; of equal ones the later-indexed).
 */
function firstContacts(framed: Float64Array, peakOf: Int32Array, g: number, peaks: number): Contacts {
  const p = g + 2;
  const known = new Int32Array(peaks * peaks).fill(-1);
  const pairs = (peaks * (peaks - 1)) / 2;
  const contacts: Contacts = { count: 0, a: new Int32Array(pairs), b: new Int32Array(pairs), cell: new Int32Array(pairs) };
  for (let j = 1; j <= g; j++) {
    for (let first = j * p + 1, end = first + g; first < end; first++) {
      const peak = peakOf[first]!;
      if (peak < 0) continue;
      if (peakOf[first + 1] !== peak) touch(framed, peakOf, peaks, known, contacts, first, first + 1);
      if (peakOf[first + p - 1] !== peak) touch(framed, peakOf, peaks, known, contacts, first, first + p - 1);
      if (peakOf[first + p] !== peak) touch(framed, peakOf, peaks, known, contacts, first, first + p);
      if (peakOf[first + p + 1] !== peak) touch(framed, peakOf, peaks, known, contacts, first, first + p + 1);
    }
  }
  return contacts;
}

/** Cells `first` < `second` touch and may belong to different peaks: keep the pair's highest contact. */
function touch(framed: Float64Array, peakOf: Int32Array, peaks: number, known: Int32Array, contacts: Contacts, first: number, second: number): void {
  const peakSecond = peakOf[second]!;
  if (peakSecond < 0) return;
  const peakFirst = peakOf[first]!;
  // Visited later: lower, or as high with the higher index (second > first).
  const secondLater = !(framed[second]! > framed[first]!);
  const cell = secondLater ? second : first;
  const peak = secondLater ? peakSecond : peakFirst;
  const other = secondLater ? peakFirst : peakSecond;
  const key = peak < other ? peak * peaks + other : other * peaks + peak;
  const at = known[key]!;
  if (at < 0) {
    known[key] = contacts.count;
    contacts.a[contacts.count] = peak;
    contacts.b[contacts.count] = other;
    contacts.cell[contacts.count++] = cell;
    return;
  }
  const v = framed[cell]!;
  const kept = contacts.cell[at]!;
  if (v > framed[kept]! || (v === framed[kept]! && cell < kept)) {
    contacts.a[at] = peak;
    contacts.b[at] = other;
    contacts.cell[at] = cell;
  }
}

/**
 * The merge tests in the flood's order (highest contact first; ties: lower cell): the lower
 * group merges into the higher where its peak stands less than 10 % above the contact.
 * Returns the union-find forest over the peaks.
 */
function merge(framed: Float64Array, p: number, peakCell: Int32Array, contacts: Contacts): Int32Array {
  const { count, a, b, cell } = contacts;
  // By insertion, stable (contacts at one cell keep the order they were found in): there are few (tens).
  const order = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const v = framed[cell[e]!]!;
    let at = e;
    while (at > 0) {
      const before = order[at - 1]!;
      const w = framed[cell[before]!]!;
      if (w > v || (w === v && cell[before]! <= cell[e]!)) break;
      order[at] = before;
      at--;
    }
    order[at] = e;
  }
  const parent = new Int32Array(peakCell.length);
  for (let q = 0; q < parent.length; q++) parent[q] = q;
  for (let at = 0; at < count; at++) {
    const e = order[at]!;
    const saddle = framed[cell[e]!]!;
    const mine = root(parent, a[e]!);
    const theirs = root(parent, b[e]!);
    if (mine === theirs) continue;
    const mineHigher = higher(framed, p, peakCell[mine]!, peakCell[theirs]!);
    const low = mineHigher ? theirs : mine;
    const peak = framed[peakCell[low]!]!;
    if (peak - saddle < mergeProminence * peak) parent[low] = mineHigher ? mine : theirs;
  }
  return parent;
}

/** Each cell's basin (numbered in order of first cell) and each basin's peak cell and mass, on the unframed grid. */
function collect(framed: Float64Array, g: number, peakOf: Int32Array, peakCell: Int32Array, parent: Int32Array): { basinOf: Int32Array; basins: Basin[] } {
  const p = g + 2;
  const cellArea = 1 / (g * g);
  const basinOfPeak = new Int32Array(peakCell.length).fill(-1);
  const basinOf = new Int32Array(g * g).fill(-1);
  const tops: number[] = [];
  const mass = new Float64Array(peakCell.length);
  for (let j = 0; j < g; j++) {
    for (let k = 0, c = (j + 1) * p + 1; k < g; k++, c++) {
      const peak = peakOf[c]!;
      if (peak < 0) continue;
      const top = root(parent, peak);
      let basin = basinOfPeak[top]!;
      if (basin < 0) {
        basin = basinOfPeak[top] = tops.length;
        tops.push(top);
      }
      basinOf[j * g + k] = basin;
      mass[basin]! += framed[c]! * cellArea;
    }
  }
  return {
    basinOf,
    basins: tops.map((top, basin) => {
      const c = peakCell[top]!;
      return { peakCell: (Math.floor(c / p) - 1) * g + (c % p) - 1, mass: mass[basin]! };
    }),
  };
}

/** The root of a basin in the union-find forest, halving the path on the way. */
function root(parent: Int32Array, basin: number): number {
  while (parent[basin] !== basin) {
    parent[basin] = parent[parent[basin]!]!;
    basin = parent[basin]!;
  }
  return basin;
}

/** Is framed peak cell a higher than peak cell b? By O; of equal peaks, the one at smaller x (then y) is the lower. */
function higher(framed: Float64Array, p: number, a: number, b: number): boolean {
  if (framed[a] !== framed[b]) return framed[a]! > framed[b]!;
  const ka = a % p;
  const kb = b % p;
  return ka !== kb ? ka > kb : a > b;
}

/**
 * Working arrays reused from call to call (findBasins runs on every frame of a drag, and
 * fresh typed arrays of this size cost more in allocation and collection than the flood
 * itself). None of them leaves `findBasins`.
 */
const scratch = { floats: new Float64Array(0), ints: [new Int32Array(0), new Int32Array(0)] };

function scratchFloats(length: number): Float64Array {
  if (scratch.floats.length < length) scratch.floats = new Float64Array(length);
  return scratch.floats.subarray(0, length);
}

function scratchInts(length: number, slot: 0 | 1): Int32Array {
  if (scratch.ints[slot]!.length < length) scratch.ints[slot] = new Int32Array(length);
  return scratch.ints[slot]!.subarray(0, length);
}
