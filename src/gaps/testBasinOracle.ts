/**
 * The zone rule of DESIGN.md written plainly, for tests: no code shared with the
 * implementation. O at every cell centre by brute force, cells flooded from the top, the
 * lower of two touching groups merged when its peak stands < 10 % above the saddle.
 */
export interface OracleZone {
  /** Cell centre of the group's best cell. */
  readonly x: number;
  readonly y: number;
  readonly peak: number;
  readonly mass: number;
  readonly cells: number[];
}

type P = { x: number; y: number };
type Q = { x: number; y: number; weight: number; reach: number };

export function oracleO(products: readonly P[], personas: readonly Q[], coverage: number, x: number, y: number): number {
  let demand = 0;
  for (const q of personas) demand += q.weight * Math.exp(-((x - q.x) ** 2 + (y - q.y) ** 2) / (2 * q.reach ** 2));
  if (products.length === 0) return demand;
  let d = Infinity;
  for (const p of products) d = Math.min(d, Math.hypot(x - p.x, y - p.y));
  return demand * (1 - Math.exp(-(d * d) / (2 * coverage * coverage)));
}

/**
 * Every group with its mass, largest mass first; `closestCall` is the smallest distance of
 * any merge test's (peak − saddle)/peak from the 10 % rule, to skip boards on the edge.
 */
export function oracleZones(products: readonly P[], personas: readonly Q[], coverage: number, n: number): OracleZone[] & { closestCall: number } {
  let closestCall = Infinity;
  const value: number[] = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) value.push(oracleO(products, personas, coverage, (i + 0.5) / n, (j + 0.5) / n));
  const max = value.reduce((a, b) => Math.max(a, b), 0);
  const order = value.map((_, c) => c).filter((c) => value[c]! > 1e-12 * max);
  order.sort((a, b) => value[b]! - value[a]! || a - b);
  const group: number[] = value.map(() => -1);
  const peakCell: number[] = [];
  const isHigher = (a: number, b: number) => {
    const ca = peakCell[a]!;
    const cb = peakCell[b]!;
    // "The group with the lower peak (ties: smaller x, then y)": of equal peaks, smaller x is the lower.
    if (value[ca] !== value[cb]) return value[ca]! > value[cb]!;
    if (ca % n !== cb % n) return ca % n > cb % n;
    return Math.floor(ca / n) > Math.floor(cb / n);
  };
  for (const c of order) {
    const i = c % n;
    const j = Math.floor(c / n);
    const neighbours: number[] = [];
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) {
        if ((di || dj) && i + di >= 0 && i + di < n && j + dj >= 0 && j + dj < n && group[(j + dj) * n + i + di]! >= 0) neighbours.push((j + dj) * n + i + di);
      }
    }
    if (neighbours.length === 0) {
      group[c] = peakCell.length;
      peakCell.push(c);
      continue;
    }
    const highest = neighbours.reduce((a, b) => (value[b]! > value[a]! || (value[b] === value[a] && b < a) ? b : a));
    group[c] = group[highest]!;
    for (const nb of neighbours) {
      const mine = group[c]!;
      const theirs = group[nb]!;
      if (mine === theirs) continue;
      const [high, low] = isHigher(mine, theirs) ? [mine, theirs] : [theirs, mine];
      closestCall = Math.min(closestCall, Math.abs((value[peakCell[low]!]! - value[c]!) / value[peakCell[low]!]! - 0.1));
      if (value[peakCell[low]!]! - value[c]! < 0.1 * value[peakCell[low]!]!) {
        for (let k = 0; k < group.length; k++) if (group[k] === low) group[k] = high;
      }
    }
  }
  const zones = new Map<number, OracleZone & { cells: number[] }>();
  for (const c of order) {
    const g = group[c]!;
    const zone = zones.get(g) ?? { x: ((peakCell[g]! % n) + 0.5) / n, y: (Math.floor(peakCell[g]! / n) + 0.5) / n, peak: value[peakCell[g]!]!, mass: 0, cells: [] };
    zone.cells.push(c);
    zones.set(g, { ...zone, mass: zone.mass + value[c]! / (n * n) });
  }
  return Object.assign([...zones.values()].sort((a, b) => b.mass - a.mass), { closestCall });
}
