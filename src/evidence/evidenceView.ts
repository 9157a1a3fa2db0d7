import type { Board, Evidence, EvidenceCell, EvidenceView } from '../model/types';
import { waveOrder } from '../survey/waveOrder';

/** Every wave of the board's evidence, in time order (`waveOrder`: years, numbers, dates; else as first met). */
export function boardWaves(evidence: readonly Evidence[]): string[] {
  const waves = new Set<string>();
  for (const record of evidence) for (const cell of record.cells) waves.add(cell.wave);
  const list = [...waves];
  return waveOrder(list).map((i) => list[i]!);
}

/** Every segment of the board's ratings (a lens), in the order first met. */
export function boardSegments(evidence: readonly Evidence[]): string[] {
  const segments = new Set<string>();
  for (const record of evidence) if (record.measure === 'rating') for (const cell of record.cells) if (cell.segment !== '') segments.add(cell.segment);
  return [...segments];
}

/** The wave the map shows: the view's, while the board has it; else the latest. */
export function shownWave(board: Pick<Board, 'evidence' | 'evidenceView'>): string {
  const waves = boardWaves(board.evidence);
  return waves.includes(board.evidenceView.wave) ? board.evidenceView.wave : (waves.at(-1) ?? '');
}

/**
 * A record's cell in `wave` through `lens`: the segment's when it rated the item, else
 * everyone's; null when the item was not measured in that wave.
 */
export function cellFor(record: Evidence, wave: string, lens: string): EvidenceCell | null {
  let everyone: EvidenceCell | null = null;
  for (const cell of record.cells) {
    if (cell.wave !== wave) continue;
    if (lens !== '' && cell.segment === lens && record.measure === 'rating') return cell;
    if (cell.segment === '') everyone = cell;
  }
  return everyone;
}

/** The cell of the wave before `wave` in which the item was measured (for an arrow), through `lens`. */
export function previousCell(record: Evidence, waves: readonly string[], wave: string, lens: string): EvidenceCell | null {
  for (let i = waves.indexOf(wave) - 1; i >= 0; i--) {
    const cell = cellFor(record, waves[i]!, lens);
    if (cell) return cell;
  }
  return null;
}

/** The view resolved: the wave shown and the lens, with the board's waves. */
export function resolvedView(board: Pick<Board, 'evidence' | 'evidenceView'>): EvidenceView & { readonly waves: readonly string[] } {
  return { wave: shownWave(board), lens: board.evidenceView.lens, waves: boardWaves(board.evidence) };
}

/** A segment's spread of ideals as a persona's reach: the root of the mean eigenvalue of their covariance, within the persona limits. */
export function reachFromSpread(cov: EvidenceCell['cov']): number {
  return Math.min(0.5, Math.max(0.02, Math.sqrt((cov[0] + cov[2]) / 2)));
}
