import type { OpportunityField } from './OpportunityField';
import { LocalNearest } from './LocalNearest';
import { bisectorOnBorder, circumcentre } from './findWhiteSpace';
import { sameSpot } from './sameSpot';

export interface Peak {
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * Climbs from `seed` to a true local maximum of O = min_q O_q. O is smooth inside each
 * product's Voronoi cell and creased along cell edges, so the candidates are the smooth
 * maxima of each nearby branch O_q (inside its own cell), the maxima along the bisectors of
 * nearby pairs (the creases), their Voronoi vertices and where creases meet the sides; the
 * best valid one is then probed at small radii, and the climb resumes if anything beats it.
 * Nearest-product questions go to the few products around the climb (`LocalNearest`).
 */
export function refinePeak(field: OpportunityField, seedX: number, seedY: number): Peak {
  const index = new LocalNearest(field.index, LocalNearest.radiusFor(field.index.size));
  let best: Peak = ascend(field, index, { x: seedX, y: seedY, value: field.value(seedX, seedY, index) });
  for (let round = 0; round < 24; round++) {
    index.focus(best.x, best.y);
    if (index.size > 1 && onCrease(index, best)) {
      const candidates: [number, number][] = [];
      // Only products (nearly) tied for nearest make a crease here; copies at one spot make none.
      const tied = index.nearlyNearest(best.x, best.y, creaseTolerance, 3);
      for (let a = 0; a < tied.length; a++) {
        for (let b = a + 1; b < tied.length; b++) {
          const qa = tied[a]!;
          const qb = tied[b]!;
          const onCrease = maximiseOnBisector(field, index, qa, qb, best.x, best.y);
          if (onCrease) candidates.push(onCrease);
          candidates.push(...bisectorOnBorder(index.xs[qa]!, index.ys[qa]!, index.xs[qb]!, index.ys[qb]!));
        }
      }
      // Into each tied product's own cell, where its branch is O: its Newton step, up to the cell's edge.
      for (const q of tied) {
        const step = branchStep(field, q, best.x, best.y);
        if (!step) continue;
        const t = Math.min(1, index.clipToCell(q, -1, best.x, best.y, step[0], step[1], 0, 1)[1]);
        if (t > 0) candidates.push([best.x + t * step[0], best.y + t * step[1]]);
        // …and the whole step: across the crease O may still be higher (a taller hill beyond it).
        if (t < 1) candidates.push([best.x + step[0], best.y + step[1]]);
      }
      if (tied.length === 3) {
        const [a, b, c] = tied as [number, number, number];
        const v = circumcentre(index.xs[a]!, index.ys[a]!, index.xs[b]!, index.ys[b]!, index.xs[c]!, index.ys[c]!);
        if (v && v[0] >= 0 && v[0] <= 1 && v[1] >= 0 && v[1] <= 1) candidates.push(v);
      }
      const from = best;
      for (const [cx, cy] of candidates) {
        // Stay on this hill: a far crease maximum is approached a bounded step at a time.
        const distance = Math.hypot(cx - from.x, cy - from.y);
        const scale = distance > localRadius ? localRadius / distance : 1;
        const x = clamp01(from.x + (cx - from.x) * scale);
        const y = clamp01(from.y + (cy - from.y) * scale);
        const value = field.value(x, y, index);
        if (value > best.value) best = { x, y, value };
      }
      // Moved along a crease (often to where it meets another): look at the creases from there.
      if (best !== from) continue;
    }
    const better = probe(field, index, best);
    if (!better) return best;
    best = ascend(field, index, better);
  }
  return best;
}

/** Is p (nearly) equidistant from its two nearest products (at two spots), where the ascent stalls? */
function onCrease(index: LocalNearest, p: Peak, tolerance = creaseTolerance): boolean {
  return index.nearlyNearest(p.x, p.y, tolerance, 2).length === 2;
}

/** Products whose distances differ by less than this (map units) are treated as tied. */
const creaseTolerance = 1e-4;

/** How far one refinement step may move along a crease, map units. */
const localRadius = 0.03;

/** A step promising less than this share of O (to first order) is below what O's sum resolves. */
const negligibleGain = 1e-14;

/** Trust region of one Newton step, map units: far steps could land on another hill. */
const maxStep = 0.01;

/**
 * Newton ascent on the branch of the nearest product, with every step checked on the true
 * O: the climb stays on one hill and stops where it would cross a crease downhill.
 */
function ascend(field: OpportunityField, index: LocalNearest, start: Peak): Peak {
  let { x, y, value } = start;
  for (let iteration = 0; iteration < 40; iteration++) {
    index.focus(x, y);
    const q = index.size > 0 ? index.nearest(x, y) : -1;
    const step = branchStep(field, q, x, y);
    if (!step) break;
    // Not past the crease of q's cell: beyond it q's branch is not O, and O is lower.
    let t = q >= 0 ? Math.max(0, Math.min(1, index.clipToCell(q, -1, x, y, step[0], step[1], 0, 1)[1])) : 1;
    let moved = false;
    let shortened = false;
    // A step that keeps failing is crossing a crease: the crease search takes over.
    for (let halving = 0; halving < 12; halving++) {
      // A step whose first-order gain the sum cannot resolve is not worth a look.
      if (t * step[2] <= negligibleGain * value) break;
      const nx = clamp01(x + t * step[0]);
      const ny = clamp01(y + t * step[1]);
      const next = field.value(nx, ny, index);
      if (next > value) {
        moved = Math.abs(nx - x) + Math.abs(ny - y) > 1e-15;
        shortened = halving > 0;
        x = nx;
        y = ny;
        value = next;
        break;
      }
      t /= 2;
    }
    // Zig-zagging into a crease gains little: hand over as soon as it shows.
    if (!moved || (shortened && index.size > 1 && onCrease(index, { x, y, value }, 1e-3))) break;
  }
  return { x, y, value };
}

/**
 * The Newton step of branch O_q at (x, y), respecting the square's sides, and the gain it
 * promises to first order (gradient · step); null at a stationary point.
 */
function branchStep(field: OpportunityField, q: number, x: number, y: number): [number, number, number] | null {
  const f = field.branch(q, x, y);
  const fixX = (x <= 0 && f.gx < 0) || (x >= 1 && f.gx > 0);
  const fixY = (y <= 0 && f.gy < 0) || (y >= 1 && f.gy > 0);
  const gx = fixX ? 0 : f.gx;
  const gy = fixY ? 0 : f.gy;
  const gradient = Math.sqrt(gx * gx + gy * gy);
  if (gradient === 0 || gradient <= 1e-15 * Math.abs(f.v)) return null;
  const det = f.hxx * f.hyy - f.hxy * f.hxy;
  let step: [number, number] = [(gx / gradient) * maxStep, (gy / gradient) * maxStep];
  if (!fixX && !fixY && f.hxx < 0 && det > 0) {
    const dx = -(f.hyy * gx - f.hxy * gy) / det;
    const dy = -(-f.hxy * gx + f.hxx * gy) / det;
    if (dx * gx + dy * gy > 0) step = [dx, dy];
  } else if (!fixX && !fixY) {
    // Not concave here (a curved ridge bends the level lines): the trust-region step
    // (λI − H)⁻¹g with λ = λmax(H) + |g|/maxStep. It is Newton's across the ridge and up to
    // maxStep along it; a gradient step would zig-zag across a narrow ridge and stall.
    const half = (f.hxx - f.hyy) / 2;
    const lambda = (f.hxx + f.hyy) / 2 + Math.sqrt(half * half + f.hxy * f.hxy) + gradient / maxStep;
    const axx = lambda - f.hxx;
    const ayy = lambda - f.hyy;
    const shifted = axx * ayy - f.hxy * f.hxy;
    if (shifted > 0) step = [(ayy * gx + f.hxy * gy) / shifted, (f.hxy * gx + axx * gy) / shifted];
  } else if (fixX !== fixY && (fixX ? f.hyy : f.hxx) < 0) {
    step = [fixX ? 0 : -gx / f.hxx, fixY ? 0 : -gy / f.hyy];
  }
  const length = Math.sqrt(step[0] * step[0] + step[1] * step[1]);
  if (length > maxStep) step = [(step[0] / length) * maxStep, (step[1] / length) * maxStep];
  return [step[0], step[1], gx * step[0] + gy * step[1]];
}

/**
 * Looks around a point at shrinking radii for anything higher: eight directions, and both
 * ways along every crease passing within the radius (a crease can be a ridge far narrower
 * than the angle between two directions).
 */
function probe(field: OpportunityField, index: LocalNearest, at: Peak): Peak | null {
  let found: Peak | null = null;
  const consider = (x: number, y: number) => {
    const value = field.value(x, y, index);
    if (value > (found?.value ?? at.value) * (1 + 1e-13)) found = { x, y, value };
  };
  const { xs, ys } = index;
  // Products within twice the largest radius of the nearest one's distance: their bisectors pass within it.
  const near = index.size > 1 ? index.nearlyNearest(at.x, at.y, 2 * probeRadii[0]!, 4) : [];
  for (const radius of probeRadii) {
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4 + radius * 1e3 + 0.3;
      consider(clamp01(at.x + radius * Math.cos(angle)), clamp01(at.y + radius * Math.sin(angle)));
    }
    for (let a = 0; a < near.length; a++) {
      for (let b = a + 1; b < near.length; b++) {
        const qa = near[a]!;
        const qb = near[b]!;
        if (sameSpot(xs[qa]!, ys[qa]!, xs[qb]!, ys[qb]!)) continue;
        const ux = xs[qb]! - xs[qa]!;
        const uy = ys[qb]! - ys[qa]!;
        const length = Math.hypot(ux, uy);
        // The foot of `at` on the bisector, then ± radius along it.
        const off = ((at.x - (xs[qa]! + xs[qb]!) / 2) * ux + (at.y - (ys[qa]! + ys[qb]!) / 2) * uy) / length;
        if (Math.abs(off) > radius) continue;
        const fx = at.x - (off * ux) / length;
        const fy = at.y - (off * uy) / length;
        consider(clamp01(fx - (radius * uy) / length), clamp01(fy + (radius * ux) / length));
        consider(clamp01(fx + (radius * uy) / length), clamp01(fy - (radius * ux) / length));
      }
    }
    if (found) return found;
  }
  return null;
}

