import type { Board, EvidenceCell } from '../model/types';
import { byCreation } from '../model/records';
import { cellFor, resolvedView } from './evidenceView';
import { resamples } from './bootstrapMeans';
import { seededRandom } from './random';

/** One evidence-backed item's position in each resample, x0, y0, …, by its index in the packed input. */
export interface ResampledItem {
  readonly kind: 'product' | 'persona';
  readonly index: number;
  readonly xy: Float64Array;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Where each evidence-backed item the gap-finder sees would be in each of `count` resamples:
 * its stored bootstrap means over respondents (resample r is one draw for all items of a
 * study); for a cell without them, its placements resampled, or else draws from the normal
 * law of its mean (mean, S/n). A hand-moved item's resamples move with it (by its offset from
 * the mean). Seeded: the same board gives the same resamples.
 */
export function resampledPositions(
  board: Pick<Board, 'evidence' | 'evidenceView' | 'items'>,
  ids: { readonly productIds: readonly string[]; readonly personaIds: readonly string[] },
  seed = 1,
  count = resamples,
): ResampledItem[] {
  if (board.evidence.length === 0) return [];
  const { wave, lens } = resolvedView(board);
  const productAt = new Map(ids.productIds.map((id, i) => [id, i]));
  const personaAt = new Map(ids.personaIds.map((id, i) => [id, i]));
  const items = new Map(board.items.map((item) => [item.id, item]));
  const chosen = new Map<string, EvidenceCell>();
  for (const record of [...board.evidence].sort(byCreation)) {
    const cell = cellFor(record, wave, lens);
    if (cell && cell.n >= 2) chosen.set(record.itemId, cell);
  }
  const random = seededRandom(seed);
  const out: ResampledItem[] = [];
  for (const [itemId, cell] of chosen) {
    const item = items.get(itemId);
    const index = item?.kind === 'product' ? productAt.get(itemId) : personaAt.get(itemId);
    if (!item?.position || index === undefined) continue;
    const dx = item.position.x - cell.mean.x;
    const dy = item.position.y - cell.mean.y;
    const xy = new Float64Array(2 * count);
    const draw = drawer(cell, count, random);
    for (let r = 0; r < count; r++) {
      const [x, y] = draw(r);
      xy[2 * r] = clamp(x + dx);
      xy[2 * r + 1] = clamp(y + dy);
    }
    out.push({ kind: item.kind, index, xy });
  }
  return out;
}

/** Resample r of one cell's mean. */
function drawer(cell: EvidenceCell, count: number, random: () => number): (r: number) => readonly [number, number] {
  if (cell.boot.length >= 2 * count) return (r) => [cell.boot[2 * r]!, cell.boot[2 * r + 1]!];
  const points = cell.points.length / 2;
  if (points >= 2) {
    return () => {
      let sx = 0;
      let sy = 0;
      for (let i = 0; i < points; i++) {
        const k = Math.floor(random() * points);
        sx += cell.points[2 * k]!;
        sy += cell.points[2 * k + 1]!;
      }
      return [sx / points, sy / points];
    };
  }
  // The mean's normal law: S/n, through its Cholesky factor.
  const [a, b, c] = cell.cov.map((v) => v / cell.n) as [number, number, number];
  const l11 = Math.sqrt(Math.max(0, a));
  const l21 = l11 > 0 ? b / l11 : 0;
  const l22 = Math.sqrt(Math.max(0, c - l21 * l21));
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return () => {
    const z1 = normal();
    const z2 = normal();
    return [cell.mean.x + l11 * z1, cell.mean.y + l21 * z1 + l22 * z2];
  };
}
