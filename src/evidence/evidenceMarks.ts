import type { Board, EvidenceCell, Item, MapPoint } from '../model/types';
import { byCreation } from '../model/records';
import { confidenceEllipse, type Ellipse } from './confidenceEllipse';
import { cellFor, previousCell, resolvedView } from './evidenceView';

/** Below this many respondents an item's position is flagged as resting on few ratings. */
export const fewRatings = 30;

/** What the map draws of one item's evidence, in map space. */
export interface EvidenceMark {
  readonly itemId: string;
  readonly n: number;
  readonly few: boolean;
  /** The 95 % confidence ellipse of the mean; null with n ≤ 3. */
  readonly ellipse: Ellipse | null;
  /** The evidence's mean, where the item sits unless moved by hand. */
  readonly mean: MapPoint;
  /** From the previous wave's mean to this wave's, with that wave's name; null in the first wave. */
  readonly arrow: { readonly from: MapPoint; readonly to: MapPoint; readonly since: string } | null;
  /** Each placement (a round's), x0, y0, …. */
  readonly points: readonly number[];
  readonly cell: EvidenceCell;
}

/**
 * The marks of the items in `items` that have evidence in the view's wave (and lens): the
 * last record made wins when an item has several.
 */
export function evidenceMarks(board: Pick<Board, 'evidence' | 'evidenceView'>, items: readonly Item[]): EvidenceMark[] {
  if (board.evidence.length === 0) return [];
  const { wave, lens, waves } = resolvedView(board);
  const byItem = new Map<string, EvidenceMark>();
  const placed = new Map(items.filter((item) => item.position).map((item) => [item.id, item.position!]));
  for (const record of [...board.evidence].sort(byCreation)) {
    const position = placed.get(record.itemId);
    if (!position) continue;
    const cell = cellFor(record, wave, lens);
    if (!cell) continue;
    const before = previousCell(record, waves, wave, lens);
    byItem.set(record.itemId, {
      itemId: record.itemId,
      n: cell.n,
      few: cell.n < fewRatings,
      ellipse: confidenceEllipse(cell.n, cell.mean, cell.cov),
      mean: cell.mean,
      arrow: before ? { from: before.mean, to: cell.mean, since: before.wave } : null,
      points: cell.points,
      cell,
    });
  }
  return [...byItem.values()];
}

/** "n = 212", "n = 12, few": what an item's label adds. */
export const describeN = (mark: Pick<EvidenceMark, 'n' | 'few'>) => `n = ${mark.n.toLocaleString('en')}${mark.few ? ', few' : ''}`;
