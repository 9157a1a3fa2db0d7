import { eigen2, meanCovariance } from './covariance';

/** How a room's placements of one item hang together. */
export type Agreement =
  | { readonly kind: 'few'; readonly n: number }
  | { readonly kind: 'agrees'; readonly n: number; readonly within: number }
  | { readonly kind: 'spread'; readonly n: number; readonly within: number }
  | {
      readonly kind: 'split';
      readonly n: number;
      /** The two groups: placements by index, each group's mean. */
      readonly groups: readonly [{ readonly members: readonly number[]; readonly x: number; readonly y: number }, { readonly members: readonly number[]; readonly x: number; readonly y: number }];
      /** The share of the spread (sum of squares) the split explains. */
      readonly explained: number;
    };

/** A room agrees when most placements lie this close to their mean (the spread along its widest direction). */
export const agreeWithin = 0.1;
/** A split must explain at least this share of the spread… */
export const splitExplains = 0.6;
/** …and its two groups' means lie at least this far apart (a tight room is never "split"). */
export const splitApart = 0.15;

/**
 * The room's agreement on one item from its placements (x0, y0, x1, y1, …, map units):
 * "split" when two groups of at least two people each, cut along the placements' widest
 * direction, explain most of the spread (between-group over total sum of squares) and stand
 * apart; else "agrees" within the spread along the widest direction (its standard deviation)
 * up to `agreeWithin`, "spread" beyond. Fewer than three placements: "few".
 */
export function agreement(points: readonly number[]): Agreement {
  const n = points.length / 2;
  if (n < 3) return { kind: 'few', n };
  const xs = Array.from({ length: n }, (_, i) => points[2 * i]!);
  const ys = Array.from({ length: n }, (_, i) => points[2 * i + 1]!);
  const { x, y, cov } = meanCovariance(xs, ys);
  const { l1, angle } = eigen2(cov);
  const within = Math.sqrt(l1);
  const split = n >= 4 ? bestSplit(xs, ys, x, y, angle) : null;
  if (split && split.explained >= splitExplains && Math.hypot(split.groups[0].x - split.groups[1].x, split.groups[0].y - split.groups[1].y) >= splitApart) {
    return { kind: 'split', n, groups: split.groups, explained: split.explained };
  }
  return { kind: within <= agreeWithin ? 'agrees' : 'spread', n, within };
}

/** The cut along the widest direction (both sides at least two) that explains the most of the spread. */
function bestSplit(xs: readonly number[], ys: readonly number[], mx: number, my: number, angle: number) {
  const n = xs.length;
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a]! - mx) * ux + (ys[a]! - my) * uy - ((xs[b]! - mx) * ux + (ys[b]! - my) * uy) || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += (xs[i]! - mx) ** 2 + (ys[i]! - my) ** 2;
  if (total === 0) return null;
  let best: { k: number; between: number } | null = null;
  let sx = 0;
  let sy = 0;
  for (let k = 1; k < n; k++) {
    sx += xs[order[k - 1]!]!;
    sy += ys[order[k - 1]!]!;
    if (k < 2 || n - k < 2) continue;
    const ax = sx / k;
    const ay = sy / k;
    const bx = (mx * n - sx) / (n - k);
    const by = (my * n - sy) / (n - k);
    const between = k * ((ax - mx) ** 2 + (ay - my) ** 2) + (n - k) * ((bx - mx) ** 2 + (by - my) ** 2);
    if (!best || between > best.between) best = { k, between };
  }
  if (!best) return null;
  const group = (members: number[]) => ({ members: members.sort((a, b) => a - b), x: members.reduce((s, i) => s + xs[i]!, 0) / members.length, y: members.reduce((s, i) => s + ys[i]!, 0) / members.length });
  return { groups: [group(order.slice(0, best.k)), group(order.slice(best.k))] as const, explained: best.between / total };
}

/** "the room agrees within 6 % of the map", "the room is split", "the room is spread over 24 % of the map", "too few placements to say". */
export function describeAgreement(a: Agreement): string {
  switch (a.kind) {
    case 'few':
      return a.n === 0 ? 'nobody placed it' : 'too few placements to say';
    case 'agrees':
      return `the room agrees within ${Math.max(1, Math.round(a.within * 100))} % of the map`;
    case 'spread':
      return `the room is spread over ${Math.round(a.within * 100)} % of the map`;
    case 'split':
      return `the room is split: ${a.groups[0].members.length} and ${a.groups[1].members.length} people in two places`;
  }
}

/** How disputed: split first, then by spread (the total variance), widest first. */
export function disputeScore(points: readonly number[]): number {
  const a = agreement(points);
  const n = points.length / 2;
  if (n < 2) return -1;
  const { cov } = meanCovariance(
    Array.from({ length: n }, (_, i) => points[2 * i]!),
    Array.from({ length: n }, (_, i) => points[2 * i + 1]!),
  );
  return (a.kind === 'split' ? 10 : 0) + cov[0] + cov[2];
}
