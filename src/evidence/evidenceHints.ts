import type { Board } from '../model/types';
import { evidenceMarks, describeN } from './evidenceMarks';

const percent = (v: number) => `${Math.round(v * 100)} %`;

/**
 * What hovering an evidence-backed item adds to its name: n, and how each segment sees it
 * ("Young families: 62 % interactivity, 40 % need, n = 54"), one line each.
 */
export function evidenceHints(board: Pick<Board, 'evidence' | 'evidenceView' | 'items' | 'axes'>): Map<string, string> {
  const hints = new Map<string, string>();
  if (board.evidence.length === 0) return hints;
  const record = new Map(board.evidence.map((e) => [e.itemId, e]));
  const x = board.axes.x.title.toLowerCase();
  const y = board.axes.y.title.toLowerCase();
  for (const mark of evidenceMarks(board, board.items)) {
    const segments = (record.get(mark.itemId)?.measure === 'rating' ? record.get(mark.itemId)!.cells : []).filter((c) => c.wave === mark.cell.wave && c.segment !== '');
    const lines = [describeN(mark), ...segments.map((c) => `${c.segment}: ${percent(c.mean.x)} ${x}, ${percent(c.mean.y)} ${y}, n = ${c.n.toLocaleString('en')}`)];
    hints.set(mark.itemId, lines.join('\n'));
  }
  return hints;
}