const probeRadii = [1e-3, 1e-5, 1e-8];

/** Newton ascent along the bisector of products a and b, inside the square: the crease's best point. */
function maximiseOnBisector(field: OpportunityField, index: LocalNearest, a: number, b: number, x0: number, y0: number): [number, number] | null {
  const { xs, ys } = index;
  if (sameSpot(xs[a]!, ys[a]!, xs[b]!, ys[b]!)) return null;
  const ux = xs[b]! - xs[a]!;
  const uy = ys[b]! - ys[a]!;
  const length = Math.hypot(ux, uy);
  const tx = -uy / length;
  const ty = ux / length;
  const mx = (xs[a]! + xs[b]!) / 2;
  const my = (ys[a]! + ys[b]!) / 2;
  // The segment of the line m + s·t inside the unit square.
  let lo = -Infinity;
  let hi = Infinity;
  for (const [m, t] of [[mx, tx], [my, ty]] as const) {
    if (t === 0) {
      if (m < 0 || m > 1) return null;
      continue;
    }
    const s0 = (0 - m) / t;
    const s1 = (1 - m) / t;
    lo = Math.max(lo, Math.min(s0, s1));
    hi = Math.min(hi, Math.max(s0, s1));
  }
  if (!(lo <= hi)) return null;
  // Only the crease itself: the part of the line where a and b are the nearest products.
  [lo, hi] = index.clipToCell(a, b, mx, my, tx, ty, lo, hi);
  if (!(lo <= hi)) return null;
  const at = (s: number): [number, number] => [clamp01(mx + s * tx), clamp01(my + s * ty)];
  const along = (s: number) => {
    const [x, y] = at(s);
    const f = field.branch(a, x, y);
    return { v: f.v, d1: f.gx * tx + f.gy * ty, d2: tx * tx * f.hxx + 2 * tx * ty * f.hxy + ty * ty * f.hyy };
  };
  // Steps are judged on the true O, so the search never leaves the crease for another cell's hill.
  const trueValue = (s: number) => {
    const [x, y] = at(s);
    return field.value(x, y, index);
  };
  let s = Math.min(hi, Math.max(lo, (x0 - mx) * tx + (y0 - my) * ty));
  let f = along(s);
  let value = trueValue(s);
  for (let iteration = 0; iteration < 40; iteration++) {
    if (f.d1 === 0 || Math.abs(f.d1) <= 1e-15 * Math.abs(f.v)) break;
    let step = f.d2 < 0 ? -f.d1 / f.d2 : Math.sign(f.d1) * maxStep;
    if (Math.abs(step) > maxStep) step = Math.sign(step) * maxStep;
    let moved = false;
    for (let halving = 0; halving < 10; halving++) {
      const next = Math.min(hi, Math.max(lo, s + step));
      if (Math.abs(f.d1 * (next - s)) <= negligibleGain * value) break;
      const nextValue = trueValue(next);
      if (nextValue > value) {
        moved = Math.abs(next - s) > 1e-16;
        s = next;
        value = nextValue;
        f = along(next);
        break;
      }
      step /= 2;
    }
    if (!moved) break;
  }
  return at(s);
}
